package com.ecsplatform.aws;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a schedule expression in Application Auto Scaling's own syntax, so that a schedule the
 * validator accepts is one {@code PutScheduledAction} accepts. Source: Application Auto Scaling API
 * reference, {@code PutScheduledAction}, parameter {@code Schedule}, and the user guide's "Schedule
 * recurring scaling actions using Application Auto Scaling" (cron fields and wildcards as in
 * EventBridge scheduled rules):
 *
 * <ul>
 *   <li>{@code at(yyyy-mm-ddThh:mm:ss)}: once, in the schedule's time zone;</li>
 *   <li>{@code rate(value unit)}: a positive whole number and {@code minute(s)}, {@code hour(s)} or
 *       {@code day(s)}, singular for 1 and plural otherwise;</li>
 *   <li>{@code cron(minutes hours day-of-month month day-of-week year)}: six fields, not the five of
 *       Unix cron. One of day-of-month and day-of-week must be {@code ?} (both cannot be given).</li>
 * </ul>
 */
public final class ScheduleExpression {

    private static final Pattern AT = Pattern.compile("at\\((.*)\\)");
    private static final Pattern RATE = Pattern.compile("rate\\((.*)\\)");
    private static final Pattern CRON = Pattern.compile("cron\\((.*)\\)");
    private static final Pattern RATE_BODY = Pattern.compile("(\\d+) (minute|minutes|hour|hours|day|days)");
    private static final DateTimeFormatter AT_FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);
    private static final List<String> MONTHS =
            List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
    private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");
    private static final Pattern STEP = Pattern.compile("(.+)/(\\d+)");
    private static final Pattern RANGE = Pattern.compile("([^-]+)-([^-]+)");
    private static final Pattern NEAREST_WEEKDAY = Pattern.compile("(\\d+)W");
    private static final Pattern LAST_WEEKDAY_OF_MONTH = Pattern.compile("(.+)L");
    private static final Pattern NTH_WEEKDAY = Pattern.compile("(.+)#(\\d+)");
    private static final String FORMS = "use cron(minutes hours day-of-month month day-of-week year),"
            + " rate(value unit) or at(yyyy-mm-ddThh:mm:ss)";

    /** One cron field: its name, its range, and its value names (months, days) if any. */
    private enum Field {
        MINUTES("minutes", 0, 59, List.of()),
        HOURS("hours", 0, 23, List.of()),
        DAY_OF_MONTH("day-of-month", 1, 31, List.of()),
        MONTH("month", 1, 12, MONTHS),
        DAY_OF_WEEK("day-of-week", 1, 7, DAYS),
        YEAR("year", 1970, 2199, List.of());

        private final String label;
        private final int min;
        private final int max;
        private final List<String> names;

        Field(String label, int min, int max, List<String> names) {
            this.label = label;
            this.min = min;
            this.max = max;
            this.names = names;
        }
    }

    private ScheduleExpression() {
    }

    /** What is wrong with {@code expression}, or empty when Application Auto Scaling accepts it. */
    public static Optional<String> problem(String expression, String shown) {
        Matcher at = AT.matcher(expression);
        if (at.matches()) {
            return atProblem(at.group(1));
        }
        Matcher rate = RATE.matcher(expression);
        if (rate.matches()) {
            return rateProblem(rate.group(1));
        }
        Matcher cron = CRON.matcher(expression);
        if (cron.matches()) {
            return cronProblem(cron.group(1));
        }
        return Optional.of(shown + " is not a schedule expression: " + FORMS);
    }

    private static Optional<String> atProblem(String body) {
        try {
            LocalDateTime.parse(body, AT_FORMAT);
            return Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.of("at(" + body + ") is not a date and time: write at(yyyy-mm-ddThh:mm:ss),"
                    + " like at(2026-12-24T18:00:00), in the schedule's timezone");
        }
    }

    private static Optional<String> rateProblem(String body) {
        Matcher matcher = RATE_BODY.matcher(body);
        if (!matcher.matches()) {
            return Optional.of("rate(" + body + ") must be rate(value unit): a whole number and minute(s), hour(s) or"
                    + " day(s), like rate(12 hours)");
        }
        long value;
        try {
            value = Long.parseLong(matcher.group(1));
        } catch (NumberFormatException tooLarge) {
            return Optional.of("rate(" + body + ") has a value that is out of range");
        }
        String unit = matcher.group(2);
        if (value < 1) {
            return Optional.of("rate(" + body + ") must have a value of at least 1");
        }
        boolean plural = unit.endsWith("s");
        if (value == 1 && plural) {
            return Optional.of("rate(" + body + ") must use the singular unit for 1: rate(1 " + unit.substring(0, unit.length() - 1) + ")");
        }
        if (value > 1 && !plural) {
            return Optional.of("rate(" + body + ") must use the plural unit for " + value + ": rate(" + value + " " + unit + "s)");
        }
        return Optional.empty();
    }

    private static Optional<String> cronProblem(String body) {
        String[] parts = body.strip().split("\\s+");
        if (parts.length != Field.values().length) {
            return Optional.of("cron(" + body + ") has " + (body.isBlank() ? 0 : parts.length) + " fields; Application Auto"
                    + " Scaling needs six: minutes hours day-of-month month day-of-week year, like cron(0 8 ? * MON-FRI *)");
        }
        List<String> problems = new ArrayList<>();
        for (Field field : Field.values()) {
            fieldProblem(field, parts[field.ordinal()]).ifPresent(problems::add);
        }
        boolean dayOfMonthAny = parts[Field.DAY_OF_MONTH.ordinal()].equals("?");
        boolean dayOfWeekAny = parts[Field.DAY_OF_WEEK.ordinal()].equals("?");
        if (dayOfMonthAny == dayOfWeekAny) {
            problems.add(dayOfMonthAny
                    ? "day-of-month and day-of-week cannot both be ?; give one of them (* for every day)"
                    : "day-of-month and day-of-week cannot both be given; write ? in one of them, like cron(0 8 ? * MON-FRI *)");
        }
        return problems.isEmpty()
                ? Optional.empty()
                : Optional.of("cron(" + body + "): " + String.join("; ", problems));
    }

    private static Optional<String> fieldProblem(Field field, String text) {
        if (text.equals("?")) {
            return field == Field.DAY_OF_MONTH || field == Field.DAY_OF_WEEK
                    ? Optional.empty()
                    : Optional.of(field.label + " cannot be ?; only day-of-month and day-of-week can");
        }
        for (String item : text.split(",", -1)) {
            Optional<String> problem = itemProblem(field, item);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> itemProblem(Field field, String item) {
        // Names and wildcards are matched as AWS documents them, in capitals: a validator that accepted
        // mon-fri would promise more than the documentation does.
        if (field == Field.DAY_OF_MONTH && (item.equals("L") || item.equals("LW"))) {
            return Optional.empty();
        }
        if (field == Field.DAY_OF_WEEK && item.equals("L")) {
            return Optional.empty();
        }
        Matcher nearestWeekday = NEAREST_WEEKDAY.matcher(item);
        if (field == Field.DAY_OF_MONTH && nearestWeekday.matches()) {
            return valueProblem(field, nearestWeekday.group(1), item);
        }
        Matcher nthWeekday = NTH_WEEKDAY.matcher(item);
        if (field == Field.DAY_OF_WEEK && nthWeekday.matches()) {
            int nth = Integer.parseInt(nthWeekday.group(2).length() > 2 ? "99" : nthWeekday.group(2));
            return valueProblem(field, nthWeekday.group(1), item).or(() -> nth >= 1 && nth <= 5
                    ? Optional.empty()
                    : Optional.of("day-of-week " + item + ": the week after # must be 1 to 5"));
        }
        Matcher lastWeekday = LAST_WEEKDAY_OF_MONTH.matcher(item);
        if (field == Field.DAY_OF_WEEK && lastWeekday.matches()) {
            return valueProblem(field, lastWeekday.group(1), item);
        }
        Matcher step = STEP.matcher(item);
        if (step.matches()) {
            String increment = step.group(2);
            if (increment.length() > 4 || Integer.parseInt(increment) < 1) {
                return Optional.of(field.label + " " + item + ": the increment after / must be a positive whole number");
            }
            return step.group(1).equals("*") ? Optional.empty() : rangeOrValueProblem(field, step.group(1), item);
        }
        if (item.equals("*")) {
            return Optional.empty();
        }
        return rangeOrValueProblem(field, item, item);
    }

    private static Optional<String> rangeOrValueProblem(Field field, String text, String item) {
        Matcher range = RANGE.matcher(text);
        if (range.matches()) {
            return valueProblem(field, range.group(1), item).or(() -> valueProblem(field, range.group(2), item));
        }
        return valueProblem(field, text, item);
    }

    private static Optional<String> valueProblem(Field field, String value, String item) {
        int index = field.names.indexOf(value);
        if (index >= 0) {
            return Optional.empty();
        }
        if (value.matches("\\d{1,4}")) {
            int number = Integer.parseInt(value);
            if (number >= field.min && number <= field.max) {
                return Optional.empty();
            }
        }
        if (field.names.contains(value.toUpperCase(Locale.ROOT))) {
            return Optional.of(field.label + " " + item + ": write names in capitals, like "
                    + value.toUpperCase(Locale.ROOT));
        }
        String allowed = field.min + "-" + field.max
                + (field.names.isEmpty() ? "" : " or " + field.names.get(0) + "-" + field.names.get(field.names.size() - 1));
        return Optional.of(field.label + " " + (item.isEmpty() ? "(empty)" : item) + " is not valid: use " + allowed
                + ", *, lists (a,b), ranges (a-b) and increments (a/n)");
    }
}
