package com.ecsplatform.aws;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Application Auto Scaling schedule expressions")
class ScheduleExpressionTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "cron(0 8 ? * MON-FRI *)",
            "cron(0 20 ? * MON-FRI *)",
            "cron(30 6 ? * MON *)",
            "cron(0/15 9-17 ? * 2-6 *)",
            "cron(0 0 1 * ? *)",
            "cron(0 0 L * ? *)",
            "cron(0 9 15W * ? 2027)",
            "cron(0 9 ? JAN,JUL 6#3 *)",
            "cron(0 9 ? * 6L 2026-2030)",
            "cron(0 12 * * ? *)",
            "rate(1 day)",
            "rate(12 hours)",
            "rate(5 minutes)",
            "at(2026-12-24T18:00:00)"})
    void acceptsWhatPutScheduledActionAccepts(String expression) {
        assertThat(ScheduleExpression.problem(expression, "\"" + expression + "\"")).isEmpty();
    }

    @Test
    void rejectsFiveFieldUnixCron() {
        assertThat(ScheduleExpression.problem("cron(0 8 * * 1-5)", "x"))
                .hasValueSatisfying(message -> assertThat(message).contains("has 5 fields", "needs six"));
    }

    @Test
    void rejectsBothDayFieldsGiven() {
        assertThat(ScheduleExpression.problem("cron(0 8 * * MON-FRI *)", "x"))
                .hasValueSatisfying(message -> assertThat(message).contains("cannot both be given", "write ? in one of them"));
    }

    @Test
    void rejectsBothDayFieldsQuestionMarks() {
        assertThat(ScheduleExpression.problem("cron(0 8 ? * ? *)", "x"))
                .hasValueSatisfying(message -> assertThat(message).contains("cannot both be ?"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "cron(60 8 ? * MON *)|minutes 60 is not valid: use 0-59",
            "cron(0 24 ? * MON *)|hours 24 is not valid: use 0-23",
            "cron(0 8 32 * ? *)|day-of-month 32 is not valid: use 1-31",
            "cron(0 8 ? 13 MON *)|month 13 is not valid: use 1-12 or JAN-DEC",
            "cron(0 8 ? * MONDAY *)|day-of-week MONDAY is not valid: use 1-7 or SUN-SAT",
            "cron(0 8 ? * 8 *)|day-of-week 8 is not valid",
            "cron(0 8 ? * MON 1969)|year 1969 is not valid: use 1970-2199",
            "cron(? 8 1 * ? *)|minutes cannot be ?",
            "cron(0 8 ? * MON#6 *)|the week after # must be 1 to 5",
            "cron(0/0 8 ? * MON *)|the increment after / must be a positive whole number",
            "cron(0 8 ? * mon-fri *)|day-of-week mon-fri: write names in capitals, like MON"})
    void rejectsFieldsOutsideTheirRange(String expression, String fragment) {
        assertThat(ScheduleExpression.problem(expression, "x"))
                .hasValueSatisfying(message -> assertThat(message).contains(fragment));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "rate(1 days)|must use the singular unit for 1: rate(1 day)",
            "rate(5 minute)|must use the plural unit for 5: rate(5 minutes)",
            "rate(0 minutes)|must have a value of at least 1",
            "rate(1 week)|must be rate(value unit)",
            "rate(one hour)|must be rate(value unit)"})
    void rejectsRatesOutsideTheSyntax(String expression, String fragment) {
        assertThat(ScheduleExpression.problem(expression, "x"))
                .hasValueSatisfying(message -> assertThat(message).contains(fragment));
    }

    @ParameterizedTest
    @ValueSource(strings = {"at(2026-02-30T08:00:00)", "at(2026-12-24 18:00)", "at(2026-12-24T18:00:00Z)"})
    void rejectsAtWithoutAValidLocalDateTime(String expression) {
        assertThat(ScheduleExpression.problem(expression, "x"))
                .hasValueSatisfying(message -> assertThat(message).contains("write at(yyyy-mm-ddThh:mm:ss)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0 8 * * 1-5", "every day at 8", "CRON(0 8 ? * MON *)"})
    void rejectsTextThatIsNoScheduleExpression(String expression) {
        assertThat(ScheduleExpression.problem(expression, "\"" + expression + "\""))
                .hasValueSatisfying(message -> assertThat(message).contains("is not a schedule expression", "use cron("));
    }
}
