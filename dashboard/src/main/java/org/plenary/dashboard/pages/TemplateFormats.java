package org.plenary.dashboard.pages;

import io.quarkus.qute.TemplateExtension;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How the pages write values: instants in the meeting's time zone, to the minute, the same in every language; lists
 * joined; values of two generated clients compared. Functions of the {@code fmt:} namespace, so that an absent value
 * (a deadline never changed before, a filter not set) reads as empty instead of failing the page.
 */
@TemplateExtension(namespace = "fmt")
public final class TemplateFormats {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private TemplateFormats() {
    }

    /** {@code {fmt:local(c.submittedAt, meeting.timeZone)}} → "2020-06-03 14:05"; empty when there is no instant. */
    static String local(OffsetDateTime instant, String zone) {
        return instant == null ? "" : instant.atZoneSameInstant(ZoneId.of(zone)).format(MINUTE);
    }

    /**
     * A deadline as the letter writes it: one that falls at midnight is the end of the day before, "2020-06-02 24:00",
     * not the start of the next.
     */
    static String deadline(OffsetDateTime instant, String zone) {
        if (instant == null) {
            return "";
        }
        var local = instant.atZoneSameInstant(ZoneId.of(zone)).toLocalDateTime();
        return local.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                ? local.toLocalDate().minusDays(1) + " 24:00"
                : local.format(MINUTE);
    }

    /** {@code {fmt:joined(c.submittingMemberStates)}} → "KEN, BRA". */
    static String joined(java.util.List<?> values) {
        return values == null ? "" : String.join(", ", values.stream().map(String::valueOf).toList());
    }

    /** Whether two values read the same: an enum of one generated client against the same enum of another. */
    static boolean same(Object value, Object other) {
        return value != null && other != null && value.toString().equals(other.toString());
    }

    /** The instant as HTML's {@code datetime} wants it, for the viewer's own time zone to be shown beside. */
    static String iso(OffsetDateTime instant) {
        return instant == null ? "" : instant.toInstant().toString();
    }
}
