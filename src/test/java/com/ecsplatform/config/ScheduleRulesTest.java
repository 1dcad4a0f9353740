package com.ecsplatform.config;

import com.ecsplatform.testing.ConfigFixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static com.ecsplatform.config.ConfigAssertions.assertLoads;
import static com.ecsplatform.config.ConfigAssertions.assertOnlyProblem;
import static com.ecsplatform.testing.ConfigFixtures.devRaw;
import static com.ecsplatform.testing.ConfigFixtures.fields;
import static com.ecsplatform.testing.ConfigFixtures.prodRaw;
import static com.ecsplatform.testing.ConfigFixtures.raw;
import static com.ecsplatform.testing.ConfigFixtures.set;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("ecs-platform:service.schedules")
class ScheduleRulesTest {

    private static final String SCHEDULES = "ecs-platform:service.schedules";

    /** {@code values} with exactly {@code schedules} as the service's schedules. */
    @SafeVarargs
    private static Map<String, String> withSchedules(Map<String, String> values, Map<String, Object>... schedules) {
        // Copied element by element: handing the generic array itself to another method is what
        // javac's [varargs] lint flags as possible heap pollution.
        var list = new ArrayList<Map<String, Object>>(schedules.length);
        for (var schedule : schedules) {
            list.add(schedule);
        }
        return set(values, SCHEDULES, list);
    }

    private static Map<String, Object> schedule(String name, Object... more) {
        var schedule = fields("name", name, "schedule", "cron(0 8 ? * MON-FRI *)", "timezone", "Asia/Seoul");
        schedule.putAll(fields(more));
        return schedule;
    }

    private static List<ScheduleConfig> loadedSchedules(Map<String, String> values) {
        return StackConfigLoader.load(raw(values)).service().schedules();
    }

    @Test
    void theDevFixtureSleepsOutsideWorkingHours() {
        assertThat(loadedSchedules(devRaw())).extracting(ScheduleConfig::name, ScheduleConfig::minCount, ScheduleConfig::maxCount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("evening", 0, 0),
                        org.assertj.core.groups.Tuple.tuple("morning", 1, 2));
    }

    @Test
    void countsLeftOutAreTheServicesOwn() {
        var values = set(withSchedules(devRaw(), schedule("restore")), "ecs-platform:service.maxCount", 3);

        assertThat(loadedSchedules(values)).singleElement().satisfies(restore -> {
            assertThat(restore.minCount()).isEqualTo(1);
            assertThat(restore.maxCount()).isEqualTo(3);
        });
    }

    @Test
    void theScheduleWindowIsKeptAsWritten() {
        var values = withSchedules(devRaw(), schedule("holidays", "minCount", 0, "maxCount", 0,
                "startTime", "2026-12-24T00:00:00+09:00", "endTime", "2027-01-02T00:00:00Z"));

        assertThat(loadedSchedules(values)).singleElement().satisfies(holidays -> {
            assertThat(holidays.startTime()).contains("2026-12-24T00:00:00+09:00");
            assertThat(holidays.endTime()).contains("2027-01-02T00:00:00Z");
        });
    }

    @Test
    void anInvalidExpressionIsReportedAtItsIndex() {
        var values = withSchedules(devRaw(), schedule("evening", "minCount", 0, "maxCount", 0),
                schedule("morning", "schedule", "cron(0 8 * * 1-5)"));

        assertOnlyProblem(values, SCHEDULES + "[1].schedule", "cron(0 8 * * 1-5) has 5 fields", "needs six");
    }

    @Test
    void everyBrokenScheduleIsReportedAtOnce() {
        var values = withSchedules(devRaw(),
                schedule("a", "schedule", "rate(1 days)"),
                schedule("b", "timezone", "Mars/Olympus"),
                schedule("c", "minCount", 2, "maxCount", 1));

        assertThat(ConfigFixtures.problems(values)).extracting(ConfigProblem::key).containsExactly(
                SCHEDULES + "[0].schedule", SCHEDULES + "[1].timezone", SCHEDULES + "[2].minCount");
    }

    @Test
    void requiresTheFieldsThatHaveNoDefault() {
        var values = withSchedules(devRaw(), fields("minCount", 1));

        assertThat(ConfigFixtures.problems(values)).extracting(ConfigProblem::key).containsExactly(
                SCHEDULES + "[0].name", SCHEDULES + "[0].schedule", SCHEDULES + "[0].timezone");
    }

    @Test
    void suggestsTheTimeZoneNameWithItsCanonicalSpelling() {
        assertOnlyProblem(withSchedules(devRaw(), schedule("morning", "timezone", "asia/seoul")),
                SCHEDULES + "[0].timezone", "is not an IANA time zone name", "did you mean Asia/Seoul?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+09:00", "UTC+9", "KST"})
    void rejectsZoneNamesThatAreNotIana(String zone) {
        assertOnlyProblem(withSchedules(devRaw(), schedule("morning", "timezone", zone)),
                SCHEDULES + "[0].timezone", "is not an IANA time zone name");
    }

