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
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
 *
 * <p>The rows are written then too, in the order appended, each with its version already in its envelope: one insert
 * per event, its envelope serialised once, and no insert in the middle of the caller's work (an identity column's
 * insert cannot wait for the flush, so it used to flush the caller's own inserts early). Written after its version's
 * lock, an event's {@code seq} also follows its aggregate's versions across transactions, so the relay publishes an
 * aggregate's events in version order.
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
        pending().add(new Pending(event.topic(), aggregateId, event.type(), envelope));
        wakeRelayAfterCommit();
        return envelope.id();
    }

    /** An event appended in this transaction, waiting for its aggregate's version. */
    private record Pending(String topic, String aggregateId, String type, EventEnvelope envelope) {
    }

    /** This transaction's appended events; the first append registers the writing before the commit. */
    @SuppressWarnings("unchecked")
    private List<Pending> pending() {
        List<Pending> pending = (List<Pending>) transactions.getResource(PENDING);
        if (pending == null) {
            // The rows are written just before the commit. An interposed synchronization runs after every plain one,
            // the persistence context's included, so the caller's changes are flushed (their locks taken) by then;
            // the repository writes over the transaction's own connection, through a handle it closes itself.
            List<Pending> appended = new ArrayList<>();
            transactions.putResource(PENDING, appended);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    write(appended);
                }

                @Override
                public void afterCompletion(int status) {
                }
            });
            pending = appended;
        }
        return pending;
    }

    /**
     * Versions counted topic by topic, key by key (a stable sort keeps one aggregate's events in the order appended),
     * then the rows inserted in the order appended.
     */
    private void write(List<Pending> appended) {
        if (transactions.getRollbackOnly()) {
            return;
        }
        List<Pending> ordered = new ArrayList<>(appended);
        ordered.sort(Comparator.comparing(Pending::topic).thenComparing(Pending::aggregateId));
        Map<Pending, Long> versions = new IdentityHashMap<>();
        for (Pending event : ordered) {
            versions.put(event, repository.nextVersion(event.topic(), event.aggregateId()));
        }
        for (Pending event : appended) {
            EventEnvelope envelope = event.envelope().withVersion(versions.get(event));
            repository.insert(envelope.id(), event.topic(), event.aggregateId(), event.type(), json.write(envelope),
                    envelope.time());
        }
    }

    /** Once per transaction, however many events it appends (the seed appends 53 in one). */
    private void wakeRelayAfterCommit() {
        afterCommit.once(WAKE_REGISTERED, relay::wake);
    }
}
