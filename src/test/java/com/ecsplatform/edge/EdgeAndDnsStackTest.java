package com.ecsplatform.edge;

import com.ecsplatform.synth.SynthResult;
import com.ecsplatform.testing.ConfigFixtures;
import com.ecsplatform.testing.Stacks;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

import static com.ecsplatform.testing.Inputs.at;
import static com.ecsplatform.testing.Inputs.bool;
import static com.ecsplatform.testing.Inputs.integer;
import static com.ecsplatform.testing.Inputs.string;
import static com.ecsplatform.testing.Inputs.strings;
import static org.assertj.core.api.Assertions.assertThat;

class EdgeAndDnsStackTest {

    private static SynthResult withoutDomain() {
        return Stacks.devWith(values -> values.remove("ecs-platform:domain"));
    }

    private static JsonObject defaultAction(SynthResult graph, String listener) {
        return at(graph.require(listener), "defaultActions").getAsJsonArray().get(0).getAsJsonObject();
    }

    @Test
    void theAlbIsInternetFacingInThePublicSubnetsBehindItsOwnGroup() {
        var alb = Stacks.prod().require("edge-alb");

        assertThat(bool(alb, "internal")).isFalse();
        assertThat(strings(alb, "subnets")).containsExactly("${net-public-0.id}", "${net-public-1.id}", "${net-public-2.id}");
        assertThat(strings(alb, "securityGroups")).containsExactly("${firewall-alb.id}");
    }

    @Test
    void theAlbDropsInvalidHeaders() {
        var alb = Stacks.prod().require("edge-alb");

        assertThat(bool(alb, "dropInvalidHeaderFields")).isTrue();
    }

    @Test
    void onlyTheProdAlbIsProtectedFromDeletion() {
        var alb = Stacks.prod().require("edge-alb");

        assertThat(bool(alb, "enableDeletionProtection")).isTrue();
        assertThat(bool(Stacks.dev().require("edge-alb"), "enableDeletionProtection")).isFalse();
    }

    @Test
    void loadBalancerNamesLeaveRoomForPulumisSuffixWithinAwsThirtyTwoCharacters() {
        var names = Stacks.prod().where(r -> r.type().equals("aws:lb/loadBalancer:LoadBalancer")
                || r.type().equals("aws:lb/targetGroup:TargetGroup"));

        assertThat(names).isNotEmpty().allSatisfy(resource ->
                assertThat(resource.name().length() + 8).as(resource.name()).isLessThanOrEqualTo(32));
    }

    @Test
    void theAlbWaitsForTheInternetGateway() {
        assertThat(Stacks.dev().require("edge-alb").options().dependsOn()).contains("net-igw");
    }

    @Test
    void theTargetGroupProbesTheHealthCheckPathWithExplicitThresholdsPerEnvironment() {
        var dev = Stacks.devWith(values -> ConfigFixtures.set(values, "ecs-platform:service.healthCheckPath", "/healthz"));
        var devGroup = dev.require("edge-tg");
        var prodGroup = Stacks.prod().require("edge-tg");

        assertThat(string(devGroup, "targetType")).isEqualTo("instance");
        assertThat(string(devGroup, "healthCheck.path")).isEqualTo("/healthz");
        assertThat(string(devGroup, "healthCheck.matcher")).isEqualTo("200-399");
        assertThat(string(devGroup, "healthCheck.port")).isEqualTo("traffic-port");
        assertThat(timing(devGroup)).isEqualTo("interval 5, timeout 4, healthy 2, unhealthy 2, drain 15");
        assertThat(timing(prodGroup)).isEqualTo("interval 10, timeout 5, healthy 3, unhealthy 2, drain 30");
    }

    @Test
    void withADomainHttpsServesUnderATls13Policy() {
        var dev = Stacks.dev();

        var https = dev.require("edge-https");
        assertThat(integer(https, "port")).isEqualTo(443);
        assertThat(string(https, "protocol")).isEqualTo("HTTPS");
        assertThat(string(https, "sslPolicy")).isEqualTo(LoadBalancer.TLS_POLICY).contains("TLS13");
        assertThat(string(https, "certificateArn")).as("waits for the validated certificate").isEqualTo("${tls-validation.certificateArn}");
        assertThat(defaultAction(dev, "edge-https").get("targetGroupArn").getAsString()).isEqualTo("${edge-tg.arn}");
    }

