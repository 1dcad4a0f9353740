package com.ecsplatform.observability;

import com.pulumi.core.Output;

import java.util.List;
import java.util.Optional;

/**
 * What {@link Alarms} needs.
 *
 * @param namePrefix        prefix of alarm names and AWS {@code Name} tags
 * @param alarmEmail           who the topic mails; empty: subscribe a pager or chat integration yourself
 * @param loadBalancerArnSuffix the ALB's ARN suffix (CloudWatch's {@code LoadBalancer} dimension)
 * @param clusterName          the ECS cluster
 * @param services             the ECS services, each with its own alarms; exactly one is the default
 * @param region               the stack's region, for the service's ARN
 * @param accountId            this account's id, for the topic policy
 * @param alarmEmailSecret     whether the address is a Pulumi secret ({@code ecs-platform:alarmEmail} set with --secret)
 */
public record AlarmsArgs(
        String namePrefix,
        Optional<String> alarmEmail,
        Output<String> loadBalancerArnSuffix,
        Output<String> clusterName,
        List<ServiceWatch> services,
        String region,
        Output<String> accountId,
        boolean alarmEmailSecret) {

    public static Builder builder() {
        return new Builder();
    }

    /** Named construction of {@link AlarmsArgs}. */
    public static final class Builder {
        private String namePrefix;
        private Optional<String> alarmEmail = Optional.empty();
        private Output<String> loadBalancerArnSuffix;
        private Output<String> clusterName;
        private List<ServiceWatch> services = List.of();
        private String region;
        private Output<String> accountId;
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

        public Builder clusterName(Output<String> value) {
            clusterName = value;
            return this;
        }

        public Builder services(List<ServiceWatch> value) {
            services = List.copyOf(value);
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

        public Builder alarmEmailSecret(boolean value) {
            alarmEmailSecret = value;
            return this;
        }

        public AlarmsArgs build() {
            return new AlarmsArgs(namePrefix, alarmEmail, loadBalancerArnSuffix, clusterName, services, region, accountId, alarmEmailSecret);
        }
    }
}
