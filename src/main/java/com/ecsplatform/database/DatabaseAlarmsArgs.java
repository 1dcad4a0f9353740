package com.ecsplatform.database;

import com.ecsplatform.config.DatabaseTierConfig;
import com.pulumi.core.Output;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * What {@link DatabaseAlarms} needs.
 *
 * @param namePrefix prefix of the alarm names ({@code ecs-platform-prod-db-cpu-high})
 * @param instanceIdentifier the RDS instance, CloudWatch's {@code DBInstanceIdentifier} dimension
 * @param config        the tier's settings: the instance class and storage the thresholds derive from
 * @param topicArn      the alarm topic every other alarm of the stack publishes to
 */
@RecordBuilder
public record DatabaseAlarmsArgs(
        String namePrefix,
        Output<String> instanceIdentifier,
        DatabaseTierConfig config,
        Output<String> topicArn) {

    /** Named construction of {@link DatabaseAlarmsArgs}. */
    public static DatabaseAlarmsArgsBuilder builder() {
        return DatabaseAlarmsArgsBuilder.builder();
    }
}
