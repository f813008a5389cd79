package org.plenary.dashboard.pages;

import io.quarkus.qute.TemplateExtension;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the pages write instants: in the meeting's time zone, to the minute, the same in every language. */
@TemplateExtension
public final class TemplateFormats {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private TemplateFormats() {
    }

    /** {@code {c.submittedAt.inZone(meeting.timeZone)}} → "2020-06-03 14:05"; empty when there is no instant. */
    static String inZone(OffsetDateTime instant, String zone) {
        return instant == null ? "" : instant.atZoneSameInstant(ZoneId.of(zone)).format(MINUTE);
    }

    /** {@code {c.submittingMemberStates.joined}} → "KEN, BRA". */
    static String joined(java.util.List<?> values) {
        return values == null ? "" : String.join(", ", values.stream().map(String::valueOf).toList());
    }

    /** Whether two values read the same: an enum of one generated client against the same enum of another. */
    static boolean sameAs(Object value, Object other) {
        return value != null && other != null && value.toString().equals(other.toString());
    }

    /** The message key of a value's name: {@code {msg:message(d.status.labelKey('status_'))}} → status_DEAD. */
    static String labelKey(Object value, String prefix) {
        return prefix + value;
    }

    /** The instant as HTML's {@code datetime} wants it, for the viewer's own time zone to be shown beside. */
    static String iso(OffsetDateTime instant) {
        return instant == null ? "" : instant.toInstant().toString();
    }
}
