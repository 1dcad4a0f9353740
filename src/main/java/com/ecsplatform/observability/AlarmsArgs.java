package com.ecsplatform.observability;

import com.pulumi.core.Output;

import java.util.Optional;

/**
 * What {@link Alarms} needs.
 *
 * @param namePrefix        prefix of alarm names and AWS {@code Name} tags
 * @param alarmEmail           who the topic mails; empty: subscribe a pager or chat integration yourself
 * @param loadBalancerArnSuffix the ALB's ARN suffix (CloudWatch's {@code LoadBalancer} dimension)
 * @param targetGroupArnSuffix  the target group's ARN suffix (CloudWatch's {@code TargetGroup} dimension)
 * @param clusterName          the ECS cluster
 * @param serviceName          the ECS service's name; the service is created after the alarms, since its
 *                             deployments are watched by some of them
 * @param region               the stack's region, for the service's ARN
 * @param accountId            this account's id, for the topic policy
 * @param minimumTasks         the service's auto scaling minimum; fewer running tasks is an incident
 * @param scheduledMinimum     the lowest minimum a schedule sets ({@code minimumTasks} without schedules);
 *                             0 means a schedule may hold the service at zero tasks on purpose
 * @param alarmEmailSecret     whether the address is a Pulumi secret ({@code ecs-platform:alarmEmail} set with --secret)
 */
public record AlarmsArgs(
        String namePrefix,
        Optional<String> alarmEmail,
        Output<String> loadBalancerArnSuffix,
        Output<String> targetGroupArnSuffix,
        Output<String> clusterName,
        String serviceName,
        String region,
        Output<String> accountId,
        int minimumTasks,
        int scheduledMinimum,
        boolean alarmEmailSecret) {

    public static Builder builder() {
        return new Builder();
    }

    /** Named construction of {@link AlarmsArgs}. */
    public static final class Builder {
        private String namePrefix;
        private Optional<String> alarmEmail = Optional.empty();
        private Output<String> loadBalancerArnSuffix;
        private Output<String> targetGroupArnSuffix;
        private Output<String> clusterName;
        private String serviceName;
        private String region;
        private Output<String> accountId;
        private int minimumTasks;
        private int scheduledMinimum;
        private boolean alarmEmailSecret;

        private Builder() {
        }

        public Builder namePrefix(String value) {
            namePrefix = value;
            return this;
        }

        public Builder alarmEmail(Optional<String> value) {
            alarmEmail = value;
            return this;
        }

        public Builder loadBalancerArnSuffix(Output<String> value) {
            loadBalancerArnSuffix = value;
            return this;
        }

        public Builder targetGroupArnSuffix(Output<String> value) {
            targetGroupArnSuffix = value;
            return this;
        }

        public Builder clusterName(Output<String> value) {
            clusterName = value;
            return this;
        }

        public Builder serviceName(String value) {
            serviceName = value;
            return this;
        }

        public Builder region(String value) {
            region = value;
            return this;
        }

        public Builder accountId(Output<String> value) {
            accountId = value;
            return this;
        }

        public Builder minimumTasks(int value) {
            minimumTasks = value;
            return this;
        }

        public Builder scheduledMinimum(int value) {
            scheduledMinimum = value;
            return this;
        }

        public Builder alarmEmailSecret(boolean value) {
            alarmEmailSecret = value;
            return this;
        }

        public AlarmsArgs build() {
            return new AlarmsArgs(namePrefix, alarmEmail, loadBalancerArnSuffix, targetGroupArnSuffix, clusterName, serviceName, region, accountId, minimumTasks, scheduledMinimum, alarmEmailSecret);
        }
    }
}
