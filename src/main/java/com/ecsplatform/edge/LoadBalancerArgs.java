package com.ecsplatform.edge;

import com.ecsplatform.policy.DeployTiming;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link LoadBalancer} needs.
 *
 * @param nameTagPrefix      prefix of AWS {@code Name} tags
 * @param vpcId              the VPC of the target group
 * @param publicSubnetIds    where the ALB has its nodes (one per AZ)
 * @param internetGateway    the VPC's internet gateway, which must be attached before the ALB is created
 * @param securityGroupId    the ALB's security group
 * @param targetPort         the container port (the target group's nominal port; ECS registers real host ports)
 * @param healthCheckPath    the path the ALB probes
 * @param timing             health check thresholds and draining time
 * @param deletionProtection whether AWS refuses to delete the ALB
 * @param protect            whether Pulumi refuses to delete (or replace) the ALB
 * @param certificateArn     a validated certificate: serve HTTPS and redirect HTTP; empty: serve HTTP only
 * @param accessLogBucket    the bucket the ALB writes access logs to
 * @param accessLogWritable  the bucket policy letting it write; the ALB waits for it
 * @param tags               tags for every child
 */
public record LoadBalancerArgs(
        String nameTagPrefix,
        Output<String> vpcId,
        List<Output<String>> publicSubnetIds,
        Resource internetGateway,
        Output<String> securityGroupId,
        int targetPort,
        String healthCheckPath,
        DeployTiming timing,
        boolean deletionProtection,
        boolean protect,
        Optional<Output<String>> certificateArn,
        Output<String> accessLogBucket,
        Resource accessLogWritable,
        Map<String, String> tags) {
}
