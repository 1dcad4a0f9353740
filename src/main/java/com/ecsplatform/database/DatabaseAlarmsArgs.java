package com.ecsplatform.database;

import com.ecsplatform.config.DatabaseTierConfig;
import com.pulumi.core.Output;


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

    public static Builder builder() {
        return new Builder();
    }

    /** Named construction of {@link DatabaseAlarmsArgs}. */
    public static final class Builder {
        private String namePrefix;
        private Output<String> instanceIdentifier;
        private DatabaseTierConfig config;
        private Output<String> topicArn;

        private Builder() {
        }

        public Builder namePrefix(String value) {
            namePrefix = value;
            return this;
        }

        public Builder instanceIdentifier(Output<String> value) {
            instanceIdentifier = value;
            return this;
        }

        public Builder config(DatabaseTierConfig value) {
            config = value;
            return this;
        }

        public Builder topicArn(Output<String> value) {
            topicArn = value;
            return this;
        }

        public DatabaseAlarmsArgs build() {
            return new DatabaseAlarmsArgs(namePrefix, instanceIdentifier, config, topicArn);
        }
    }
}
