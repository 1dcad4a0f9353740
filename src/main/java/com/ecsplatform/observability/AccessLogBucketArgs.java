package com.ecsplatform.observability;

import com.pulumi.core.Output;
import io.soabase.recordbuilder.core.RecordBuilder;

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
@RecordBuilder
public record AccessLogBucketArgs(
        String namePrefix,
        Map<String, String> logDeliveryPrincipal,
        Output<String> accountId,
        int retentionDays,
        boolean keepAfterDestroy) {

    /** Named construction of {@link AccessLogBucketArgs}. */
    public static AccessLogBucketArgsBuilder builder() {
        return AccessLogBucketArgsBuilder.builder();
    }
}
