package com.ecsplatform.config;

import com.ecsplatform.aws.ScheduleExpression;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code ecs-platform:service.schedules} from the validated tree, and what the schema cannot say of
 * them, in Application Auto Scaling's rules (API reference, {@code PutScheduledAction}): an expression
 * it parses, a known time zone, real instants in order, unique names, and counts within the service's.
 */
final class ScheduleRules {

    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    private ScheduleRules() {
    }

    /**
     * The schedules, each with its counts resolved: a count left out is the service's own.
     *
     * @param serviceMin    the service's {@code minCount}
     * @param serviceMax    the service's {@code maxCount}, the ceiling of every schedule
     * @param countsTrusted whether the service's counts are valid, so that comparing with them means something
     */
    static List<ScheduleConfig> read(Fields service, int serviceMin, int serviceMax, boolean countsTrusted) {
        Problems problems = service.problems();
        List<ScheduleConfig> schedules = new ArrayList<>();
        Map<String, String> firstEntry = new HashMap<>();
        for (Fields entry : service.objects("schedules")) {
            Optional<String> name = entry.text("name");
            Optional<String> schedule = entry.text("schedule");
            Optional<String> timezone = entry.text("timezone");
            schedule.flatMap(expression -> ScheduleExpression.problem(expression, problems.quote(entry.path("schedule"), expression)))
                    .ifPresent(message -> problems.add(entry.path("schedule"), message));
            timezone.filter(zone -> !ZONES.contains(zone)).ifPresent(zone -> {
                String shown = problems.quote(entry.path("timezone"), zone);
                Optional<String> match = ZONES.stream().filter(known -> known.equalsIgnoreCase(zone)).findFirst()
                        .or(() -> Suggestions.closest(zone, ZONES));
                problems.add(entry.path("timezone"), shown + " is not an IANA time zone name (like Asia/Seoul, Europe/Berlin"
                        + " or UTC)" + Suggestions.didYouMean(shown, match));
            });
            Optional<Integer> givenMin = entry.integer("minCount");
            Optional<Integer> givenMax = entry.integer("maxCount");
            int minCount = givenMin.orElse(serviceMin);
            int maxCount = givenMax.orElse(serviceMax);
            Optional<OffsetDateTime> start = instant(entry, "startTime");
            Optional<OffsetDateTime> end = instant(entry, "endTime");
            // A count left out is the service's own; when those are invalid, the service already says so.
            if (countsTrusted || (givenMin.isPresent() && givenMax.isPresent())) {
                checkCounts(entry, minCount, maxCount, serviceMax, countsTrusted);
            }
            if (start.isPresent() && end.isPresent() && !end.get().isAfter(start.get())) {
                problems.add(entry.path("endTime"), "must be after startTime");
            }
            if (name.isPresent() && schedule.isPresent() && timezone.isPresent()) {
                String earlier = firstEntry.putIfAbsent(name.get(), entry.key().substring(service.key().length() + 1));
                if (earlier != null) {
                    problems.add(entry.path("name"), problems.quote(entry.path("name"), name.get()) + " is also the name of "
                            + earlier + "; scheduled actions of one service need unique names");
                }
                schedules.add(ScheduleConfig.builder().name(name.get()).schedule(schedule.get()).timezone(timezone.get())
                        .minCount(minCount).maxCount(maxCount)
                        .startTime(start.isPresent() ? entry.text("startTime") : Optional.empty())
                        .endTime(end.isPresent() ? entry.text("endTime") : Optional.empty())
                        .belowProdFloor(entry.bool("belowProdFloor").orElse(false))
                        .build());
            }
        }
        return schedules;
    }

