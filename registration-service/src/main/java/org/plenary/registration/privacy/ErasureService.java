package org.plenary.registration.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.plenary.events.outbox.Outbox;
import org.plenary.events.outbox.OutboxRepository;
import org.plenary.events.registration.PersonalDataErased;
import org.plenary.events.sealing.Sealer;
import org.plenary.registration.delegation.ParticipantRepository;
import org.plenary.registration.directory.DirectoryService;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * Erases one person's personal data on request, here and (through {@link PersonalDataErased}) in every service: the
 * participants registered with the address keep their place, role and status under "(erased)"; the person leaves
 * every contact list; the published events that named them leave the outbox. Counts and history stay.
 */
@ApplicationScoped
public class ErasureService {

    /** What was erased in this service. */
    public record Erased(UUID erasureId, int participants, int contactPersons, long outboxEvents) {
    }

    private final ParticipantRepository participants;
    private final DirectoryService directory;
    private final OutboxRepository outboxRows;
    private final Outbox outbox;
    private final Sealer sealer;
    private final Clock clock;

    public ErasureService(ParticipantRepository participants, DirectoryService directory, OutboxRepository outboxRows,
                          Outbox outbox, Sealer sealer, Clock clock) {
        this.participants = participants;
        this.directory = directory;
        this.outboxRows = outboxRows;
        this.outbox = outbox;
        this.sealer = sealer;
        this.clock = clock;
    }

    @Transactional
    public Erased erase(String email, String by) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        int participantRows = participants.erase(address, now);
        int contactEntries = directory.eraseContact(address, by);
        long events = outboxRows.deletePublishedNaming(address);
        outbox.append("erasure", new PersonalDataErased(id, PersonalDataErased.hashOf(address),
                sealer.seal(address, id.toString()), by, now));
        return new Erased(id, participantRows, contactEntries, events);
    }
}
