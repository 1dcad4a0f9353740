package com.ecsplatform.edge;

import com.ecsplatform.support.PlatformComponent;
import com.pulumi.aws.lb.Listener;
import com.pulumi.aws.lb.ListenerArgs;
import com.pulumi.aws.lb.TargetGroup;
import com.pulumi.aws.lb.TargetGroupArgs;
import com.pulumi.aws.lb.inputs.ListenerDefaultActionArgs;
import com.pulumi.aws.lb.inputs.LoadBalancerAccessLogsArgs;
import com.pulumi.aws.lb.inputs.ListenerDefaultActionRedirectArgs;
import com.pulumi.aws.lb.inputs.TargetGroupHealthCheckArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * The edge: an internet-facing Application Load Balancer in the public subnets, the service's
 * target group (instance targets on ECS dynamic host ports), and its listeners. With a certificate
 * it serves HTTPS on 443 under an explicit TLS 1.3 policy and answers HTTP with a permanent
 * redirect; without one it forwards HTTP.
 */
public final class LoadBalancer extends PlatformComponent {

    /**
     * TLS 1.3 and 1.2 with forward-secret ciphers only: AWS's recommended policy, set explicitly so
     * that a change of the ELB default never changes what clients negotiate unreviewed.
     */
    public static final String TLS_POLICY = "ELBSecurityPolicy-TLS13-1-2-2021-06";
    private static final String HEALTHY_STATUS_CODES = "200-399";

    /** The ALB's DNS name. */
    public final Output<String> dnsName;
    /** The ALB's canonical hosted zone, for alias records. */
    public final Output<String> zoneId;
    /** The ALB's ARN suffix, for CloudWatch metrics and request-count scaling. */
    public final Output<String> arnSuffix;
    /** The target group's ARN, for the ECS service. */
    public final Output<String> targetGroupArn;
    /** The target group's ARN suffix, for request-count scaling. */
    public final Output<String> targetGroupArnSuffix;
    /** The listeners; the target group is attached to the ALB only once they exist. */
    public final List<Resource> listeners;
    /** {@code <alb arn suffix>/<target group arn suffix>}: CloudWatch's label for requests per target. */
    public final Output<String> requestCountResourceLabel;

    public LoadBalancer(String name, LoadBalancerArgs args, ComponentResourceOptions options) {
        super("ecs-platform:edge:LoadBalancer", name, options);
        var timing = args.timing();

        var alb = new com.pulumi.aws.lb.LoadBalancer(child("alb"), com.pulumi.aws.lb.LoadBalancerArgs.builder()
                .loadBalancerType("application")
                .internal(false)
                .ipAddressType("ipv4")
                .subnets(Output.all(args.publicSubnetIds()))
                .securityGroups(args.securityGroupId().applyValue(List::of))
                .dropInvalidHeaderFields(true)
                .desyncMitigationMode("defensive")
                .enableHttp2(true)
                .idleTimeout(60)
                .enableDeletionProtection(args.deletionProtection())
                .accessLogs(LoadBalancerAccessLogsArgs.builder()
                        .bucket(args.accessLogs().bucket())
                        .prefix(args.accessLogs().prefix())
                        .enabled(true)
                        .build())
                .tags(nameTag(args.namePrefix()))
                .build(), CustomResourceOptions.builder()
                .parent(this)
                .protect(args.protect())
                // An internet-facing ALB needs the VPC's internet gateway attached first, and AWS
                // checks the log bucket's policy when access logging is switched on.
                .dependsOn(args.internetGateway(), args.accessLogs().writable())
                .build());

        var targetGroup = new TargetGroup(child("tg"), TargetGroupArgs.builder()
                .vpcId(args.vpcId())
                .targetType("instance")
                .protocol("HTTP")
                .port(args.targetPort())
                .deregistrationDelay(timing.deregistrationDelaySeconds())
                .healthCheck(TargetGroupHealthCheckArgs.builder()
                        .enabled(true)
                        .protocol("HTTP")
                        .port("traffic-port")
                        .path(args.healthCheckPath())
                        .matcher(HEALTHY_STATUS_CODES)
                        .interval(timing.intervalSeconds())
                        .timeout(timing.timeoutSeconds())
                        .healthyThreshold(timing.healthyThreshold())
                        .unhealthyThreshold(timing.unhealthyThreshold())
                        .build())
                .tags(nameTag(args.namePrefix()))
                .build(), childOptions());

        var forward = ListenerDefaultActionArgs.builder().type("forward").targetGroupArn(targetGroup.arn()).build();
        var attached = new ArrayList<Resource>();
        args.certificateArn().ifPresent(certificateArn -> attached.add(
                new Listener(child("https"), ListenerArgs.builder()
                        .loadBalancerArn(alb.arn())
                        .port(443)
                        .protocol("HTTPS")
                        .sslPolicy(TLS_POLICY)
                        .certificateArn(certificateArn)
                        .defaultActions(forward)
                        .build(), under(alb))));
        boolean https = args.certificateArn().isPresent();
        attached.add(new Listener(child("http"), ListenerArgs.builder()
                .loadBalancerArn(alb.arn())
                .port(80)
                .protocol("HTTP")
                .defaultActions(https ? redirectToHttps() : forward)
                .build(), under(alb)));
        listeners = List.copyOf(attached);

        dnsName = alb.dnsName();
        zoneId = alb.zoneId();
        arnSuffix = alb.arnSuffix();
        targetGroupArn = targetGroup.arn();
        targetGroupArnSuffix = targetGroup.arnSuffix();
        requestCountResourceLabel = Output.format("%s/%s", arnSuffix, targetGroupArnSuffix);

        var outputs = new HashMap<String, Output<?>>();
        outputs.put("dnsName", dnsName);
        outputs.put("targetGroupArn", targetGroupArn);
        registerOutputs(outputs);
    }

    private static ListenerDefaultActionArgs redirectToHttps() {
        return ListenerDefaultActionArgs.builder()
                .type("redirect")
                .redirect(ListenerDefaultActionRedirectArgs.builder()
                        .protocol("HTTPS")
                        .port("443")
                        .statusCode("HTTP_301")
                        .build())
                .build();
    }
}
