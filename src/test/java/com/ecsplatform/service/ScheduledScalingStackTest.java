package com.ecsplatform.service;

import com.ecsplatform.synth.RegisteredResource;
import com.ecsplatform.testing.ConfigFixtures;
import com.ecsplatform.testing.Stacks;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.ecsplatform.testing.ConfigFixtures.fields;
import static com.ecsplatform.testing.Inputs.integer;
import static com.ecsplatform.testing.Inputs.string;
import static org.assertj.core.api.Assertions.assertThat;

class ScheduledScalingStackTest {

    private static final String SCHEDULED_ACTION = "aws:appautoscaling/scheduledAction:ScheduledAction";

    @Test
    void devSleepsAtEightInTheEveningOnWeekdays() {
        var evening = Stacks.dev().require("web-schedule-evening");

        assertThat(string(evening, "schedule")).isEqualTo("cron(0 20 ? * MON-FRI *)");
        assertThat(string(evening, "timezone")).isEqualTo("Asia/Seoul");
        assertThat(integer(evening, "scalableTargetAction.minCapacity")).isZero();
        assertThat(integer(evening, "scalableTargetAction.maxCapacity")).isZero();
    }

    @Test
    void devWakesAtEightInTheMorningOnWeekdays() {
        var morning = Stacks.dev().require("web-schedule-morning");

        assertThat(string(morning, "schedule")).isEqualTo("cron(0 8 ? * MON-FRI *)");
        assertThat(integer(morning, "scalableTargetAction.minCapacity")).isEqualTo(1);
        assertThat(integer(morning, "scalableTargetAction.maxCapacity")).isEqualTo(2);
    }

    @Test
    void scheduledActionsActOnTheServicesScalableTarget() {
        var dev = Stacks.dev();
        var target = dev.require("web-scaling");

        dev.ofType(SCHEDULED_ACTION).forEach(action -> {
            assertThat(action.parent()).as(action.name()).isEqualTo(target.urn());
            assertThat(action.urn()).as(action.name()).contains("ecs-platform:service:EcsService");
            assertThat(string(action, "serviceNamespace")).isEqualTo("ecs");
            assertThat(string(action, "scalableDimension")).isEqualTo("ecs:service:DesiredCount");
            assertThat(string(action, "resourceId")).isEqualTo("service/${compute-cluster.name}/ecs-platform-dev-web");
        });
    }

    @Test
    void eachScheduleBecomesOneActionNamedAfterIt() {
        assertThat(Stacks.dev().ofType(SCHEDULED_ACTION))
                .extracting(RegisteredResource::name, action -> string(action, "name"))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("web-schedule-evening", "evening"),
                        org.assertj.core.groups.Tuple.tuple("web-schedule-morning", "morning"));
    }

    @Test
    void targetTrackingKeepsWorkingInsideTheScheduledBounds() {
        var dev = Stacks.dev();

        assertThat(string(dev.require("web-scaling-cpu"), "policyType")).isEqualTo("TargetTrackingScaling");
        assertThat(integer(dev.require("web-scaling"), "minCapacity")).isEqualTo(1);
        assertThat(integer(dev.require("web-scaling"), "maxCapacity")).isEqualTo(2);
    }

    @Test
    void anUpdateWhileTheServiceSleepsLeavesItsTaskCountAlone() {
        assertThat(Stacks.dev().require("web-service").options().ignoreChanges()).contains("desiredCount");
    }

    @Test
    void aRefreshWhileTheServiceSleepsKeepsTheScheduledBounds() {
        assertThat(Stacks.dev().require("web-scaling").options().ignoreChanges())
                .containsExactlyInAnyOrder("minCapacity", "maxCapacity");
    }

    @Test
    void withoutSchedulesTheProgramKeepsOwningTheScalingBounds() {
        assertThat(Stacks.prod().require("web-scaling").options().ignoreChanges()).isEmpty();
    }

    @Test
    void theDevClusterMayScaleItsInstancesToZero() {
        assertThat(integer(Stacks.single(Stacks.dev(), "aws:autoscaling/group:Group"), "minSize")).isZero();
    }

    @Test
    void theScheduleWindowBoundsTheScheduledAction() {
        var graph = Stacks.devWith(values -> ConfigFixtures.set(values, "ecs-platform:service.schedules", List.of(
                fields("name", "holidays", "schedule", "cron(0 0 ? * * *)", "timezone", "Asia/Seoul",
                        "minCount", 0, "maxCount", 0,
                        "startTime", "2026-12-24T00:00:00+09:00", "endTime", "2027-01-02T00:00:00+09:00"))));

        var holidays = graph.require("web-schedule-holidays");
        assertThat(string(holidays, "startTime")).isEqualTo("2026-12-24T00:00:00+09:00");
        assertThat(string(holidays, "endTime")).isEqualTo("2027-01-02T00:00:00+09:00");
    }

    @Test
    void prodHasNoScheduledActions() {
        assertThat(Stacks.prod().ofType(SCHEDULED_ACTION)).isEmpty();
    }
}
