package com.ecsplatform.observability;

import com.pulumi.core.Output;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * One ECS service as {@link Alarms} watches it.
 *
 * @param service              the service's name in the stack ({@code web}, {@code api}); its alarms are named after it
 * @param targetGroupArnSuffix its target group's ARN suffix (CloudWatch's {@code TargetGroup} dimension)
 * @param serviceName          the ECS service's name; the service is created after the alarms, since its
 *                             deployments are watched by some of them
 * @param minimumTasks         the service's auto scaling minimum; fewer running tasks is an incident
 * @param scheduledMinimum     the lowest minimum a schedule sets ({@code minimumTasks} without schedules);
 *                             0 means a schedule may hold the service at zero tasks on purpose
 * @param isDefault            whether it is the load balancer's default service, whose emptiness the
 *                             load balancer's own 5xx alarm allows for
 */
@RecordBuilder
public record ServiceWatch(String service, Output<String> targetGroupArnSuffix, String serviceName, int minimumTasks,
                           int scheduledMinimum, boolean isDefault) {

    /** Named construction of a {@link ServiceWatch}. */
    public static ServiceWatchBuilder builder() {
        return ServiceWatchBuilder.builder();
    }
}
