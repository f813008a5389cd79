package org.plenary.platform.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The one rule for "by 2 June 2020": the day ends at midnight in the meeting's time zone, the first instant of 3 June
 * there. Read back, a local time of 00:00 is stated as the end of the day before ("2 June 2020, 24:00"), as the
 * letter would say it, not as the start of the next.
 */
public final class EndOfDay {

    private EndOfDay() {
    }

    /** The instant {@code date} ends in {@code zone}: the start of the next day (whatever its DST change). */
    public static Instant of(LocalDate date, ZoneId zone) {
        return date.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The day that ends at this local time when it is a midnight (00:00), else empty. */
    public static Optional<LocalDate> dayEndingAt(ZonedDateTime local) {
        return local.getHour() == 0 && local.getMinute() == 0
                ? Optional.of(local.toLocalDate().minusDays(1)) : Optional.empty();
    }
}
