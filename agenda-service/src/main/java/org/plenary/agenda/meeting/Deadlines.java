package org.plenary.agenda.meeting;

import org.plenary.platform.problem.InvalidField;
import org.plenary.platform.time.EndOfDay;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/** Deadlines are read in the meeting's time zone: "by 2 June 2020" in Geneva ends at midnight Geneva time. */
public final class Deadlines {

    private Deadlines() {
    }

    /** @param time null for the end of the day */
    public static Instant endOf(LocalDate date, LocalTime time, ZoneId zone) {
        return time == null ? EndOfDay.of(date, zone) : date.atTime(time).atZone(zone).toInstant();
    }

    /** The instant as a person in the meeting's time zone reads it, e.g. 2020-06-03T00:00+02:00[Europe/Zurich]. */
    public static String local(Instant instant, String timeZone) {
        return instant == null ? null : instant.atZone(ZoneId.of(timeZone)).toString();
    }

    /** The instant as a sentence writes it in the meeting's time zone, a midnight as 24:00: "2020-06-05 24:00". */
    public static String written(Instant instant, String timeZone) {
        ZonedDateTime local = instant.atZone(ZoneId.of(timeZone)).truncatedTo(ChronoUnit.MINUTES);
        return EndOfDay.dayEndingAt(local).map(day -> day + " 24:00")
                .orElseGet(() -> local.toLocalDate() + " " + local.toLocalTime());
    }

    public static ZoneId zone(String field, String timeZone) {
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new InvalidField(field, "TimeZone", "'" + timeZone + "' is not an IANA time zone such as Europe/Zurich");
        }
    }
}