    @Test
    void withADomainHttpRedirectsPermanentlyToHttps() {
        var redirect = defaultAction(Stacks.dev(), "edge-http");

        assertThat(redirect.get("type").getAsString()).isEqualTo("redirect");
        assertThat(redirect.getAsJsonObject("redirect").get("protocol").getAsString()).isEqualTo("HTTPS");
        assertThat(redirect.getAsJsonObject("redirect").get("port").getAsString()).isEqualTo("443");
        assertThat(redirect.getAsJsonObject("redirect").get("statusCode").getAsString()).isEqualTo("HTTP_301");
    }

    @Test
    void theCertificateCoversTheRecord() {
        var certificate = Stacks.dev().require("tls-cert");

        assertThat(string(certificate, "domainName")).isEqualTo("lb-dev.example.com");
    }

    @Test
    void theCertificateIsValidatedThroughTheZone() {
        var dev = Stacks.dev();

        var certificate = dev.require("tls-cert");
        assertThat(string(certificate, "validationMethod")).isEqualTo("DNS");
        var record = dev.require("tls-validation-record");
        assertThat(string(record, "zoneId")).isEqualTo("${lookup:route53-zone:example.com}");
        assertThat(string(record, "name")).isEqualTo("${tls-cert.domainValidationOptions[0].resourceRecordName}");
        assertThat(strings(record, "records")).containsExactly("${tls-cert.domainValidationOptions[0].resourceRecordValue}");
        var validation = dev.require("tls-validation");
        assertThat(string(validation, "certificateArn")).isEqualTo("${tls-cert.arn}");
        assertThat(strings(validation, "validationRecordFqdns")).containsExactly("${tls-validation-record.fqdn}");
    }

    @Test
    void theAliasRecordPointsAtTheAlb() {
        var alias = Stacks.prod().require("dns-alias");

        assertThat(string(alias, "zoneId")).isEqualTo("${lookup:route53-zone:example.com}");
        assertThat(string(alias, "name")).isEqualTo("lb-prod.example.com");
        assertThat(string(alias, "type")).isEqualTo("A");
        var target = at(alias, "aliases").getAsJsonArray().get(0).getAsJsonObject();
        assertThat(target.get("name").getAsString()).isEqualTo("${edge-alb.dnsName}");
        assertThat(target.get("zoneId").getAsString()).isEqualTo("${edge-alb.zoneId}");
    }

    @Test
    void theAliasRecordEvaluatesTheAlbsHealth() {
        var alias = Stacks.prod().require("dns-alias");

        var target = at(alias, "aliases").getAsJsonArray().get(0).getAsJsonObject();
        assertThat(target.get("evaluateTargetHealth").getAsBoolean()).isTrue();
    }

    @Test
    void onlyProdsAliasRecordIsProtectedFromDeletion() {
        var alias = Stacks.prod().require("dns-alias");

        assertThat(alias.options().protect()).as("prod's public name is protected from deletion").isTrue();
        assertThat(Stacks.dev().require("dns-alias").options().protect()).isFalse();
    }

    @Test
    void withADomainTheStackExportsEveryNameItIsReachedBy() {
        var outputs = Stacks.prod().outputs();

        assertThat(outputs.get("albDnsName").getAsString()).isEqualTo("${edge-alb.dnsName}");
        assertThat(outputs.get("recordFqdn").getAsString()).isEqualTo("lb-prod.example.com");
        assertThat(outputs.get("url").getAsString()).isEqualTo("https://lb-prod.example.com");
    }

    @Test
    void withoutADomainTheAlbForwardsHttp() {
        var graph = withoutDomain();

        assertThat(graph.named("edge-https")).isEmpty();
        assertThat(graph.ofType("aws:acm/certificate:Certificate")).isEmpty();
        assertThat(graph.ofType("aws:route53/record:Record")).isEmpty();
        assertThat(defaultAction(graph, "edge-http").get("type").getAsString()).isEqualTo("forward");
    }

    @Test
    void withoutADomainTheOutputsSaySo() {
        var graph = withoutDomain();

        assertThat(graph.outputs().get("url").getAsString()).isEqualTo("http://${edge-alb.dnsName}");
        assertThat(graph.outputs().get("recordFqdn").getAsString()).startsWith("none");
    }

    private static String timing(com.ecsplatform.synth.RegisteredResource group) {
        return "interval " + integer(group, "healthCheck.interval") + ", timeout " + integer(group, "healthCheck.timeout")
                + ", healthy " + integer(group, "healthCheck.healthyThreshold") + ", unhealthy " + integer(group, "healthCheck.unhealthyThreshold")
                + ", drain " + integer(group, "deregistrationDelay");
    }
}