    @Test
    void rejectsTwoSchedulesWithOneName() {
        assertOnlyProblem(withSchedules(devRaw(), schedule("morning"), schedule("morning", "schedule", "cron(0 9 ? * SAT *)")),
                SCHEDULES + "[1].name", "\"morning\" is also the name of schedules[0]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"work/day", "night:shift", "-leading-dash", " padded"})
    void rejectsNamesApplicationAutoScalingOrPulumiCannotCarry(String name) {
        assertOnlyProblem(withSchedules(devRaw(), schedule(name)), SCHEDULES + "[0].name", "is not a schedule name");
    }

    @Test
    void rejectsMinCountAboveMaxCount() {
        assertOnlyProblem(withSchedules(devRaw(), schedule("peak", "minCount", 2, "maxCount", 1)),
                SCHEDULES + "[0].minCount", "2 is greater than maxCount 1");
    }

    @Test
    void rejectsAZeroMinimumThatTargetTrackingCouldNeverLeave() {
        assertOnlyProblem(withSchedules(devRaw(), schedule("night", "minCount", 0, "maxCount", 2)),
                SCHEDULES + "[0].minCount", "is 0 while maxCount is 2", "use minCount 0 with maxCount 0");
    }

    @Test
    void rejectsCountsAboveTheServicesMaximum() {
        assertOnlyProblem(withSchedules(devRaw(), schedule("peak", "minCount", 2, "maxCount", 5)),
                SCHEDULES + "[0].maxCount", "5 is above service.maxCount 2", "raise service.maxCount");
    }

    @Test
    void rejectsNegativeCounts() {
        assertOnlyProblem(withSchedules(devRaw(), schedule("night", "minCount", -1, "maxCount", 0)),
                SCHEDULES + "[0].minCount", "must be at least 0, got -1");
    }

    @Test
    void aZeroTaskScheduleRequiresAClusterThatMayScaleToZero() {
        var values = set(devRaw(), "ecs-platform:cluster.minSize", 1);

        assertOnlyProblem(values, SCHEDULES + "[0].maxCount", "holds the service at zero tasks, but cluster.minSize is 1",
                "set cluster.minSize: 0");
    }

    @Test
    void aClusterThatMayScaleToZeroNeedsNoZeroTaskSchedule() {
        assertLoads(set(withSchedules(devRaw()), "ecs-platform:cluster.minSize", 0));
    }

    @Test
    void aProdScheduleMayRaiseTheFloorBeforeAPeak() {
        assertLoads(withSchedules(prodRaw(),
                schedule("peak", "schedule", "cron(30 8 ? * MON-FRI *)", "minCount", 6),
                schedule("after-peak", "schedule", "cron(0 11 ? * MON-FRI *)")));
    }

    @Test
    void aProdScheduleNeverGoesBelowTheProdFloorUnsaid() {
        assertOnlyProblem(withSchedules(prodRaw(), schedule("night", "minCount", 2, "maxCount", 4)),
                SCHEDULES + "[0].minCount", "2 is below the prod floor of 3 tasks", "belowProdFloor: true");
    }

    @Test
    void aProdScheduleMayGoBelowTheFloorWhenItSaysSo() {
        assertLoads(withSchedules(prodRaw(), schedule("night", "minCount", 2, "maxCount", 4, "belowProdFloor", true)));
    }

    @Test
    void rejectsAnEndTimeBeforeTheStartTime() {
        assertOnlyProblem(withSchedules(devRaw(), schedule("morning",
                        "startTime", "2027-01-02T00:00:00Z", "endTime", "2027-01-01T00:00:00Z")),
                SCHEDULES + "[0].endTime", "must be after startTime");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027-01-02 08:00", "2027-01-02T08:00:00", "2027-01-02T08:00Z", "2027-02-30T08:00:00Z"})
    void rejectsATimeThatIsNotAFullRfc3339Timestamp(String time) {
        assertOnlyProblem(withSchedules(devRaw(), schedule("morning", "startTime", time)),
                SCHEDULES + "[0].startTime", "is not an RFC 3339 date and time with an offset");
    }

    @Test
    void rejectsAMisspelledFieldWithASuggestion() {
        var misspelled = schedule("morning");
        misspelled.put("timeZone", misspelled.remove("timezone"));

        var problems = ConfigFixtures.problems(withSchedules(devRaw(), misspelled));

        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.key()).isEqualTo(SCHEDULES + "[0].timeZone");
            assertThat(problem.message()).contains("did you mean timezone?");
        });
    }

    @Test
    void rejectsAnEntryThatIsNotAnObject() {
        assertOnlyProblem(set(devRaw(), SCHEDULES, List.of("cron(0 8 ? * MON-FRI *)")),
                SCHEDULES + "[0]", "must be an object");
    }

    @Test
    void rejectsMoreSchedulesThanTheScalableTargetHolds() {
        var many = new ArrayList<Map<String, Object>>();
        for (int i = 0; i <= 200; i++) { // the schema's maxItems: Application Auto Scaling's quota per scalable target
            many.add(schedule("s" + i));
        }
        assertOnlyProblem(set(devRaw(), SCHEDULES, Collections.unmodifiableList(many)),
                SCHEDULES, "has 201 items", "at most 200 scheduled actions");
    }
}
