package org.plenary.events.agenda;

import java.time.Instant;

/**
 * A meeting's contribution deadline was set (when the meeting is scheduled) or moved. Key: the meeting id.
 *
 * @param deadline         the instant after which contributions are late
 * @param timeZone         the meeting's IANA time zone, in which the deadline was stated
 * @param previousDeadline null when the meeting was scheduled
 */
public record ContributionDeadlineChanged(
        String meetingId,
        Instant deadline,
        String timeZone,
        Instant previousDeadline,
        String reason,
        String changedBy,
        Instant changedAt) implements AgendaEvent {

    public static final String TYPE = "plenary.agenda.contribution-deadline-changed.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
