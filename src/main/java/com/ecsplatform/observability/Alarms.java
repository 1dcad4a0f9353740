package com.ecsplatform.observability;

import com.ecsplatform.iam.PolicyDocument;
import com.ecsplatform.iam.PolicyDocument.Statement;
import com.ecsplatform.support.PlatformComponent;
import com.ecsplatform.support.SecretInputs;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.pulumi.aws.cloudwatch.EventRule;
import com.pulumi.aws.cloudwatch.EventRuleArgs;
import com.pulumi.aws.cloudwatch.EventTarget;
import com.pulumi.aws.cloudwatch.EventTargetArgs;
import com.pulumi.aws.cloudwatch.MetricAlarm;
import com.pulumi.aws.cloudwatch.MetricAlarmArgs;
import com.pulumi.aws.sns.Topic;
import com.pulumi.aws.sns.TopicArgs;
import com.pulumi.aws.sns.TopicPolicy;
import com.pulumi.aws.sns.TopicPolicyArgs;
import com.pulumi.aws.sns.TopicSubscription;
import com.pulumi.aws.sns.TopicSubscriptionArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What pages the on-call engineer: an SNS topic (mailed to {@code alarmEmail} when set) and the
 * alarms that mean users are hurting or about to be: load balancer and application 5xx, unhealthy
 * targets, slow responses, a service running fewer tasks than its minimum, and CPU or memory
 * pressure that scaling has not absorbed. Every alarm also reports its recovery, and a deployment
 * the circuit breaker rolled back is reported too.
 *
 * <p>The alarms on the load balancer's view of the new tasks (target 5xx, unhealthy targets) are also
 * the service's deployment alarms: ECS watches them during a deployment and rolls back when one goes
 * off, which catches a release that starts and passes health checks at first but then fails (ECS
 * Developer Guide, "How CloudWatch alarms detect Amazon ECS deployment failures"). So this component
 * is created before the service, naming the service by its fixed name.
 */
public final class Alarms extends PlatformComponent {

    private static final int MINUTE = 60;
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    /** The topic alarms publish to; subscribe more endpoints to it. */
    public final Output<String> topicArn;
    /** The alarms the ECS service's deployments are rolled back on, by name. */
    public final Output<List<String>> deploymentAlarmNames;

    /** How a minute's datapoints are aggregated. */
    private enum Statistic {
        SUM("Sum"), MAXIMUM("Maximum"), MINIMUM("Minimum"), AVERAGE("Average"), P99("p99");

        private final String cloudWatchName;

        Statistic(String cloudWatchName) {
            this.cloudWatchName = cloudWatchName;
        }

        boolean isPercentile() {
            return this == P99;
        }
    }

    /** One alarm's definition. Dimensions are CloudWatch's names for the resources measured. */
    private record AlarmSpec(String role, String description, String namespace, String metricName, Statistic statistic,
                             Output<Map<String, String>> dimensions, String comparison, double threshold,
                             int evaluationMinutes, int datapointsToAlarm, Watch watch) {
    }

    /** Whether an alarm also stops and rolls back the service's deployments. */
    private enum Watch { ALWAYS, ALSO_DEPLOYMENTS }

    public Alarms(String name, AlarmsArgs args, ComponentResourceOptions options) {
        super("ecs-platform:observability:Alarms", name, args.tags(), options);

        var topic = new Topic(child("topic"), TopicArgs.builder()
                .displayName(args.nameTagPrefix() + " alarms")
                .tags(tagsNamed(args.nameTagPrefix() + "-alarms"))
                .build(), childOptions());
        topicArn = topic.arn();
        args.alarmEmail().ifPresent(email -> new TopicSubscription(child("email"), TopicSubscriptionArgs.builder()
                .topic(topic.arn())
                .protocol("email")
                .endpoint(SecretInputs.of(args.alarmEmailSecret(), email))
                .build(), under(topic)));

        var loadBalancer = args.loadBalancerArnSuffix().applyValue(suffix -> dimensions("LoadBalancer", suffix));
        var targetGroup = Output.tuple(args.loadBalancerArnSuffix(), args.targetGroupArnSuffix())
                .applyValue(pair -> dimensions("LoadBalancer", pair.t1, "TargetGroup", pair.t2));
        var service = args.clusterName().applyValue(cluster -> dimensions("ClusterName", cluster, "ServiceName", args.serviceName()));

        var specs = List.of(
                new AlarmSpec("alb-5xx", "The load balancer itself answers 5xx: no healthy target, or it is overloaded",
                        "AWS/ApplicationELB", "HTTPCode_ELB_5XX_Count", Statistic.SUM, loadBalancer,
                        "GreaterThanOrEqualToThreshold", 10, 5, 3, Watch.ALWAYS),
                new AlarmSpec("target-5xx", "The application answers 5xx",
                        "AWS/ApplicationELB", "HTTPCode_Target_5XX_Count", Statistic.SUM, targetGroup,
                        "GreaterThanOrEqualToThreshold", 10, 5, 3, Watch.ALSO_DEPLOYMENTS),
                new AlarmSpec("unhealthy-targets", "Tasks fail the load balancer's health check",
                        "AWS/ApplicationELB", "UnHealthyHostCount", Statistic.MAXIMUM, targetGroup,
                        "GreaterThanThreshold", 0, 3, 3, Watch.ALSO_DEPLOYMENTS),
                new AlarmSpec("latency-p99", "1 in 100 requests takes longer than 2 seconds",
                        "AWS/ApplicationELB", "TargetResponseTime", Statistic.P99, targetGroup,
                        "GreaterThanThreshold", 2, 5, 3, Watch.ALWAYS),
                new AlarmSpec("tasks-below-minimum", "The service runs fewer tasks than its auto scaling minimum",
                        "ECS/ContainerInsights", "RunningTaskCount", Statistic.MINIMUM, service,
                        "LessThanThreshold", args.minimumTasks(), 5, 5, Watch.ALWAYS),
                new AlarmSpec("cpu-high", "Service CPU stays above 85 % although scaling should have added tasks",
                        "AWS/ECS", "CPUUtilization", Statistic.AVERAGE, service,
                        "GreaterThanThreshold", 85, 10, 8, Watch.ALWAYS),
                new AlarmSpec("memory-high", "Service memory stays above 85 %: tasks risk being killed out of memory",
                        "AWS/ECS", "MemoryUtilization", Statistic.AVERAGE, service,
                        "GreaterThanThreshold", 85, 10, 8, Watch.ALWAYS));
        var deploymentAlarms = new ArrayList<Output<String>>();
        for (var spec : specs) {
            var alarm = alarm(spec, topic, args.nameTagPrefix());
            if (spec.watch() == Watch.ALSO_DEPLOYMENTS) {
                deploymentAlarms.add(alarm.name());
            }
        }
        deploymentAlarmNames = Output.all(deploymentAlarms);
        var deploymentFailed = failedDeployments(topic, args);
        allowPublishing(topic, deploymentFailed, args.accountId());

        registerOutputs(Map.of("topicArn", topicArn, "deploymentAlarmNames", deploymentAlarmNames));
    }

