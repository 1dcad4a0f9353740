package com.ecsplatform.observability;

import com.ecsplatform.iam.PolicyDocument;
import com.ecsplatform.synth.RegisteredResource;
import com.ecsplatform.testing.ConfigFixtures;
import com.ecsplatform.testing.Stacks;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

import static com.ecsplatform.testing.Inputs.at;
import static com.ecsplatform.testing.Inputs.has;
import static com.ecsplatform.testing.Inputs.string;
import static com.ecsplatform.testing.Inputs.stringMap;
import static com.ecsplatform.testing.Inputs.strings;
import static org.assertj.core.api.Assertions.assertThat;

class AlarmsStackTest {

    private static final String ALARM = "aws:cloudwatch/metricAlarm:MetricAlarm";

    @Test
    void onCallIsPagedForEverySymptomOfAnOutage() {
        assertThat(Stacks.prod().ofType(ALARM)).filteredOn(alarm -> alarm.name().startsWith("alarms-"))
                .extracting(RegisteredResource::name).containsExactlyInAnyOrder(
                "alarms-alb-5xx", "alarms-target-5xx", "alarms-unhealthy-targets", "alarms-latency-p99",
                "alarms-tasks-below-minimum", "alarms-cpu-high", "alarms-memory-high");
    }

    @Test
    void everyAlarmNotifiesTheTopicWhenItFires() {
        Stacks.prod().ofType(ALARM).forEach(alarm ->
                assertThat(strings(alarm, "alarmActions")).as(alarm.name()).containsExactly("${alarms-topic.arn}"));
    }

    @Test
    void everyAlarmNotifiesTheTopicWhenItRecovers() {
        Stacks.prod().ofType(ALARM).forEach(alarm ->
                assertThat(strings(alarm, "okActions")).as(alarm.name()).containsExactly("${alarms-topic.arn}"));
    }

    @Test
    void everyAlarmDescribesWhatItMeans() {
        Stacks.prod().ofType(ALARM).forEach(alarm ->
                assertThat(string(alarm, "alarmDescription")).as(alarm.name()).isNotBlank());
    }

    @Test
    void alarmsWatchThisStacksOwnResources() {
        var prod = Stacks.prod();

        assertThat(stringMap(prod.require("alarms-target-5xx"), "dimensions"))
                .containsEntry("LoadBalancer", "${edge-alb.arnSuffix}")
                .containsEntry("TargetGroup", "${edge-tg.arnSuffix}");
        assertThat(stringMap(prod.require("alarms-memory-high"), "dimensions"))
                .containsEntry("ClusterName", "${compute-cluster.name}")
                .containsEntry("ServiceName", "ecs-platform-prod-web");
    }

    @Test
    void theLatencyAlarmWatchesTheP99() {
        var prod = Stacks.prod();

        assertThat(string(prod.require("alarms-latency-p99"), "extendedStatistic")).isEqualTo("p99");
        assertThat(has(prod.require("alarms-latency-p99"), "statistic")).isFalse();
    }

    @Test
    void fewerRunningTasksThanTheScalingMinimumIsAnIncidentButANewStackWithoutMetricsIsNot() {
        var alarm = Stacks.prod().require("alarms-tasks-below-minimum");

        assertThat(string(alarm, "comparisonOperator")).isEqualTo("LessThanThreshold");
        assertThat(at(alarm, "threshold").getAsDouble()).isEqualTo(3.0);
        assertThat(string(alarm, "treatMissingData")).isEqualTo("notBreaching");
    }

    @Test
    void aDeploymentTheCircuitBreakerRolledBackIsReportedToTheTopic() {
        var prod = Stacks.prod();
        var rule = prod.require("alarms-deployment-failed");
        var pattern = JsonParser.parseString(string(rule, "eventPattern")).getAsJsonObject();

        assertThat(pattern.getAsJsonArray("resources").get(0).getAsString())
                .isEqualTo("arn:aws:ecs:ap-northeast-2:${lookup:accountId}:service/${compute-cluster.name}/ecs-platform-prod-web");
        assertThat(pattern.getAsJsonObject("detail").getAsJsonArray("eventName").get(0).getAsString())
                .isEqualTo("SERVICE_DEPLOYMENT_FAILED");
        assertThat(string(prod.require("alarms-deployment-failed-target"), "arn")).isEqualTo("${alarms-topic.arn}");
        var policy = PolicyDocument.fromJson(string(prod.require("alarms-topic-policy"), "policy"));
        assertThat(policy.statement()).anySatisfy(statement -> {
            assertThat(statement.principal()).containsEntry("Service", "events.amazonaws.com");
            assertThat(statement.condition().get("ArnEquals")).containsEntry("aws:SourceArn", "${alarms-deployment-failed.arn}");
        });
    }

    @Test
    void theTopicMailsTheConfiguredAddressOnly() {
        var subscription = Stacks.single(Stacks.prod(), "aws:sns/topicSubscription:TopicSubscription");

        assertThat(string(subscription, "protocol")).isEqualTo("email");
        assertThat(string(subscription, "endpoint")).isEqualTo(ConfigFixtures.ALARM_EMAIL);
        assertThat(Stacks.dev().ofType("aws:sns/topicSubscription:TopicSubscription")).isEmpty();
        assertThat(Stacks.dev().outputs()).containsKey("alarmTopicArn");
    }
}
