package org.plenary.events.agenda;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;

/** A session of the meeting was scheduled or its times changed; full state. Key: the meeting id. */
public record SessionScheduled(String meetingId, UUID sessionId, Map<String, String> title, LocalDate date,
                               LocalTime start, LocalTime end, String timeZone, Instant startsAt, Instant endsAt)
        implements AgendaEvent {

    public static final String TYPE = "plenary.agenda.session-scheduled.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
