package org.plenary.events.inbox;

import org.plenary.events.EventEnvelope;
import org.plenary.events.EventJson;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * What one consumer does with each event type it needs, e.g.
 * {@code new EventHandlers().on(MeetingScheduled.TYPE, MeetingScheduled.class, replica::apply)}. {@link EventReceiver}
 * passes an event of a type not listed here by before any transaction: it has no effect, so there is nothing to apply
 * once and nothing to record (a registration-service consumer of agenda.events does not pay a transaction for every
 * contribution deadline, nor contribution-service for every viewer registered).
 */
public final class EventHandlers {

    private final Map<String, Handler<?>> byType = new HashMap<>();

    /** Applies the payload of {@code type}, read as {@code contract}; one handler per type. */
    public <T> EventHandlers on(String type, Class<T> contract, BiConsumer<EventEnvelope, T> handler) {
        if (byType.putIfAbsent(type, new Handler<>(contract, handler)) != null) {
            throw new IllegalStateException("two handlers for " + type);
        }
        return this;
    }

    /** What an event of {@code type} does, its payload read when it runs (inside the inbox's transaction); empty when
     *  this consumer does not need the type. */
    Optional<Consumer<EventEnvelope>> effect(String type, EventJson json) {
        Handler<?> handler = byType.get(type);
        return handler == null ? Optional.empty() : Optional.of(event -> handler.apply(event, json));
    }

    private record Handler<T>(Class<T> contract, BiConsumer<EventEnvelope, T> handler) {

        void apply(EventEnvelope event, EventJson json) {
            handler.accept(event, json.data(event, contract));
        }
    }
}
