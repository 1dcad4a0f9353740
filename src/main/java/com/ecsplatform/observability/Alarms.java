package com.ecsplatform.observability;

import com.ecsplatform.support.PlatformComponent;
import com.pulumi.aws.cloudwatch.MetricAlarm;
import com.pulumi.aws.cloudwatch.MetricAlarmArgs;
import com.pulumi.aws.sns.Topic;
import com.pulumi.aws.sns.TopicArgs;
import com.pulumi.aws.sns.TopicSubscription;
import com.pulumi.aws.sns.TopicSubscriptionArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What pages the on-call engineer: an SNS topic (mailed to {@code alarmEmail} when set) and the
 * alarms that mean users are hurting or about to be: load balancer and application 5xx, unhealthy
 * targets, slow responses, a service running fewer tasks than its minimum, and CPU or memory
 * pressure that scaling has not absorbed. Every alarm also reports its recovery.
 */
public final class Alarms extends PlatformComponent {

    private static final int MINUTE = 60;

    /** The topic alarms publish to; subscribe more endpoints to it. */
    public final Output<String> topicArn;

    /** One alarm's definition. Dimensions are CloudWatch's names for the resources measured. */
    private record AlarmSpec(String role, String description, String namespace, String metricName, String statistic,
                             Output<Map<String, String>> dimensions, String comparison, double threshold,
                             int evaluationMinutes, int datapointsToAlarm, String treatMissingData) {
    }

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
                .endpoint(email)
                .build(), under(topic)));

        var loadBalancer = args.loadBalancerArnSuffix().applyValue(suffix -> dimensions("LoadBalancer", suffix));
        var targetGroup = Output.tuple(args.loadBalancerArnSuffix(), args.targetGroupArnSuffix())
                .applyValue(pair -> dimensions("LoadBalancer", pair.t1, "TargetGroup", pair.t2));
        var service = Output.tuple(args.clusterName(), args.serviceName())
                .applyValue(pair -> dimensions("ClusterName", pair.t1, "ServiceName", pair.t2));

        var specs = List.of(
                new AlarmSpec("alb-5xx", "The load balancer itself answers 5xx: no healthy target, or it is overloaded",
                        "AWS/ApplicationELB", "HTTPCode_ELB_5XX_Count", "Sum", loadBalancer,
                        "GreaterThanOrEqualToThreshold", 10, 5, 3, "notBreaching"),
                new AlarmSpec("target-5xx", "The application answers 5xx",
                        "AWS/ApplicationELB", "HTTPCode_Target_5XX_Count", "Sum", targetGroup,
                        "GreaterThanOrEqualToThreshold", 10, 5, 3, "notBreaching"),
                new AlarmSpec("unhealthy-targets", "Tasks fail the load balancer's health check",
                        "AWS/ApplicationELB", "UnHealthyHostCount", "Maximum", targetGroup,
                        "GreaterThanThreshold", 0, 3, 3, "notBreaching"),
                new AlarmSpec("latency-p99", "1 in 100 requests takes longer than 2 seconds",
                        "AWS/ApplicationELB", "TargetResponseTime", "p99", targetGroup,
                        "GreaterThanThreshold", 2, 5, 3, "notBreaching"),
                new AlarmSpec("tasks-below-minimum", "The service runs fewer tasks than its auto scaling minimum",
                        "ECS/ContainerInsights", "RunningTaskCount", "Minimum", service,
                        "LessThanThreshold", args.minimumTasks(), 5, 5, "breaching"),
                new AlarmSpec("cpu-high", "Service CPU stays above 85 % although scaling should have added tasks",
                        "AWS/ECS", "CPUUtilization", "Average", service,
                        "GreaterThanThreshold", 85, 10, 8, "notBreaching"),
                new AlarmSpec("memory-high", "Service memory stays above 85 %: tasks risk being killed out of memory",
                        "AWS/ECS", "MemoryUtilization", "Average", service,
                        "GreaterThanThreshold", 85, 10, 8, "notBreaching"));
        specs.forEach(spec -> alarm(spec, topic, args.nameTagPrefix()));

        registerOutputs(Map.of("topicArn", topicArn));
    }

    private void alarm(AlarmSpec spec, Topic topic, String nameTagPrefix) {
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
                .treatMissingData(spec.treatMissingData())
                .alarmActions(topic.arn().applyValue(List::of))
                .okActions(topic.arn().applyValue(List::of))
                .tags(tagsNamed(nameTagPrefix + "-" + spec.role()));
        if (spec.statistic().startsWith("p")) {
            alarm.extendedStatistic(spec.statistic());
        } else {
            alarm.statistic(spec.statistic());
        }
        new MetricAlarm(child(spec.role()), alarm.build(), childOptions());
    }

    private static Map<String, String> dimensions(String... namesAndValues) {
        var dimensions = new TreeMap<String, String>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            dimensions.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return dimensions;
    }
}
