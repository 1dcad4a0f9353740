package com.ecsplatform.config;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of {@code ecs-platform:service.schedules}: an Application Auto Scaling scheduled action
 * that, when its schedule fires, sets the service's task-count bounds; target tracking keeps working
 * inside them until the next schedule fires.
 *
 * @param name           the scheduled action's name, unique within the service
 * @param schedule       {@code cron(…)} (six fields), {@code rate(…)} or {@code at(…)}, in Application Auto Scaling's syntax
 * @param timezone       IANA time zone the schedule (and an {@code at(…)} time) is read in, like {@code Asia/Seoul}
 * @param minCount       the auto scaling minimum from then on; left out: the service's {@code minCount}
 * @param maxCount       the auto scaling maximum from then on; left out: the service's {@code maxCount}
 * @param startTime      optional RFC 3339 instant before which the schedule does not fire
 * @param endTime        optional RFC 3339 instant after which the schedule no longer fires
 * @param belowProdFloor in prod, the explicit consent to a minimum below the prod floor
 */
@RecordBuilder
@RecordBuilder.Options(emptyDefaultForOptional = true, useImmutableCollections = true)
public record ScheduleConfig(
        String name,
        String schedule,
        String timezone,
        int minCount,
        int maxCount,
        Optional<String> startTime,
        Optional<String> endTime,
        boolean belowProdFloor) {

    public ScheduleConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(timezone, "timezone");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(endTime, "endTime");
    }

    /** Whether this schedule holds the service at zero tasks. */
    public boolean holdsAtZero() {
        return maxCount == 0;
    }

    /** Named construction of a {@link ScheduleConfig}. */
    public static ScheduleConfigBuilder builder() {
        return ScheduleConfigBuilder.builder();
    }

    /** A builder starting from this configuration. */
    public ScheduleConfigBuilder toBuilder() {
        return ScheduleConfigBuilder.builder(this);
    }
}
