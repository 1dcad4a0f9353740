package com.ecsplatform.config;

import java.util.List;
import java.util.stream.Stream;

/**
 * {@code routing} of one entry of {@code ecs-platform:services}: which requests the load balancer
 * sends to that service. A service without it is the stack's default (catch-all) service.
 *
 * @param priority     the listener rule's priority, 1-50000, unique in the stack; the lowest is evaluated first
 * @param hostHeaders  host names the rule matches (any of them); empty: any host
 * @param pathPatterns path patterns the rule matches (any of them), each starting with {@code /}; empty: any path
 */
public record RoutingConfig(int priority, List<String> hostHeaders, List<String> pathPatterns) {

    public RoutingConfig {
        hostHeaders = List.copyOf(hostHeaders);
        pathPatterns = List.copyOf(pathPatterns);
    }

    /** Every condition value of the rule: host headers, then path patterns. */
    public List<String> conditionValues() {
        return Stream.concat(hostHeaders.stream(), pathPatterns.stream()).toList();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this routing. */
    public Builder toBuilder() {
        return new Builder().priority(priority).hostHeaders(hostHeaders).pathPatterns(pathPatterns);
    }

    /** Named construction of a {@link RoutingConfig}. */
    public static final class Builder {
        private int priority;
        private List<String> hostHeaders = List.of();
        private List<String> pathPatterns = List.of();

        private Builder() {
        }

        public Builder priority(int value) { priority = value; return this; }
        public Builder hostHeaders(List<String> value) { hostHeaders = value; return this; }
        public Builder pathPatterns(List<String> value) { pathPatterns = value; return this; }

        public RoutingConfig build() {
            return new RoutingConfig(priority, hostHeaders, pathPatterns);
        }
    }
}
