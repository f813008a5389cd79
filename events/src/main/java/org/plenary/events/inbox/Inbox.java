package org.plenary.events.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.plenary.events.EventEnvelope;

import java.time.Clock;
import java.util.function.Consumer;

/**
 * Applies an event's effect at most once per consumer: the event id is checked and recorded in the same transaction
 * as the effect (the primary key on (consumer, event id) is the backstop if two deliveries race).
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
}
