package com.ecsplatform.observability;

import com.ecsplatform.config.StackConfig;
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
import com.pulumi.aws.cloudwatch.inputs.MetricAlarmMetricQueryArgs;
import com.pulumi.aws.cloudwatch.inputs.MetricAlarmMetricQueryMetricArgs;
import com.pulumi.aws.sns.Topic;
import com.pulumi.aws.sns.TopicArgs;
import com.pulumi.aws.sns.TopicPolicy;
import com.pulumi.aws.sns.TopicPolicyArgs;
import com.pulumi.aws.sns.TopicSubscription;
import com.pulumi.aws.sns.TopicSubscriptionArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import io.soabase.recordbuilder.core.RecordBuilder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 *
 * <p>A service that a schedule holds at zero tasks is empty on purpose, and the alarms that would read
 * that as an outage are written not to page while it is ({@code alb-5xx} and {@code tasks-below-minimum},
 * see {@link #loadBalancer5xx} and {@link #tasksBelowMinimum}). The others are
 * quiet on their own: with no task there are no targets (UnHealthyHostCount is 0), no target
 * responses, and no CPU or memory datapoints, which {@code treatMissingData: notBreaching} ignores.
 */
public final class Alarms extends PlatformComponent {

    private static final int MINUTE = 60;
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    /** The topic alarms publish to; subscribe more endpoints to it. */
    public final Output<String> topicArn;
    /** Per service (by its name in the stack): the alarms its deployments are rolled back on, by name. */
    public final Map<String, Output<List<String>>> deploymentAlarmNames;

    /** How a minute's datapoints are aggregated. */
    enum Statistic {
        SUM("Sum"), MAXIMUM("Maximum"), MINIMUM("Minimum"), AVERAGE("Average"), P99("p99");

        private final String cloudWatchName;

        Statistic(String cloudWatchName) {
            this.cloudWatchName = cloudWatchName;
        }

        boolean isPercentile() {
            return this == P99;
        }
    }

    /**
     * One alarm's definition. Dimensions are CloudWatch's names for the resources measured. With a
     * {@code formula}, the alarm compares that CloudWatch metric math expression instead of the metric:
     * the formula calls the metric {@code m}, and may use the service's {@code running} and
     * {@code desired} task counts (Container Insights, carried over a missing minute with
     * {@code FILL(…, REPEAT)}).
     */
    @RecordBuilder
    @RecordBuilder.Options(emptyDefaultForOptional = true)
    record AlarmSpec(String role, String description, String namespace, String metricName, Statistic statistic,
                             Output<Map<String, String>> dimensions, String comparison, double threshold,
                             int evaluationMinutes, int datapointsToAlarm, Watch watch, Optional<String> formula) {

        /** Named construction of an {@link AlarmSpec}. */
        static AlarmsAlarmSpecBuilder builder() {
            return AlarmsAlarmSpecBuilder.builder();
        }
    }

    /** Whether an alarm also stops and rolls back the service's deployments. */
    enum Watch { ALWAYS, ALSO_DEPLOYMENTS }
    /** Container Insights' task counts of the service, as the formulas name them. */
    private static final Map<String, String> TASK_COUNTS = new TreeMap<>(Map.of(
            "running", "RunningTaskCount",
            "desired", "DesiredTaskCount"));
    private static final String CONTAINER_INSIGHTS = "ECS/ContainerInsights";
    /**
     * How long a task may take to run after a schedule wakes the service from zero: with no instance
     * left, the capacity provider first launches one (managed scaling's one-minute alarm, the instance's
     * boot and agent registration), then the task is placed and its image pulled.
     */
    static final int WAKE_UP_MINUTES = 10;

    public Alarms(String name, AlarmsArgs args, ComponentResourceOptions options) {
        super("ecs-platform:observability:Alarms", name, options);

        var topic = new Topic(child("topic"), TopicArgs.builder()
                .displayName(args.namePrefix() + " alarms")
                .tags(nameTag(args.namePrefix() + "-alarms"))
                .build(), childOptions());
        topicArn = topic.arn();
        args.alarmEmail().ifPresent(email -> new TopicSubscription(child("email"), TopicSubscriptionArgs.builder()
                .topic(topic.arn())
                .protocol("email")
                .endpoint(SecretInputs.of(args.alarmEmailSecret(), email))
                .build(), under(topic)));

        var loadBalancer = args.loadBalancerArnSuffix().applyValue(suffix -> dimensions("LoadBalancer", suffix));
        var fallback = args.services().stream().filter(ServiceWatch::isDefault).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no default service"));
        alarm(loadBalancer5xx(fallback, loadBalancer), topic, args.namePrefix(), serviceDimensions(args, fallback));

        var deploymentAlarms = new LinkedHashMap<String, Output<List<String>>>();
        var deploymentFailedRules = new ArrayList<EventRule>();
        for (var watched : args.services()) {
            deploymentAlarms.put(watched.service(), serviceAlarms(args, watched, topic));
            deploymentFailedRules.add(failedDeployments(topic, args, watched));
        }
        deploymentAlarmNames = Collections.unmodifiableMap(deploymentAlarms);
        allowPublishing(topic, deploymentFailedRules, args.accountId());

        registerOutputs(Map.of("topicArn", topicArn, "deploymentAlarmNames", deploymentAlarmNames.get(fallback.service())));
    }

    private static Output<Map<String, String>> serviceDimensions(AlarmsArgs args, ServiceWatch watched) {
        return args.clusterName().applyValue(cluster -> dimensions("ClusterName", cluster, "ServiceName", watched.serviceName()));
    }

    /** One service's alarms; returns the names of those that also roll back its deployments. */
    private Output<List<String>> serviceAlarms(AlarmsArgs args, ServiceWatch watched, Topic topic) {
        String q = StackConfig.serviceQualifier(watched.service());
        var targetGroup = Output.tuple(args.loadBalancerArnSuffix(), watched.targetGroupArnSuffix())
                .applyValue(pair -> dimensions("LoadBalancer", pair.t1, "TargetGroup", pair.t2));
        var service = serviceDimensions(args, watched);
        var specs = List.of(
                AlarmSpec.builder()
                        .role(q + "target-5xx")
                        .description("The application answers 5xx")
                        .namespace("AWS/ApplicationELB").metricName("HTTPCode_Target_5XX_Count").statistic(Statistic.SUM)
                        .dimensions(targetGroup)
                        .comparison("GreaterThanOrEqualToThreshold").threshold(10)
                        .evaluationMinutes(5).datapointsToAlarm(3).watch(Watch.ALSO_DEPLOYMENTS)
                        .build(),
                AlarmSpec.builder()
                        .role(q + "unhealthy-targets")
                        .description("Tasks fail the load balancer's health check")
                        .namespace("AWS/ApplicationELB").metricName("UnHealthyHostCount").statistic(Statistic.MAXIMUM)
                        .dimensions(targetGroup)
                        .comparison("GreaterThanThreshold").threshold(0)
                        .evaluationMinutes(3).datapointsToAlarm(3).watch(Watch.ALSO_DEPLOYMENTS)
                        .build(),
                AlarmSpec.builder()
                        .role(q + "latency-p99")
                        .description("1 in 100 requests takes longer than 2 seconds")
                        .namespace("AWS/ApplicationELB").metricName("TargetResponseTime").statistic(Statistic.P99)
                        .dimensions(targetGroup)
                        .comparison("GreaterThanThreshold").threshold(2)
                        .evaluationMinutes(5).datapointsToAlarm(3).watch(Watch.ALWAYS)
                        .build(),
                tasksBelowMinimum(q, watched, service),
                AlarmSpec.builder()
                        .role(q + "cpu-high")
                        .description("Service CPU stays above 85 % although scaling should have added tasks")
                        .namespace("AWS/ECS").metricName("CPUUtilization").statistic(Statistic.AVERAGE)
                        .dimensions(service)
                        .comparison("GreaterThanThreshold").threshold(85)
                        .evaluationMinutes(10).datapointsToAlarm(8).watch(Watch.ALWAYS)
                        .build(),
                AlarmSpec.builder()
                        .role(q + "memory-high")
                        .description("Service memory stays above 85 %: tasks risk being killed out of memory")
                        .namespace("AWS/ECS").metricName("MemoryUtilization").statistic(Statistic.AVERAGE)
                        .dimensions(service)
                        .comparison("GreaterThanThreshold").threshold(85)
                        .evaluationMinutes(10).datapointsToAlarm(8).watch(Watch.ALWAYS)
                        .build());
        var deploymentAlarms = new ArrayList<Output<String>>();
        for (var spec : specs) {
            var alarm = alarm(spec, topic, args.namePrefix(), service);
            if (spec.watch() == Watch.ALSO_DEPLOYMENTS) {
                deploymentAlarms.add(alarm.name());
            }
        }
        return Output.all(deploymentAlarms);
    }

    /**
     * The load balancer answers 503 itself when no target is registered, which is exactly the state of
     * a service a schedule holds at zero. On such a stack the 5xx count only counts while a task runs:
     * with none running, the running-task alarm owns the outage (and is quiet when a schedule wants zero).
     */
    private static AlarmSpec loadBalancer5xx(ServiceWatch fallback, Output<Map<String, String>> loadBalancer) {
        var spec = AlarmSpec.builder()
                .role("alb-5xx")
                .description("The load balancer itself answers 5xx: no healthy target, or it is overloaded")
                .namespace("AWS/ApplicationELB").metricName("HTTPCode_ELB_5XX_Count").statistic(Statistic.SUM)
                .dimensions(loadBalancer)
                .comparison("GreaterThanOrEqualToThreshold").threshold(10)
                .evaluationMinutes(5).datapointsToAlarm(3).watch(Watch.ALWAYS)
                .build();
        if (!scheduledToZero(fallback)) {
            return spec;
        }
        return AlarmsAlarmSpecBuilder.builder(spec)
                .description(spec.description() + " (counted only while a task runs: a schedule may hold the service at zero)")
                .formula(Optional.of("IF(FILL(running, REPEAT) > 0, FILL(m, 0), 0)"))
                .build();
    }

    /**
     * Fewer running tasks than the auto scaling minimum is an incident. When a schedule lowers the
     * minimum (to zero at night, say), the configured minimum no longer holds: the alarm then compares
     * the running tasks with the smaller of the desired count and the configured minimum. Application
     * Auto Scaling keeps the desired count at or above the minimum in force, so this is the scheduled
     * minimum while a schedule holds (0 when it holds the service at zero, so nothing pages), and never
     * more than the configured one, so a scale-out in progress does not page either. After a wake-up from
     * zero a task may first wait for an instance, so the alarm waits {@value #WAKE_UP_MINUTES} minutes.
     */
    private static AlarmSpec tasksBelowMinimum(String q, ServiceWatch watched, Output<Map<String, String>> service) {
        int minimum = watched.minimumTasks();
        if (watched.scheduledMinimum() >= minimum) {
            return AlarmSpec.builder()
                    .role(q + "tasks-below-minimum")
                    .description("The service runs fewer tasks than its auto scaling minimum")
                    .namespace(CONTAINER_INSIGHTS).metricName("RunningTaskCount").statistic(Statistic.MINIMUM)
                    .dimensions(service)
                    .comparison("LessThanThreshold").threshold(minimum)
                    .evaluationMinutes(5).datapointsToAlarm(5).watch(Watch.ALWAYS)
                    .build();
        }
        int minutes = scheduledToZero(watched) ? WAKE_UP_MINUTES : 5;
        return AlarmSpec.builder()
                .role(q + "tasks-below-minimum")
                .description("The service runs fewer tasks than its auto scaling minimum (the scheduled minimum while a schedule lowers it)")
                .namespace(CONTAINER_INSIGHTS).metricName("RunningTaskCount").statistic(Statistic.MINIMUM)
                .dimensions(service)
                .comparison("GreaterThanThreshold").threshold(0)
                .evaluationMinutes(minutes).datapointsToAlarm(minutes).watch(Watch.ALWAYS)
                .formula(Optional.of("IF(FILL(desired, REPEAT) < " + minimum + ", FILL(desired, REPEAT), " + minimum
                        + ") - FILL(m, REPEAT)"))
                .build();
    }

    private static boolean scheduledToZero(ServiceWatch watched) {
        return watched.scheduledMinimum() == 0;
    }

    /**
     * A deployment the circuit breaker rolled back leaves the stack "successful"; ECS reports it as
     * an event, which EventBridge forwards to the topic.
     */
    private EventRule failedDeployments(Topic topic, AlarmsArgs args, ServiceWatch watched) {
        String q = StackConfig.serviceQualifier(watched.service());
        var rule = new EventRule(child(q + "deployment-failed"), EventRuleArgs.builder()
                .description("ECS rolled back a deployment of " + watched.serviceName())
                .eventPattern(serviceArn(args, watched).applyValue(serviceArn -> GSON.toJson(new TreeMap<>(Map.of(
                        "source", List.of("aws.ecs"),
                        "detail-type", List.of("ECS Deployment State Change"),
                        "resources", List.of(serviceArn),
                        "detail", Map.of("eventName", List.of("SERVICE_DEPLOYMENT_FAILED")))))))
                .tags(nameTag(args.namePrefix() + "-" + q + "deployment-failed"))
                .build(), childOptions());
        new EventTarget(child(q + "deployment-failed-target"), EventTargetArgs.builder()
                .rule(rule.name())
                .arn(topic.arn())
                .build(), under(rule));
        return rule;
    }

    /**
     * The service's ARN, known before the service exists: ECS's long ARN format, the only one for
     * services created since 2021 (ECS Developer Guide, "Amazon Resource Names (ARNs) and IDs").
     */
    private static Output<String> serviceArn(AlarmsArgs args, ServiceWatch watched) {
        return Output.tuple(args.accountId(), args.clusterName()).applyValue(refs ->
                "arn:aws:ecs:" + args.region() + ":" + refs.t1 + ":service/" + refs.t2 + "/" + watched.serviceName());
    }

    /**
     * The topic's publishers: this account's CloudWatch alarms and the failed-deployment rules (one rule's
     * ARN as a string, several as a list, so a stack with one service keeps its policy as it was).
     */
    private void allowPublishing(Topic topic, List<EventRule> deploymentFailed, Output<String> accountId) {
        Output<Object> ruleArns = Output.all(deploymentFailed.stream().map(EventRule::arn).toList())
                .applyValue(arns -> arns.size() == 1 ? arns.get(0) : List.copyOf(arns));
        new TopicPolicy(child("topic-policy"), TopicPolicyArgs.builder()
                .arn(topic.arn())
                .policy(Output.tuple(topic.arn(), ruleArns, accountId).applyValue(refs -> PolicyDocument.of(
                        new Statement("CloudWatchAlarmsPublish", "Allow", Map.of("Service", "cloudwatch.amazonaws.com"),
                                List.of("sns:Publish"), List.of(refs.t1),
                                Map.of("StringEquals", Map.of("aws:SourceAccount", refs.t3))),
                        new Statement("DeploymentEventsPublish", "Allow", Map.of("Service", "events.amazonaws.com"),
                                List.of("sns:Publish"), List.of(refs.t1),
                                Map.of("ArnEquals", Map.of("aws:SourceArn", refs.t2)))).toJson()))
                .build(), under(topic));
    }

    private MetricAlarm alarm(AlarmSpec spec, Topic topic, String namePrefix, Output<Map<String, String>> service) {
        var alarm = MetricAlarmArgs.builder()
                .name(namePrefix + "-" + spec.role())
                .alarmDescription(spec.description())
                .evaluationPeriods(spec.evaluationMinutes())
                .datapointsToAlarm(spec.datapointsToAlarm())
                .comparisonOperator(spec.comparison())
                .threshold(spec.threshold())
                // No requests or no tasks reporting yet is not an incident; the other alarms cover silence.
                .treatMissingData("notBreaching")
                .alarmActions(topic.arn().applyValue(List::of))
                .okActions(topic.arn().applyValue(List::of))
                .tags(nameTag(namePrefix + "-" + spec.role()));
        if (spec.formula().isPresent()) {
            alarm.metricQueries(metricQueries(spec, spec.formula().get(), service));
        } else {
            alarm.namespace(spec.namespace())
                    .metricName(spec.metricName())
                    .dimensions(spec.dimensions())
                    .period(MINUTE);
            if (spec.statistic().isPercentile()) {
                alarm.extendedStatistic(spec.statistic().cloudWatchName);
            } else {
                alarm.statistic(spec.statistic().cloudWatchName);
            }
        }
        return new MetricAlarm(child(spec.role()), alarm.build(), childOptions());
    }

    /**
     * The queries of a metric math alarm: the formula (the one query that returns data, what the alarm
     * compares), the spec's metric as {@code m}, and the task counts the formula names. Source: CloudWatch
     * User Guide, "Using math expressions with CloudWatch metrics" (IF, FILL with REPEAT) and "Create a
     * CloudWatch alarm based on a metric math expression" (every metric one period).
     */
    private static Output<List<MetricAlarmMetricQueryArgs>> metricQueries(AlarmSpec spec, String formula,
                                                                         Output<Map<String, String>> service) {
        return Output.tuple(spec.dimensions(), service).applyValue(dimensions -> {
            var queries = new ArrayList<MetricAlarmMetricQueryArgs>();
            queries.add(MetricAlarmMetricQueryArgs.builder()
                    .id("e")
                    .expression(formula)
                    .label(spec.description())
                    .returnData(true)
                    .build());
            queries.add(metricQuery("m", spec.namespace(), spec.metricName(), spec.statistic(), dimensions.t1));
            TASK_COUNTS.forEach((id, metricName) -> {
                if (formula.contains(id)) {
                    queries.add(metricQuery(id, CONTAINER_INSIGHTS, metricName,
                            id.equals("running") ? Statistic.MINIMUM : Statistic.MAXIMUM, dimensions.t2));
                }
            });
            return queries;
        });
    }

    private static MetricAlarmMetricQueryArgs metricQuery(String id, String namespace, String metricName,
                                                          Statistic statistic, Map<String, String> dimensions) {
        return MetricAlarmMetricQueryArgs.builder()
                .id(id)
                .returnData(false)
                .metric(MetricAlarmMetricQueryMetricArgs.builder()
                        .namespace(namespace)
                        .metricName(metricName)
                        .stat(statistic.cloudWatchName)
                        .dimensions(dimensions)
                        .period(MINUTE)
                        .build())
                .build();
    }

    private static Map<String, String> dimensions(String... namesAndValues) {
        var dimensions = new TreeMap<String, String>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            dimensions.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return dimensions;
    }
}
