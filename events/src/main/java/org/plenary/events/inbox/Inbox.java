package org.plenary.events.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.plenary.events.EventEnvelope;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Applies an event's effect at most once per consumer: the event id is checked and recorded in the same transaction
 * as the effect (the primary key on (consumer, event id) is the backstop if two deliveries race), one event at a time
 * ({@link #process}) or a batch at a time ({@link #processAll}).
 */
@ApplicationScoped
public class Inbox {

    private final ProcessedEventRepository processed;
    private final Clock clock;

    public Inbox(ProcessedEventRepository processed, Clock clock) {
        this.processed = processed;
        this.clock = clock;
    }

    /** @return false when this consumer had already processed the event, and nothing was done */
    @Transactional
    public boolean process(String consumer, EventEnvelope event, Consumer<EventEnvelope> effect) {
        ProcessedEvent.Key key = new ProcessedEvent.Key(consumer, event.id());
        if (processed.findById(key) != null) {
            return false;
        }
        effect.accept(event);
        ProcessedEvent row = new ProcessedEvent();
        row.key = key;
        row.type = event.type();
        row.processedAt = clock.instant();
        processed.persist(row);
        return true;
    }

    /** An event and its effect, one of a batch. */
    public record Pending(EventEnvelope event, Consumer<EventEnvelope> effect) {
    }

    /**
     * Applies a batch in one transaction: the events this consumer has not processed yet (one query for the batch),
     * in order, each recorded as {@link #process} records it; an event delivered twice in the batch is applied once.
     * After each effect its changes are written and the persistence context emptied, so a batch costs what its
     * events cost apart, less their commits.
     *
     * @return how many were applied
     */
    @Transactional
    public int processAll(String consumer, List<Pending> batch) {
        Set<UUID> done = processed.processedOf(consumer, batch.stream().map(p -> p.event().id()).toList());
        int applied = 0;
        for (Pending pending : batch) {
            EventEnvelope event = pending.event();
            if (!done.add(event.id())) {
                continue;
            }
            pending.effect().accept(event);
            ProcessedEvent row = new ProcessedEvent();
            row.key = new ProcessedEvent.Key(consumer, event.id());
            row.type = event.type();
            row.processedAt = clock.instant();
            processed.persist(row);
            processed.flush();
            processed.getEntityManager().clear();
            applied++;
        }
        return applied;
    }
}
