package com.ecsplatform.observability;

import com.ecsplatform.iam.PolicyDocument;
import com.ecsplatform.iam.PolicyDocument.Statement;
import com.ecsplatform.support.PlatformComponent;
import com.pulumi.aws.s3.BucketLifecycleConfigurationV2;
import com.pulumi.aws.s3.BucketLifecycleConfigurationV2Args;
import com.pulumi.aws.s3.BucketOwnershipControls;
import com.pulumi.aws.s3.BucketOwnershipControlsArgs;
import com.pulumi.aws.s3.BucketPolicy;
import com.pulumi.aws.s3.BucketPolicyArgs;
import com.pulumi.aws.s3.BucketPublicAccessBlock;
import com.pulumi.aws.s3.BucketPublicAccessBlockArgs;
import com.pulumi.aws.s3.BucketServerSideEncryptionConfigurationV2;
import com.pulumi.aws.s3.BucketServerSideEncryptionConfigurationV2Args;
import com.pulumi.aws.s3.BucketV2;
import com.pulumi.aws.s3.BucketV2Args;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleExpirationArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleFilterArgs;
import com.pulumi.aws.s3.inputs.BucketOwnershipControlsRuleArgs;
import com.pulumi.aws.s3.inputs.BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs;
import com.pulumi.aws.s3.inputs.BucketServerSideEncryptionConfigurationV2RuleArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;

import java.util.List;
import java.util.Map;

/**
 * Where the load balancer writes its access logs: a private, encrypted S3 bucket that only the
 * region's Elastic Load Balancing account may write to, only over TLS, expiring logs after the
 * retention period. ALB access logs support SSE-S3 only, so the bucket uses it.
 */
public final class AccessLogBucket extends PlatformComponent {

    private static final String PREFIX = "alb";

    /** The key prefix the load balancer writes under; the lifecycle rule and the policy cover only it. */
    public final String logPrefix = PREFIX;

    /** The bucket's name, for the load balancer's {@code accessLogs} block. */
    public final Output<String> bucketName;
    /**
     * The bucket policy. The load balancer must wait for it: AWS checks that it may write a test
     * object when access logging is switched on.
     */
    public final Resource writePermission;

    public AccessLogBucket(String name, AccessLogBucketArgs args, ComponentResourceOptions options) {
        super("ecs-platform:observability:AccessLogBucket", name, options);

        var bucket = new BucketV2(child("bucket"), BucketV2Args.builder()
                .forceDestroy(!args.keepAfterDestroy())
                .tags(nameTag(args.namePrefix() + "-alb-logs"))
                .build(), CustomResourceOptions.builder().parent(this).retainOnDelete(args.keepAfterDestroy()).build());
        bucketName = bucket.bucket();

        new BucketPublicAccessBlock(child("public-access-block"), BucketPublicAccessBlockArgs.builder()
                .bucket(bucket.id())
                .blockPublicAcls(true)
                .blockPublicPolicy(true)
                .ignorePublicAcls(true)
                .restrictPublicBuckets(true)
                .build(), keptWith(bucket, args));
        new BucketOwnershipControls(child("ownership"), BucketOwnershipControlsArgs.builder()
                .bucket(bucket.id())
                .rule(BucketOwnershipControlsRuleArgs.builder().objectOwnership("BucketOwnerEnforced").build())
                .build(), keptWith(bucket, args));
        new BucketServerSideEncryptionConfigurationV2(child("encryption"), BucketServerSideEncryptionConfigurationV2Args.builder()
                .bucket(bucket.id())
                .rules(BucketServerSideEncryptionConfigurationV2RuleArgs.builder()
                        .applyServerSideEncryptionByDefault(
                                BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs.builder()
                                        .sseAlgorithm("AES256")
                                        .build())
                        .build())
                .build(), keptWith(bucket, args));
        new BucketLifecycleConfigurationV2(child("lifecycle"), BucketLifecycleConfigurationV2Args.builder()
                .bucket(bucket.id())
                .rules(BucketLifecycleConfigurationV2RuleArgs.builder()
                        .id("expire-access-logs")
                        .status("Enabled")
                        .filter(BucketLifecycleConfigurationV2RuleFilterArgs.builder().prefix(PREFIX + "/").build())
                        .expiration(BucketLifecycleConfigurationV2RuleExpirationArgs.builder().days(args.retentionDays()).build())
                        .build())
                .build(), keptWith(bucket, args));

        writePermission = new BucketPolicy(child("policy"), BucketPolicyArgs.builder()
                .bucket(bucket.id())
                .policy(Output.tuple(bucket.arn(), args.accountId()).applyValue(refs ->
                        policy(refs.t1, args.logDeliveryPrincipal(), refs.t2).toJson()))
                .build(), keptWith(bucket, args));

        registerOutputs(Map.of("bucketName", bucketName));
    }

    /** A child of the bucket; kept with it in prod, so the kept bucket stays private, encrypted and expiring. */
    private static CustomResourceOptions keptWith(BucketV2 bucket, AccessLogBucketArgs args) {
        return CustomResourceOptions.builder().parent(bucket).retainOnDelete(args.keepAfterDestroy()).build();
    }

    private static PolicyDocument policy(String bucketArn, Map<String, String> logWriter, String accountId) {
        return PolicyDocument.of(
                new Statement("ElbWritesAccessLogs", "Allow", logWriter, List.of("s3:PutObject"),
                        List.of(bucketArn + "/" + PREFIX + "/AWSLogs/" + accountId + "/*"), null),
                new Statement("DenyInsecureTransport", "Deny", Map.of("AWS", "*"), List.of("s3:*"),
                        List.of(bucketArn, bucketArn + "/*"), Map.of("Bool", Map.of("aws:SecureTransport", "false"))));
    }
}