    /**
     * A deployment the circuit breaker rolled back leaves the stack "successful"; ECS reports it as
     * an event, which EventBridge forwards to the topic.
     */
    private EventRule failedDeployments(Topic topic, AlarmsArgs args) {
        var rule = new EventRule(child("deployment-failed"), EventRuleArgs.builder()
                .description("ECS rolled back a deployment of " + args.nameTagPrefix() + "-web")
                .eventPattern(serviceArn(args).applyValue(serviceArn -> GSON.toJson(new TreeMap<>(Map.of(
                        "source", List.of("aws.ecs"),
                        "detail-type", List.of("ECS Deployment State Change"),
                        "resources", List.of(serviceArn),
                        "detail", Map.of("eventName", List.of("SERVICE_DEPLOYMENT_FAILED")))))))
                .tags(tagsNamed(args.nameTagPrefix() + "-deployment-failed"))
                .build(), childOptions());
        new EventTarget(child("deployment-failed-target"), EventTargetArgs.builder()
                .rule(rule.name())
                .arn(topic.arn())
                .build(), under(rule));
        return rule;
    }

    /**
     * The service's ARN, known before the service exists: ECS's long ARN format, the only one for
     * services created since 2021 (ECS Developer Guide, "Amazon Resource Names (ARNs) and IDs").
     */
    private static Output<String> serviceArn(AlarmsArgs args) {
        return Output.tuple(args.accountId(), args.clusterName()).applyValue(refs ->
                "arn:aws:ecs:" + args.region() + ":" + refs.t1 + ":service/" + refs.t2 + "/" + args.serviceName());
    }

    /** The topic's publishers: this account's CloudWatch alarms and the failed-deployment rule. */
    private void allowPublishing(Topic topic, EventRule deploymentFailed, Output<String> accountId) {
        new TopicPolicy(child("topic-policy"), TopicPolicyArgs.builder()
                .arn(topic.arn())
                .policy(Output.tuple(topic.arn(), deploymentFailed.arn(), accountId).applyValue(refs -> PolicyDocument.of(
                        new Statement("CloudWatchAlarmsPublish", "Allow", Map.of("Service", "cloudwatch.amazonaws.com"),
                                List.of("sns:Publish"), List.of(refs.t1),
                                Map.of("StringEquals", Map.of("aws:SourceAccount", refs.t3))),
                        new Statement("DeploymentEventsPublish", "Allow", Map.of("Service", "events.amazonaws.com"),
                                List.of("sns:Publish"), List.of(refs.t1),
                                Map.of("ArnEquals", Map.of("aws:SourceArn", refs.t2)))).toJson()))
                .build(), under(topic));
    }

    private MetricAlarm alarm(AlarmSpec spec, Topic topic, String nameTagPrefix) {
        var alarm = MetricAlarmArgs.builder()
                .name(nameTagPrefix + "-" + spec.role())
                .alarmDescription(spec.description())
                .namespace(spec.namespace())
                .metricName(spec.metricName())
                .dimensions(spec.dimensions())
                .period(MINUTE)
                .evaluationPeriods(spec.evaluationMinutes())
                .datapointsToAlarm(spec.datapointsToAlarm())
                .comparisonOperator(spec.comparison())
                .threshold(spec.threshold())
                // No requests or no tasks reporting yet is not an incident; the other alarms cover silence.
                .treatMissingData("notBreaching")
                .alarmActions(topic.arn().applyValue(List::of))
                .okActions(topic.arn().applyValue(List::of))
                .tags(tagsNamed(nameTagPrefix + "-" + spec.role()));
        if (spec.statistic().isPercentile()) {
            alarm.extendedStatistic(spec.statistic().cloudWatchName);
        } else {
            alarm.statistic(spec.statistic().cloudWatchName);
        }
        return new MetricAlarm(child(spec.role()), alarm.build(), childOptions());
    }

    private static Map<String, String> dimensions(String... namesAndValues) {
        var dimensions = new TreeMap<String, String>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            dimensions.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return dimensions;
    }
}
