package com.ecsplatform.service;

import com.ecsplatform.config.ServiceConfig;
import com.ecsplatform.database.DatabaseConnection;
import com.ecsplatform.policy.OperationalPolicy;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import io.soabase.recordbuilder.core.RecordBuilder;

import java.util.List;
import java.util.Optional;

/**
 * What {@link EcsService} needs.
 *
 * @param namePrefix               prefix of the stack's AWS names and {@code Name} tags and the task family
 * @param region                      the stack's region, for the awslogs driver
 * @param service                     image, sizes, counts, scaling targets, environment and secrets
 * @param policy                      per-environment deploy percentages, timings and log retention
 * @param clusterArn                  the ECS cluster
 * @param clusterName                 the ECS cluster's name, for the scaling target
 * @param capacityProviderName        the capacity provider tasks are placed on
 * @param capacityProviderAssociation the cluster's capacity-provider association the service must wait for
 * @param targetGroupArn              the ALB target group tasks register in
 * @param targetGroupListeners        the listeners that attach the target group to the ALB; ECS rejects a
 *                                    service whose target group has no load balancer yet
 * @param requestCountResourceLabel   {@code <alb arn suffix>/<target group arn suffix>}, for request-count scaling
 * @param deploymentAlarmNames        CloudWatch alarms that stop and roll back a deployment; they exist
 *                                    before the service
 * @param accountId                   this account's id, for the task roles' confused-deputy guard
 * @param database                    the database the container connects to, when the stack has one
 * @param serviceSecret               whether {@code ecs-platform:service} is a Pulumi secret (a field in it was set
 *                                    with --secret): the container definitions and the execution policy are too
 */
@RecordBuilder
@RecordBuilder.Options(emptyDefaultForOptional = true)
public record EcsServiceArgs(
        String namePrefix,
        String region,
        ServiceConfig service,
        OperationalPolicy policy,
        Output<String> clusterArn,
        Output<String> clusterName,
        Output<String> capacityProviderName,
        Resource capacityProviderAssociation,
        Output<String> targetGroupArn,
        List<Resource> targetGroupListeners,
        Output<String> requestCountResourceLabel,
        Output<List<String>> deploymentAlarmNames,
        Output<String> accountId,
        Optional<DatabaseConnection> database,
        boolean serviceSecret) {

    /** Named construction of {@link EcsServiceArgs}. */
    public static EcsServiceArgsBuilder builder() {
        return EcsServiceArgsBuilder.builder();
    }
}
