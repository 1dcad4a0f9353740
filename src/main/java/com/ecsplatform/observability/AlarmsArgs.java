package com.ecsplatform.observability;

import com.pulumi.core.Output;

import java.util.Map;
import java.util.Optional;

/**
 * What {@link Alarms} needs.
 *
 * @param nameTagPrefix        prefix of alarm names and AWS {@code Name} tags
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
 * @param tags                 tags for every child
 * @param alarmEmailSecret     whether the address is a Pulumi secret ({@code ecs-platform:alarmEmail} set with --secret)
 */
public record AlarmsArgs(
        String nameTagPrefix,
        Optional<String> alarmEmail,
        Output<String> loadBalancerArnSuffix,
        Output<String> targetGroupArnSuffix,
        Output<String> clusterName,
        String serviceName,
        String region,
        Output<String> accountId,
        int minimumTasks,
        int scheduledMinimum,
        Map<String, String> tags,
        boolean alarmEmailSecret) {
}
