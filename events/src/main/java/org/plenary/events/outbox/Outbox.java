package org.plenary.events.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.plenary.events.AfterCommit;
import org.plenary.events.EventEnvelope;
import org.plenary.events.EventJson;
import org.plenary.events.PlenaryEvent;

import java.time.Clock;
import java.util.UUID;

/**
 * Appends an event to the outbox inside the caller's transaction: the state change and the event commit together or
 * not at all. The relay publishes it after the commit. Each event carries its aggregate's next version
 * ({@link EventEnvelope#aggregateversion()}); counting it locks the aggregate's counter row until the commit, so two
 * transactions on one aggregate append in the order they commit.
 */
@ApplicationScoped
public class Outbox {

    private static final Object WAKE_REGISTERED = new Object();

    private final OutboxRepository repository;
    private final EventJson json;
    private final OutboxConfig config;
    private final Clock clock;
    private final AfterCommit afterCommit;
    private final OutboxRelay relay;

    public Outbox(OutboxRepository repository, EventJson json, OutboxConfig config, Clock clock,
                  AfterCommit afterCommit, OutboxRelay relay) {
        this.repository = repository;
        this.json = json;
        this.config = config;
        this.clock = clock;
        this.afterCommit = afterCommit;
        this.relay = relay;
    }

    /**
     * @param aggregateId the Kafka key and the envelope's subject
     * @param event       the payload; its type and topic are its own
     * @return the event id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(String aggregateId, PlenaryEvent event) {
        long version = repository.nextVersion(event.topic(), aggregateId);
        EventEnvelope envelope = json.envelope(event.type(), config.source(), aggregateId, clock.instant(), event,
                version);
        OutboxEvent row = new OutboxEvent();
        row.eventId = envelope.id();
        row.topic = event.topic();
        row.messageKey = aggregateId;
        row.type = event.type();
        row.envelope = json.write(envelope);
        row.createdAt = envelope.time();
        repository.persist(row);
        wakeRelayAfterCommit();
        return envelope.id();
    }

    /** Once per transaction, however many events it appends (the seed appends 53 in one). */
    private void wakeRelayAfterCommit() {
        afterCommit.once(WAKE_REGISTERED, relay::wake);
    }
}
