package com.ecsplatform.config;

import io.soabase.recordbuilder.core.RecordBuilder;

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
@RecordBuilder
@RecordBuilder.Options(useImmutableCollections = true)
public record RoutingConfig(int priority, List<String> hostHeaders, List<String> pathPatterns) {

    public RoutingConfig {
        hostHeaders = List.copyOf(hostHeaders);
        pathPatterns = List.copyOf(pathPatterns);
    }

    /** Every condition value of the rule: host headers, then path patterns. */
    public List<String> conditionValues() {
        return Stream.concat(hostHeaders.stream(), pathPatterns.stream()).toList();
    }

    /** Named construction of a {@link RoutingConfig}. */
    public static RoutingConfigBuilder builder() {
        return RoutingConfigBuilder.builder();
    }

    /** A builder starting from this routing. */
    public RoutingConfigBuilder toBuilder() {
        return RoutingConfigBuilder.builder(this);
    }
}
