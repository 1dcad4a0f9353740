package com.ecsplatform.observability;

import com.pulumi.core.Output;
import io.soabase.recordbuilder.core.RecordBuilder;

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
@RecordBuilder
@RecordBuilder.Options(emptyDefaultForOptional = true, useImmutableCollections = true)
public record AlarmsArgs(
        String namePrefix,
        Optional<String> alarmEmail,
        Output<String> loadBalancerArnSuffix,
        Output<String> clusterName,
        List<ServiceWatch> services,
        String region,
        Output<String> accountId,
        boolean alarmEmailSecret) {

    /** Named construction of {@link AlarmsArgs}. */
    public static AlarmsArgsBuilder builder() {
        return AlarmsArgsBuilder.builder();
    }
}
