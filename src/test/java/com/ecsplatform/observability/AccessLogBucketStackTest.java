package com.ecsplatform.observability;

import com.ecsplatform.iam.PolicyDocument;
import com.ecsplatform.testing.Stacks;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.ecsplatform.testing.Inputs.at;
import static com.ecsplatform.testing.Inputs.bool;
import static com.ecsplatform.testing.Inputs.string;
import static org.assertj.core.api.Assertions.assertThat;

class AccessLogBucketStackTest {

    @Test
    void theAlbWritesAccessLogsToTheBucketOnceItMayWriteThere() {
        var alb = Stacks.prod().require("edge-alb");

        assertThat(bool(alb, "accessLogs.enabled")).isTrue();
        assertThat(string(alb, "accessLogs.bucket")).isEqualTo("${access-logs-bucket.bucket}");
        assertThat(alb.options().dependsOn()).contains("access-logs-policy");
    }

    @Test
    void theAlbWritesUnderThePrefixTheBucketPolicyOpens() {
        var graph = Stacks.prod();
        String prefix = string(graph.require("edge-alb"), "accessLogs.prefix");

        assertThat(prefix).isNotBlank();
        assertThat(string(graph.require("access-logs-policy"), "policy")).contains("/" + prefix + "/AWSLogs/");
    }

    @Test
    void onlyTheRegionsLoadBalancingAccountMayWrite() {
        var policy = PolicyDocument.fromJson(string(Stacks.prod().require("access-logs-policy"), "policy"));

        assertThat(policy.statement()).hasSize(2);
        var write = policy.statement().get(0);
        assertThat(write.effect()).isEqualTo("Allow");
        // ap-northeast-2 opened before August 2022: its Elastic Load Balancing account writes the logs.
        assertThat(write.principal()).containsExactly(Map.entry("AWS", "arn:aws:iam::600734575887:root"));
        assertThat(write.action()).containsExactly("s3:PutObject");
        assertThat(write.resource()).containsExactly("${access-logs-bucket.arn}/alb/AWSLogs/${lookup:accountId}/*");
    }

    @Test
    void theBucketRefusesRequestsNotOverTls() {
        var policy = PolicyDocument.fromJson(string(Stacks.prod().require("access-logs-policy"), "policy"));

        var tls = policy.statement().get(1);
        assertThat(tls.effect()).isEqualTo("Deny");
        assertThat(tls.condition().get("Bool")).containsEntry("aws:SecureTransport", "false");
    }

    @Test
    void inARegionOpenedAfterAugust2022TheLogDeliveryServiceWrites() {
        var graph = Stacks.devWith(values -> values.put("aws:region", "eu-central-2"));
        var policy = PolicyDocument.fromJson(string(graph.require("access-logs-policy"), "policy"));

        assertThat(policy.statement().get(0).principal())
                .containsExactly(Map.entry("Service", "logdelivery.elasticloadbalancing.amazonaws.com"));
    }

    @Test
    void theBucketIsPrivate() {
        var prod = Stacks.prod();

        var block = prod.require("access-logs-public-access-block");
        assertThat(bool(block, "blockPublicAcls") && bool(block, "blockPublicPolicy")
                && bool(block, "ignorePublicAcls") && bool(block, "restrictPublicBuckets")).isTrue();
        assertThat(string(prod.require("access-logs-ownership"), "rule.objectOwnership")).isEqualTo("BucketOwnerEnforced");
    }

    @Test
    void theBucketIsEncrypted() {
        var encryption = at(Stacks.prod().require("access-logs-encryption"), "rules").getAsJsonArray().get(0).getAsJsonObject();

        assertThat(encryption.getAsJsonObject("applyServerSideEncryptionByDefault").get("sseAlgorithm").getAsString()).isEqualTo("AES256");
    }

    @Test
    void theBucketExpiresLogsAfterTheRetention() {
        var rule = at(Stacks.prod().require("access-logs-lifecycle"), "rules").getAsJsonArray().get(0).getAsJsonObject();

        assertThat(rule.getAsJsonObject("expiration").get("days").getAsInt()).isEqualTo(365);
    }

    @Test
    void prodKeepsItsAccessLogsAfterTheStackIsGone() {
        var prodBucket = Stacks.prod().require("access-logs-bucket");

        assertThat(prodBucket.options().retainOnDelete()).isTrue();
        assertThat(Stacks.prod().where(r -> r.parent() != null && r.parent().endsWith("::access-logs-bucket")))
                .as("the kept bucket stays private, encrypted and expiring").hasSize(5)
                .allSatisfy(child -> assertThat(child.options().retainOnDelete()).as(child.name()).isTrue());
        assertThat(bool(prodBucket, "forceDestroy")).isFalse();
    }

    @Test
    void devCleansUpItsAccessLogsWithTheStack() {
        var devBucket = Stacks.dev().require("access-logs-bucket");

        assertThat(devBucket.options().retainOnDelete()).isFalse();
        assertThat(bool(devBucket, "forceDestroy")).isTrue();
    }
}
