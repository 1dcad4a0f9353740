package com.ecsplatform.edge;

import com.ecsplatform.policy.DeployTiming;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import io.soabase.recordbuilder.core.RecordBuilder;

import java.util.List;
import java.util.Optional;

/**
 * What {@link LoadBalancer} needs.
 *
 * @param namePrefix      prefix of the stack's AWS names and {@code Name} tags
 * @param vpcId              the VPC of the target group
 * @param publicSubnetIds    where the ALB has its nodes (one per AZ)
 * @param internetGateway    the VPC's internet gateway, which must be attached before the ALB is created
 * @param securityGroupId    the ALB's security group
 * @param services           the services behind it, each with its target group: exactly one without routing
 *                           (the listeners' default action), the others in listener rules
 * @param timing             health check thresholds and draining time
 * @param deletionProtection whether AWS refuses to delete the ALB
 * @param protect            whether Pulumi refuses to delete (or replace) the ALB
 * @param certificateArn     a validated certificate: serve HTTPS and redirect HTTP; empty: serve HTTP only
 * @param accessLogs         where the ALB writes its access logs
 */
@RecordBuilder
@RecordBuilder.Options(emptyDefaultForOptional = true, useImmutableCollections = true)
public record LoadBalancerArgs(
        String namePrefix,
        Output<String> vpcId,
        List<Output<String>> publicSubnetIds,
        Resource internetGateway,
        Output<String> securityGroupId,
        List<ServiceTarget> services,
        DeployTiming timing,
        boolean deletionProtection,
        boolean protect,
        Optional<Output<String>> certificateArn,
        AccessLogDestination accessLogs) {

    /** Named construction of {@link LoadBalancerArgs}. */
    public static LoadBalancerArgsBuilder builder() {
        return LoadBalancerArgsBuilder.builder();
    }
}
