package com.ecsplatform.aws;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An RDS backup or maintenance window as minutes of the week, UTC (RDS API reference,
 * {@code CreateDBInstance}: {@code PreferredBackupWindow} is {@code hh24:mi-hh24:mi} and at least 30
 * minutes; {@code PreferredMaintenanceWindow} is {@code ddd:hh24:mi-ddd:hh24:mi}, at least 30
 * minutes, and must not overlap the backup window). A daily window recurs on each of the seven days.
 *
 * @param startMinute the start, minutes after Monday 00:00 UTC (after midnight for a daily window)
 * @param minutes     the length
 * @param daily       whether it recurs every day
 */
public record RdsWindow(int startMinute, int minutes, boolean daily) {

    /** RDS's shortest window. */
    public static final int MIN_MINUTES = 30;
    private static final int DAY = 24 * 60;
    private static final int WEEK = 7 * DAY;
    private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):([0-5]\\d)");
    private static final Pattern DAILY = Pattern.compile(TIME.pattern() + "-" + TIME.pattern());
    private static final Pattern WEEKLY = Pattern.compile("(mon|tue|wed|thu|fri|sat|sun):" + TIME.pattern()
            + "-(mon|tue|wed|thu|fri|sat|sun):" + TIME.pattern());

    /** A daily window, {@code hh24:mi-hh24:mi}; empty when the text has another shape. */
    public static Optional<RdsWindow> parseDaily(String text) {
        Matcher matcher = DAILY.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int start = minuteOfDay(matcher.group(1), matcher.group(2));
        int end = minuteOfDay(matcher.group(3), matcher.group(4));
        return Optional.of(new RdsWindow(start, Math.floorMod(end - start, DAY), true));
    }

    /** A weekly window, {@code ddd:hh24:mi-ddd:hh24:mi}; empty when the text has another shape. */
    public static Optional<RdsWindow> parseWeekly(String text) {
        Matcher matcher = WEEKLY.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int start = DAYS.indexOf(matcher.group(1)) * DAY + minuteOfDay(matcher.group(2), matcher.group(3));
        int end = DAYS.indexOf(matcher.group(4)) * DAY + minuteOfDay(matcher.group(5), matcher.group(6));
        return Optional.of(new RdsWindow(start, Math.floorMod(end - start, WEEK), false));
    }

    /** Whether a daily window and a weekly one share a minute. */
    public boolean overlaps(RdsWindow other) {
        RdsWindow daily = this.daily ? this : other;
        RdsWindow weekly = this.daily ? other : this;
        for (int day = 0; day < 7; day++) {
            if (intersects(day * DAY + daily.startMinute, daily.minutes, weekly.startMinute, weekly.minutes)) {
                return true;
            }
        }
        return false;
    }

    private static boolean intersects(int startA, int lengthA, int startB, int lengthB) {
        // On the week's circle: A starts inside B, or B starts inside A.
        return Math.floorMod(startA - startB, WEEK) < lengthB || Math.floorMod(startB - startA, WEEK) < lengthA;
    }

    private static int minuteOfDay(String hours, String minutes) {
        return Integer.parseInt(hours) * 60 + Integer.parseInt(minutes);
    }
}
