package com.ecsplatform.security;

import com.pulumi.core.Output;

import java.util.List;
import java.util.Optional;

/**
 * What {@link SecurityGroups} needs.
 *
 * @param namePrefix       prefix of the stack's AWS names and {@code Name} tags
 * @param vpcId               the VPC the groups live in
 * @param bastionAllowedCidrs networks admitted to the bastion on SSH; empty when there is no bastion
 * @param bastionEnabled      whether the bastion tier exists
 * @param databasePort        the database tier's port; empty when there is no database tier
 * @param privateEndpoints    whether the instances reach AWS through VPC interface endpoints (no NAT)
 */
public record SecurityGroupsArgs(
        String namePrefix,
        Output<String> vpcId,
        boolean bastionEnabled,
        List<String> bastionAllowedCidrs,
        Optional<Integer> databasePort,
        boolean privateEndpoints) {

    public static Builder builder() {
        return new Builder();
    }

    /** Named construction of {@link SecurityGroupsArgs}. */
    public static final class Builder {
        private String namePrefix;
        private Output<String> vpcId;
        private boolean bastionEnabled;
        private List<String> bastionAllowedCidrs;
        private Optional<Integer> databasePort = Optional.empty();
        private boolean privateEndpoints;

        private Builder() {
        }

        public Builder namePrefix(String value) {
            namePrefix = value;
            return this;
        }

        public Builder vpcId(Output<String> value) {
            vpcId = value;
            return this;
        }

        public Builder bastionEnabled(boolean value) {
            bastionEnabled = value;
            return this;
        }

        public Builder bastionAllowedCidrs(List<String> value) {
            bastionAllowedCidrs = value;
            return this;
        }

        public Builder databasePort(Optional<Integer> value) {
            databasePort = value;
            return this;
        }

        public Builder privateEndpoints(boolean value) {
            privateEndpoints = value;
            return this;
        }

        public SecurityGroupsArgs build() {
            return new SecurityGroupsArgs(namePrefix, vpcId, bastionEnabled, bastionAllowedCidrs, databasePort, privateEndpoints);
        }
    }
}
