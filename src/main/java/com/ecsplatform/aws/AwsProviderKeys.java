package com.ecsplatform.aws;

import java.util.List;

/**
 * Every {@code aws:} configuration key the Pulumi AWS provider reads, so that a typo in the {@code aws}
 * namespace is caught instead of silently ignored. Source: the provider's own schema, as generated
 * into the Java SDK {@code com.pulumi:aws} 6.83.0 class {@code com.pulumi.aws.Config} (one accessor per
 * key; pulumi-aws {@code provider/cmd/pulumi-resource-aws/schema.json}, section {@code config}).
 * {@code AwsProviderKeysTest} compares this list with that class, so an SDK upgrade that adds a key
 * fails the build until the key is added here.
 */
public final class AwsProviderKeys {

    public static final List<String> NAMES = List.of(
            "accessKey", "allowedAccountIds", "assumeRole", "assumeRoleWithWebIdentity", "customCaBundle",
            "defaultTags", "ec2MetadataServiceEndpoint", "ec2MetadataServiceEndpointMode", "endpoints",
            "forbiddenAccountIds", "httpProxy", "httpsProxy", "ignoreTags", "insecure", "maxRetries", "noProxy",
            "profile", "region", "retryMode", "s3UsEast1RegionalEndpoint", "s3UsePathStyle", "secretKey",
            "sharedConfigFiles", "sharedCredentialsFiles", "skipCredentialsValidation", "skipMetadataApiCheck",
            "skipRegionValidation", "skipRequestingAccountId", "stsRegion", "token", "tokenBucketRateLimiterCapacity",
            "useDualstackEndpoint", "useFipsEndpoint");

    private AwsProviderKeys() {
    }
}
