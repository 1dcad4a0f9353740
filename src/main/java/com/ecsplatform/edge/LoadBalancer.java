package com.ecsplatform.edge;

import com.ecsplatform.config.RoutingConfig;
import com.ecsplatform.config.StackConfig;
import com.ecsplatform.support.PlatformComponent;
import com.pulumi.aws.lb.Listener;
import com.pulumi.aws.lb.ListenerArgs;
import com.pulumi.aws.lb.ListenerRule;
import com.pulumi.aws.lb.ListenerRuleArgs;
import com.pulumi.aws.lb.TargetGroup;
import com.pulumi.aws.lb.TargetGroupArgs;
import com.pulumi.aws.lb.inputs.ListenerDefaultActionArgs;
import com.pulumi.aws.lb.inputs.ListenerRuleActionArgs;
import com.pulumi.aws.lb.inputs.ListenerRuleConditionArgs;
import com.pulumi.aws.lb.inputs.ListenerRuleConditionHostHeaderArgs;
import com.pulumi.aws.lb.inputs.ListenerRuleConditionPathPatternArgs;
import com.pulumi.aws.lb.inputs.LoadBalancerAccessLogsArgs;
import com.pulumi.aws.lb.inputs.ListenerDefaultActionRedirectArgs;
import com.pulumi.aws.lb.inputs.TargetGroupHealthCheckArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The edge: an internet-facing Application Load Balancer in the public subnets, a target group per
 * service (instance targets on ECS dynamic host ports), and its listeners. With a certificate it
 * serves HTTPS on 443 under an explicit TLS 1.3 policy and answers HTTP with a permanent redirect;
 * without one it forwards HTTP. The listener that serves (HTTPS, or HTTP without a certificate)
 * forwards to the default service, and holds a rule per routed service, in priority order: the
 * awsx and CDK shape, where the load balancer owns its target groups and rules.
 *
 * <p>Names: the default target group of the stacks before {@code services} existed is {@code edge-tg}
 * and stays so for the service {@value StackConfig#LEGACY_SERVICE_NAME}; every other service's is
 * {@code edge-<service>-tg}, its rule {@code edge-<service>-<https|http>-rule} under the listener.
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
    /** Each service's target group, by service name, in the order given. */
    public final Map<String, Target> targets;

    /**
     * A service's target group as its ECS service and alarms see it.
     *
     * @param arn                       the target group's ARN, for the ECS service
     * @param arnSuffix                 its ARN suffix (CloudWatch's {@code TargetGroup} dimension)
     * @param requestCountResourceLabel {@code <alb arn suffix>/<target group arn suffix>}: CloudWatch's label for requests per target
     * @param attachments               what attaches it to the ALB (listeners, and its rule); ECS rejects a service
     *                                  whose target group has no load balancer yet
     */
    public record Target(Output<String> arn, Output<String> arnSuffix, Output<String> requestCountResourceLabel,
                         List<Resource> attachments) {
    }

    public LoadBalancer(String name, LoadBalancerArgs args, ComponentResourceOptions options) {
        super("ecs-platform:edge:LoadBalancer", name, options);

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

        var targetGroups = new LinkedHashMap<String, TargetGroup>();
        for (var service : args.services()) {
            targetGroups.put(service.service(), targetGroup(service, args));
        }
        var fallback = args.services().stream().filter(ServiceTarget::isDefault).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no default service: the listeners need one to forward to"));
        var forward = ListenerDefaultActionArgs.builder().type("forward")
                .targetGroupArn(targetGroups.get(fallback.service()).arn()).build();
        var attached = new ArrayList<Resource>();
        var httpsListener = args.certificateArn().map(certificateArn -> new Listener(child("https"), ListenerArgs.builder()
                .loadBalancerArn(alb.arn())
                .port(443)
                .protocol("HTTPS")
                .sslPolicy(TLS_POLICY)
                .certificateArn(certificateArn)
                .defaultActions(forward)
                .build(), under(alb)));
        httpsListener.ifPresent(attached::add);
        boolean https = httpsListener.isPresent();
        var httpListener = new Listener(child("http"), ListenerArgs.builder()
                .loadBalancerArn(alb.arn())
                .port(80)
                .protocol("HTTP")
                .defaultActions(https ? redirectToHttps() : forward)
                .build(), under(alb));
        attached.add(httpListener);

        // Rules go where requests are served: on HTTPS, or on HTTP when there is no certificate (with one,
        // HTTP only redirects, so a rule there would bypass TLS).
        var serving = httpsListener.orElse(httpListener);
        String listenerRole = https ? "https" : "http";
        var rules = new HashMap<String, ListenerRule>();
        args.services().stream()
                .filter(service -> !service.isDefault())
                .sorted(Comparator.comparingInt(service -> service.routing().orElseThrow().priority()))
                .forEach(service -> rules.put(service.service(), listenerRule(service, args.namePrefix(), listenerRole, serving,
                        targetGroups.get(service.service()))));

        var targetsByService = new LinkedHashMap<String, Target>();
        targetGroups.forEach((service, group) -> {
            // Every target group is attached to the ALB only once the listeners (and its rule) exist.
            var attachments = new ArrayList<Resource>(attached);
            if (rules.containsKey(service)) {
                attachments.add(rules.get(service));
            }
            targetsByService.put(service, new Target(group.arn(), group.arnSuffix(),
                    Output.format("%s/%s", alb.arnSuffix(), group.arnSuffix()), List.copyOf(attachments)));
        });
        targets = Collections.unmodifiableMap(targetsByService);

        dnsName = alb.dnsName();
        zoneId = alb.zoneId();
        arnSuffix = alb.arnSuffix();

        var outputs = new HashMap<String, Output<?>>();
        outputs.put("dnsName", dnsName);
        outputs.put("targetGroupArn", targets.get(fallback.service()).arn());
        registerOutputs(outputs);
    }

    private TargetGroup targetGroup(ServiceTarget service, LoadBalancerArgs args) {
        var timing = args.timing();
        return new TargetGroup(child(StackConfig.serviceQualifier(service.service()) + "tg"), TargetGroupArgs.builder()
                .vpcId(args.vpcId())
                .targetType("instance")
                .protocol("HTTP")
                .port(service.port())
                .deregistrationDelay(timing.deregistrationDelaySeconds())
                .healthCheck(TargetGroupHealthCheckArgs.builder()
                        .enabled(true)
                        .protocol("HTTP")
                        .port("traffic-port")
                        .path(service.healthCheckPath())
                        .matcher(HEALTHY_STATUS_CODES)
                        .interval(timing.intervalSeconds())
                        .timeout(timing.timeoutSeconds())
                        .healthyThreshold(timing.healthyThreshold())
                        .unhealthyThreshold(timing.unhealthyThreshold())
                        .build())
                // ecs-platform-prod for web, ecs-platform-prod-api for api
                .tags(nameTag((args.namePrefix() + "-" + StackConfig.serviceQualifier(service.service())).replaceFirst("-$", "")))
                .build(), childOptions());
    }

    /**
     * A routed service's rule: forward to its target group when the host header and the path match (each
     * condition any of its values; a condition left out matches anything).
     */
    private ListenerRule listenerRule(ServiceTarget service, String namePrefix, String listenerRole, Listener listener, TargetGroup targetGroup) {
        RoutingConfig routing = service.routing().orElseThrow();
        var conditions = new ArrayList<ListenerRuleConditionArgs>();
        if (!routing.hostHeaders().isEmpty()) {
            conditions.add(ListenerRuleConditionArgs.builder()
                    .hostHeader(ListenerRuleConditionHostHeaderArgs.builder().values(routing.hostHeaders()).build())
                    .build());
        }
        if (!routing.pathPatterns().isEmpty()) {
            conditions.add(ListenerRuleConditionArgs.builder()
                    .pathPattern(ListenerRuleConditionPathPatternArgs.builder().values(routing.pathPatterns()).build())
                    .build());
        }
        return new ListenerRule(child(service.service() + "-" + listenerRole + "-rule"), ListenerRuleArgs.builder()
                .listenerArn(listener.arn())
                .priority(routing.priority())
                .actions(ListenerRuleActionArgs.builder().type("forward").targetGroupArn(targetGroup.arn()).build())
                .conditions(conditions)
                .tags(nameTag(namePrefix + "-" + service.service()))
                .build(), under(listener));
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
