package com.ecsplatform.observability;

import com.ecsplatform.synth.RegisteredResource;
import com.ecsplatform.testing.ConfigFixtures;
import com.ecsplatform.testing.Stacks;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.ecsplatform.testing.ConfigFixtures.fields;
import static com.ecsplatform.testing.Inputs.at;
import static com.ecsplatform.testing.Inputs.has;
import static com.ecsplatform.testing.Inputs.integer;
import static com.ecsplatform.testing.Inputs.string;
import static org.assertj.core.api.Assertions.assertThat;

/** The alarms of a service that schedules scale: an intentionally empty service pages nobody. */
class ScheduledAlarmsStackTest {

    /** The query of {@code alarm}'s metric math with {@code id}. */
    private static JsonObject query(RegisteredResource alarm, String id) {
        for (JsonElement query : at(alarm, "metricQueries").getAsJsonArray()) {
            if (query.getAsJsonObject().get("id").getAsString().equals(id)) {
                return query.getAsJsonObject();
            }
        }
        throw new AssertionError(alarm.name() + " has no query " + id);
    }

    private static String formula(RegisteredResource alarm) {
        JsonObject expression = query(alarm, "e");
        assertThat(expression.get("returnData").getAsBoolean()).isTrue();
        return expression.get("expression").getAsString();
    }

    @Test
    void theRunningTaskAlarmComparesWithTheMinimumInForceSoAServiceHeldAtZeroDoesNotPage() {
        var alarm = Stacks.dev().require("alarms-tasks-below-minimum");

        assertThat(formula(alarm)).isEqualTo("IF(FILL(desired, REPEAT) < 1, FILL(desired, REPEAT), 1) - FILL(m, REPEAT)");
        assertThat(string(alarm, "comparisonOperator")).isEqualTo("GreaterThanThreshold");
        assertThat(at(alarm, "threshold").getAsDouble()).isZero();
        assertThat(query(alarm, "desired").getAsJsonObject("metric").get("metricName").getAsString()).isEqualTo("DesiredTaskCount");
        assertThat(query(alarm, "m").getAsJsonObject("metric").get("metricName").getAsString()).isEqualTo("RunningTaskCount");
    }

    @Test
    void theRunningTaskAlarmGivesAWakeUpFromZeroTimeForAnInstanceToLaunch() {
        var alarm = Stacks.dev().require("alarms-tasks-below-minimum");

        assertThat(integer(alarm, "evaluationPeriods")).isEqualTo(Alarms.WAKE_UP_MINUTES);
        assertThat(integer(alarm, "datapointsToAlarm")).isEqualTo(Alarms.WAKE_UP_MINUTES);
    }

    @Test
    void loadBalancer503sWithNoTaskRunningDoNotPageWhereAScheduleHoldsTheServiceAtZero() {
        var alarm = Stacks.dev().require("alarms-alb-5xx");

        assertThat(formula(alarm)).isEqualTo("IF(FILL(running, REPEAT) > 0, FILL(m, 0), 0)");
        assertThat(query(alarm, "m").getAsJsonObject("metric").get("metricName").getAsString()).isEqualTo("HTTPCode_ELB_5XX_Count");
        assertThat(query(alarm, "running").getAsJsonObject("metric").getAsJsonObject("dimensions").get("ServiceName").getAsString())
                .isEqualTo("ecs-platform-dev-web");
        assertThat(has(alarm, "metricName")).isFalse();
    }

    @Test
    void everyQueryOfAMetricMathAlarmUsesTheAlarmsOneMinutePeriod() {
        var dev = Stacks.dev();
        for (String name : List.of("alarms-tasks-below-minimum", "alarms-alb-5xx")) {
            at(dev.require(name), "metricQueries").getAsJsonArray().forEach(query -> {
                JsonObject metric = query.getAsJsonObject().getAsJsonObject("metric");
                if (metric != null) {
                    assertThat(metric.get("period").getAsInt()).as(name).isEqualTo(60);
                }
            });
            assertThat(has(dev.require(name), "period")).as(name).isFalse();
        }
    }

    @Test
    void alarmsThatAreQuietOnAnEmptyServiceStayPlainMetricAlarms() {
        var dev = Stacks.dev();

        for (String name : List.of("alarms-unhealthy-targets", "alarms-target-5xx", "alarms-latency-p99",
                "alarms-cpu-high", "alarms-memory-high")) {
            assertThat(has(dev.require(name), "metricQueries")).as(name).isFalse();
            assertThat(string(dev.require(name), "treatMissingData")).as(name).isEqualTo("notBreaching");
        }
    }

    @Test
    void aStackWithoutSchedulesKeepsThePlainMinimumAlarm() {
        var alarm = Stacks.prod().require("alarms-tasks-below-minimum");

        assertThat(has(alarm, "metricQueries")).isFalse();
        assertThat(string(alarm, "metricName")).isEqualTo("RunningTaskCount");
        assertThat(has(Stacks.prod().require("alarms-alb-5xx"), "metricQueries")).isFalse();
    }

    @Test
    void aScheduleThatLowersTheMinimumWithoutReachingZeroFollowsItWithoutTheWakeUpWait() {
        var graph = Stacks.prodWith(values -> ConfigFixtures.set(values, "ecs-platform:service.schedules", List.of(
                fields("name", "night", "schedule", "cron(0 22 ? * * *)", "timezone", "Asia/Seoul",
                        "minCount", 2, "maxCount", 6, "belowProdFloor", true),
                fields("name", "day", "schedule", "cron(0 7 ? * * *)", "timezone", "Asia/Seoul"))));

        var tasks = graph.require("alarms-tasks-below-minimum");
        assertThat(formula(tasks)).isEqualTo("IF(FILL(desired, REPEAT) < 3, FILL(desired, REPEAT), 3) - FILL(m, REPEAT)");
        assertThat(integer(tasks, "evaluationPeriods")).isEqualTo(5);
        assertThat(has(graph.require("alarms-alb-5xx"), "metricQueries")).isFalse();
    }

    @Test
    void aPeakScheduleThatOnlyRaisesTheFloorChangesNoAlarm() {
        var graph = Stacks.prodWith(values -> ConfigFixtures.set(values, "ecs-platform:service.schedules", List.of(
                fields("name", "peak", "schedule", "cron(30 8 ? * MON-FRI *)", "timezone", "Asia/Seoul", "minCount", 6),
                fields("name", "after-peak", "schedule", "cron(0 11 ? * MON-FRI *)", "timezone", "Asia/Seoul"))));

        assertThat(has(graph.require("alarms-tasks-below-minimum"), "metricQueries")).isFalse();
        assertThat(at(graph.require("alarms-tasks-below-minimum"), "threshold").getAsDouble()).isEqualTo(3.0);
        assertThat(graph.ofType("aws:appautoscaling/scheduledAction:ScheduledAction")).hasSize(2);
    }
}