    /**
     * Target tracking needs a running task to measure: with a minimum of 0 and a maximum above it, it
     * can scale the service in to zero, and then no CPU or request metric is left to scale it out again
     * until the next schedule. So a schedule either holds the service at zero (0/0) or keeps a task.
     */
    private static void checkCounts(Fields entry, int minCount, int maxCount, int serviceMax, boolean countsTrusted) {
        Problems problems = entry.problems();
        String min = entry.path("minCount");
        String max = entry.path("maxCount");
        if (problems.has(min, max)) {
            return;
        }
        if (minCount > maxCount) {
            problems.add(min, problems.show(min, minCount) + " is greater than maxCount " + problems.show(max, maxCount)
                    + "; lower minCount or raise maxCount");
        } else if (minCount == 0 && maxCount > 0) {
            problems.add(min, "is 0 while maxCount is " + maxCount + ": target tracking could scale the service in"
                    + " to zero tasks, and with no task left to measure nothing scales it out again; use minCount 0 with"
                    + " maxCount 0 to hold it at zero, or minCount 1 or more");
        }
        if (countsTrusted && maxCount > serviceMax) {
            problems.add(max, problems.show(max, maxCount) + " is above service.maxCount " + serviceMax
                    + "; schedules move the bounds within the service's limits: raise service.maxCount (and the cluster's"
                    + " maxSize with it) to allow more tasks");
        }
    }

    /**
     * An RFC 3339 date and time, seconds and offset included (the schema's pattern): the provider parses
     * {@code startTime} and {@code endTime} with Go's {@code time.RFC3339} (terraform-provider-aws,
     * {@code internal/service/appautoscaling/scheduled_action.go}, {@code validation.IsRFC3339Time}), which
     * needs both, while Java's ISO parser would also take {@code 2026-12-01T00:00Z}. Here: a real date.
     */
    private static Optional<OffsetDateTime> instant(Fields entry, String field) {
        return entry.text(field).flatMap(text -> {
            try {
                return Optional.of(OffsetDateTime.parse(text));
            } catch (DateTimeParseException noSuchDate) {
                entry.problems().add(entry.path(field), entry.problems().quote(entry.path(field), text)
                        + " is not an RFC 3339 date and time with an offset, like 2026-12-01T00:00:00Z or 2026-12-01T09:00:00+09:00");
                return Optional.empty();
            }
        });
    }

    /**
     * The rules that need the whole stack: the prod floor, and the cluster minimum a zero-task schedule
     * needs. Each is skipped when one of its keys is already invalid.
     *
     * @param prodFloor the fewest tasks prod may run ({@link ProdRules}), or empty outside prod
     */
    static void checkAgainstStack(StackConfig config, Optional<Integer> prodFloor, Problems problems) {
        config.services().forEach((name, service) ->
                checkAgainstStack(config, config.serviceKey(name), service.schedules(), prodFloor, problems));
    }

    private static void checkAgainstStack(StackConfig config, String serviceKey, List<ScheduleConfig> schedules,
                                          Optional<Integer> prodFloor, Problems problems) {
        String cluster = StackConfigLoader.key("cluster");
        for (int i = 0; i < schedules.size(); i++) {
            ScheduleConfig schedule = schedules.get(i);
            String prefix = StackConfigLoader.key(serviceKey + ".schedules[" + i + "].");
            if (problems.has(prefix + "minCount", prefix + "maxCount", prefix + "belowProdFloor")) {
                continue;
            }
            if (prodFloor.isPresent() && schedule.minCount() < prodFloor.get() && !schedule.belowProdFloor()) {
                problems.add(prefix + "minCount", "prod keeps a task in every AZ: " + schedule.minCount()
                        + " is below the prod floor of " + prodFloor.get() + " tasks; raise it, or set belowProdFloor: true"
                        + " on this schedule to accept losing an AZ's capacity while it holds");
            }
            if (schedule.holdsAtZero() && !problems.has(cluster) && config.cluster().minSize() > 0) {
                problems.add(prefix + "maxCount", "holds the service at zero tasks, but cluster.minSize is "
                        + config.cluster().minSize() + ", so instances would keep running (and costing) with nothing on"
                        + " them; set cluster.minSize: 0 so the capacity provider can scale the instances to zero too");
            }
        }
    }
}
