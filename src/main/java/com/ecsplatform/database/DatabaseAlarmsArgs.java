package com.ecsplatform.database;

import com.ecsplatform.config.DatabaseTierConfig;
import com.pulumi.core.Output;

import java.util.Map;

/**
 * What {@link DatabaseAlarms} needs.
 *
 * @param namePrefix prefix of the alarm names ({@code ecs-platform-prod-db-cpu-high})
 * @param instanceIdentifier the RDS instance, CloudWatch's {@code DBInstanceIdentifier} dimension
 * @param config        the tier's settings: the instance class and storage the thresholds derive from
 * @param topicArn      the alarm topic every other alarm of the stack publishes to
 */
public record DatabaseAlarmsArgs(
        String namePrefix,
        Output<String> instanceIdentifier,
        DatabaseTierConfig config,
        Output<String> topicArn) {
}
