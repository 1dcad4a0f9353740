package com.ecsplatform.observability;

import com.pulumi.core.Output;

import java.util.Map;

/**
 * What {@link AccessLogBucket} needs.
 *
 * @param namePrefix          prefix of the stack's AWS names and {@code Name} tags
 * @param logDeliveryPrincipal   the bucket-policy principal that writes the region's ALB access logs: the
 *                               region's Elastic Load Balancing account, or the log-delivery service in
 *                               regions opened after August 2022 ({@code aws.AwsRegions})
 * @param accountId              this account's id (logs land under {@code AWSLogs/<account>/})
 * @param retentionDays          how long log objects are kept
 * @param keepAfterDestroy       whether the bucket and its logs outlive the stack (prod's audit trail);
 *                               otherwise {@code pulumi destroy} deletes it with its logs
 */
public record AccessLogBucketArgs(
        String namePrefix,
        Map<String, String> logDeliveryPrincipal,
        Output<String> accountId,
        int retentionDays,
        boolean keepAfterDestroy) {

    public static Builder builder() {
        return new Builder();
    }

    /** Named construction of {@link AccessLogBucketArgs}. */
    public static final class Builder {
        private String namePrefix;
        private Map<String, String> logDeliveryPrincipal;
        private Output<String> accountId;
        private int retentionDays;
        private boolean keepAfterDestroy;

        private Builder() {
        }

        public Builder namePrefix(String value) {
            namePrefix = value;
            return this;
        }

        public Builder logDeliveryPrincipal(Map<String, String> value) {
            logDeliveryPrincipal = value;
            return this;
        }

        public Builder accountId(Output<String> value) {
            accountId = value;
            return this;
        }

        public Builder retentionDays(int value) {
            retentionDays = value;
            return this;
        }

        public Builder keepAfterDestroy(boolean value) {
            keepAfterDestroy = value;
            return this;
        }

        public AccessLogBucketArgs build() {
            return new AccessLogBucketArgs(namePrefix, logDeliveryPrincipal, accountId, retentionDays, keepAfterDestroy);
        }
    }
}
