package com.ecsplatform.database;

import com.ecsplatform.config.DatabaseTierConfig;
import com.pulumi.core.Output;

import java.util.Map;

/**
 * What {@link DatabaseAlarms} needs.
 *
 * @param nameTagPrefix prefix of the alarm names ({@code ecs-platform-prod-db-cpu-high})
 * @param instanceIdentifier the RDS instance, CloudWatch's {@code DBInstanceIdentifier} dimension
 * @param config        the tier's settings: the instance class and storage the thresholds derive from
 * @param topicArn      the alarm topic every other alarm of the stack publishes to
 * @param tags          tags for every child
 */
public record DatabaseAlarmsArgs(
        String nameTagPrefix,
        Output<String> instanceIdentifier,
        DatabaseTierConfig config,
        Output<String> topicArn,
        Map<String, String> tags) {
}
