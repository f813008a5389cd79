package org.plenary.events.agenda;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The agenda was adopted as a numbered, immutable version: version 1 at the start of the consultation, the next one
 * for each change made after that. Key: the meeting id.
 *
 * @param reason null for version 1; why the agenda changed for later versions
 */
public record AgendaAdopted(String meetingId, int version, String reason, String adoptedBy, Instant adoptedAt,
                            List<Item> items) implements AgendaEvent {

    public static final String TYPE = "plenary.agenda.adopted.v1";

    @Override
    public String type() {
        return TYPE;
    }

    public record Item(UUID itemId, int number, Map<String, String> title, String documentReference, String outcome) {
    }
}
