package org.plenary.events.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.plenary.events.AfterCommit;
import org.plenary.events.EventEnvelope;
import org.plenary.events.EventJson;
import org.plenary.events.PlenaryEvent;
import org.plenary.events.tracing.EventTraces;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Appends an event to the outbox inside the caller's transaction: the state change and the event commit together or
 * not at all. The relay publishes it after the commit. The envelope carries the trace context of the request that made
 * the event ({@link EventTraces}).
 *
 * <p>Each event carries its aggregate's next version ({@link EventEnvelope#aggregateversion()}). Counting it locks the
 * aggregate's counter row until the commit, so two transactions on one aggregate get their versions in the order they
 * commit. The versions are counted just before the commit, every other lock of the transaction already taken, and in
 * one order (topic, then key): whatever locks the callers take, and in whatever order, counting adds no deadlock.
 */
@ApplicationScoped
public class Outbox {

    private static final Object WAKE_REGISTERED = new Object();
    private static final Object PENDING = new Object();

    private final OutboxRepository repository;
    private final EventJson json;
    private final OutboxConfig config;
    private final Clock clock;
    private final AfterCommit afterCommit;
    private final OutboxRelay relay;
    private final TransactionSynchronizationRegistry transactions;
    private final EventTraces traces;

    public Outbox(OutboxRepository repository, EventJson json, OutboxConfig config, Clock clock,
                  AfterCommit afterCommit, OutboxRelay relay, TransactionSynchronizationRegistry transactions,
                  EventTraces traces) {
        this.repository = repository;
        this.json = json;
        this.config = config;
        this.clock = clock;
        this.afterCommit = afterCommit;
        this.relay = relay;
        this.transactions = transactions;
        this.traces = traces;
    }

    /**
     * @param aggregateId the Kafka key and the envelope's subject
     * @param event       the payload; its type and topic are its own
     * @return the event id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(String aggregateId, PlenaryEvent event) {
        EventEnvelope envelope = traces.stamp(json.envelope(event.type(), config.source(), aggregateId,
                clock.instant(), event));
        OutboxEvent row = new OutboxEvent();
        row.eventId = envelope.id();
        row.topic = event.topic();
        row.messageKey = aggregateId;
        row.type = event.type();
        row.envelope = json.write(envelope);
        row.createdAt = envelope.time();
        repository.persist(row);
        pending().add(new Pending(row.topic, aggregateId, envelope));
        wakeRelayAfterCommit();
        return envelope.id();
    }

    /** An event appended in this transaction, waiting for its aggregate's version. */
    private record Pending(String topic, String aggregateId, EventEnvelope envelope) {
    }

    /** This transaction's appended events; the first append registers the counting before the commit. */
    @SuppressWarnings("unchecked")
    private List<Pending> pending() {
        List<Pending> pending = (List<Pending>) transactions.getResource(PENDING);
        if (pending == null) {
            List<Pending> appended = new ArrayList<>();
            transactions.putResource(PENDING, appended);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    stampVersions(appended);
                }

                @Override
                public void afterCompletion(int status) {
                }
            });
            pending = appended;
        }
        return pending;
    }

    /** Topic by topic, key by key (a stable sort keeps one aggregate's events in the order appended). */
    private void stampVersions(List<Pending> appended) {
        if (transactions.getRollbackOnly()) {
            return;
        }
        List<Pending> ordered = new ArrayList<>(appended);
        ordered.sort(Comparator.comparing(Pending::topic).thenComparing(Pending::aggregateId));
        for (Pending event : ordered) {
            long version = repository.nextVersion(event.topic(), event.aggregateId());
            repository.rewrite(event.envelope().id(), json.write(event.envelope().withVersion(version)));
        }
    }

    /** Once per transaction, however many events it appends (the seed appends 53 in one). */
    private void wakeRelayAfterCommit() {
        afterCommit.once(WAKE_REGISTERED, relay::wake);
    }
}
