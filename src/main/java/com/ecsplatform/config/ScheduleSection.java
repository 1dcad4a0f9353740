package com.ecsplatform.config;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code ecs-platform:service.schedules}: scheduled scaling of the service's task count, in
 * Application Auto Scaling's rules (API reference, {@code PutScheduledAction}).
 */
final class ScheduleSection {

    /** Application Auto Scaling's quota of scheduled actions per scalable target (Service Quotas, default 200). */
    static final int MAX_SCHEDULES = 200;
    /**
     * {@code ScheduledActionName}: 1-256 characters without {@code : / |} or control characters. The
     * name also names the Pulumi resource, so it is kept to letters, digits, {@code .}, {@code _} and {@code -}.
     */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();
    private static final Pattern RFC_3339 =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

    private ScheduleSection() {
    }

    /**
     * The schedules, each with its counts resolved: a count left out is the service's own.
     *
     * @param serviceMin the service's {@code minCount}
     * @param serviceMax the service's {@code maxCount}, the ceiling of every schedule
     * @param countsTrusted whether the service's counts are valid, so that comparing with them means something
     */
    static List<ScheduleConfig> read(ObjectReader service, int serviceMin, int serviceMax, boolean countsTrusted) {
        List<ObjectReader> entries = service.objects("schedules").orElse(List.of());
        if (entries.size() > MAX_SCHEDULES) {
            service.report("schedules", "has " + entries.size() + " schedules; Application Auto Scaling allows at most "
                    + MAX_SCHEDULES + " scheduled actions per scalable target");
        }
        List<ScheduleConfig> schedules = new ArrayList<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            ObjectReader entry = entries.get(i);
            Optional<ScheduleConfig> schedule = readOne(entry, serviceMin, serviceMax, countsTrusted);
            final int index = i;
            schedule.ifPresent(read -> {
                Integer earlier = firstIndex.putIfAbsent(read.name(), index);
                if (earlier != null) {
                    entry.report("name", entry.quote("name", read.name()) + " is also the name of schedules[" + earlier
                            + "]; scheduled actions of one service need unique names");
                }
                schedules.add(read);
            });
        }
        return schedules;
    }

    private static Optional<ScheduleConfig> readOne(ObjectReader entry, int serviceMin, int serviceMax, boolean countsTrusted) {
        Optional<String> name = entry.requiredString("name", "a name for the scheduled action, like night or workday",
                ScheduleSection::nameProblem);
        Optional<String> schedule = entry.requiredString("schedule",
                "when it fires: cron(0 20 ? * MON-FRI *), rate(1 day) or at(2026-12-24T18:00:00)",
                ScheduleExpression::problem);
        Optional<String> timezone = entry.requiredString("timezone",
                "the IANA time zone the schedule is read in, like Asia/Seoul or UTC", ScheduleSection::timezoneProblem);
        Optional<Integer> givenMin = entry.integer("minCount", Checks.atLeast(0));
        Optional<Integer> givenMax = entry.integer("maxCount", Checks.atLeast(0));
        int minCount = givenMin.orElse(serviceMin);
        int maxCount = givenMax.orElse(serviceMax);
        Optional<OffsetDateTime> start = instant(entry, "startTime");
        Optional<OffsetDateTime> end = instant(entry, "endTime");
        boolean belowProdFloor = entry.bool("belowProdFloor").orElse(false);
        entry.rejectUnknownFields();

        // A count left out is the service's own; when those are invalid, the service already says so.
        if (countsTrusted || (givenMin.isPresent() && givenMax.isPresent())) {
            checkCounts(entry, minCount, maxCount, serviceMax, countsTrusted);
        }
        if (start.isPresent() && end.isPresent() && !end.get().isAfter(start.get())) {
            entry.report("endTime", "must be after startTime");
        }
        if (name.isEmpty() || schedule.isEmpty() || timezone.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ScheduleConfig.builder()
                .name(name.get())
                .schedule(schedule.get())
                .timezone(timezone.get())
                .minCount(minCount)
                .maxCount(maxCount)
                .startTime(entry.hasProblem("startTime") ? Optional.empty() : entry.string("startTime"))
                .endTime(entry.hasProblem("endTime") ? Optional.empty() : entry.string("endTime"))
                .belowProdFloor(belowProdFloor)
                .build());
    }

    /**
     * Target tracking needs a running task to measure: with a minimum of 0 and a maximum above it, it
     * can scale the service in to zero, and then no CPU or request metric is left to scale it out again
     * until the next schedule. So a schedule either holds the service at zero (0/0) or keeps a task.
     */
    private static void checkCounts(ObjectReader entry, int minCount, int maxCount, int serviceMax, boolean countsTrusted) {
        if (entry.hasProblem("minCount", "maxCount")) {
            return;
        }
        if (minCount > maxCount) {
            entry.report("minCount", entry.show("minCount", minCount) + " is greater than maxCount "
                    + entry.show("maxCount", maxCount) + "; lower minCount or raise maxCount");
        } else if (minCount == 0 && maxCount > 0) {
            entry.report("minCount", "is 0 while maxCount is " + maxCount + ": target tracking could scale the service in"
                    + " to zero tasks, and with no task left to measure nothing scales it out again; use minCount 0 with"
                    + " maxCount 0 to hold it at zero, or minCount 1 or more");
        }
        if (countsTrusted && maxCount > serviceMax) {
            entry.report("maxCount", entry.show("maxCount", maxCount) + " is above service.maxCount " + serviceMax
                    + "; schedules move the bounds within the service's limits: raise service.maxCount (and the cluster's"
                    + " maxSize with it) to allow more tasks");
        }
    }

    /**
     * An RFC 3339 date and time, seconds and offset included: the provider parses {@code startTime} and
     * {@code endTime} with Go's {@code time.RFC3339} (terraform-provider-aws,
     * {@code internal/service/appautoscaling/scheduled_action.go}, {@code validation.IsRFC3339Time}), which
     * needs both, while Java's ISO parser would also take {@code 2026-12-01T00:00Z}.
     */
    private static Optional<OffsetDateTime> instant(ObjectReader entry, String field) {
        return entry.string(field).flatMap(text -> {
            Optional<OffsetDateTime> parsed = Optional.empty();
            if (RFC_3339.matcher(text).matches()) {
                try {
                    parsed = Optional.of(OffsetDateTime.parse(text));
                } catch (DateTimeParseException noSuchDate) {
                    parsed = Optional.empty();
                }
            }
            if (parsed.isEmpty()) {
                entry.report(field, entry.quote(field, text) + " is not an RFC 3339 date and time with an offset,"
                        + " like 2026-12-01T00:00:00Z or 2026-12-01T09:00:00+09:00");
            }
            return parsed;
        });
    }

    private static Optional<String> nameProblem(String name, String shown) {
        return NAME.matcher(name).matches()
                ? Optional.empty()
                : Optional.of(shown + " is not a schedule name: use 1 to 128 letters, digits, ., _ and -,"
                        + " starting with a letter or digit");
    }

    /**
     * Application Auto Scaling takes "the canonical names of the IANA time zones" (user guide, "Schedule
     * recurring scaling actions"); an offset like {@code +09:00} is not one.
     */
    private static Optional<String> timezoneProblem(String zone, String shown) {
        if (ZONES.contains(zone)) {
            return Optional.empty();
        }
        Optional<String> match = ZONES.stream().filter(known -> known.equalsIgnoreCase(zone)).findFirst()
                .or(() -> Suggestions.closest(zone, ZONES));
        return Optional.of(shown + " is not an IANA time zone name (like Asia/Seoul, Europe/Berlin or UTC)"
                + Checks.didYouMean(shown, match));
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
