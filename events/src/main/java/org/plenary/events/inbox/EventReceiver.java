package org.plenary.events.inbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.plenary.events.EventEnvelope;
import org.plenary.events.EventJson;
import org.plenary.events.PoisonEvent;
import org.plenary.events.tracing.EventTraces;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The one way a service takes in a Kafka message: parse the envelope, and when the consumer has a handler for its
 * type ({@link EventHandlers}), apply it once through the {@link Inbox}; a type it does not need is passed by without a
 * transaction. Only a {@link PoisonEvent} (not an envelope, data that does not fit its type) goes to the
 * dead-letter topic, at once, so its partition moves on. Any other failure can pass (the database away, a lock
 * timeout, an event that needs another not yet arrived): it is retried with capped backoff for as long as it takes,
 * holding this consumer's channel in order, while {@link ConsumerHealth} reports the consumer degraded and the log says
 * so once a minute. Offsets are committed by the connector only after this returns. The processing is a span in the
 * trace the event carries ({@link EventTraces}), so what the handler does (and logs) belongs to the request that made
 * the event.
 */
@ApplicationScoped
public class EventReceiver {

    private static final Logger LOG = Logger.getLogger(EventReceiver.class);

    private final EventJson json;
    private final Inbox inbox;
    private final ConsumerRetryConfig config;
    private final ConsumerHealth health;
    private final EventTraces traces;

    public EventReceiver(EventJson json, Inbox inbox, ConsumerRetryConfig config, ConsumerHealth health,
                         EventTraces traces) {
        this.json = json;
        this.inbox = inbox;
        this.config = config;
        this.health = health;
        this.traces = traces;
    }

    /**
     * A message of a batch, and how to set it aside in its dead-letter topic on its own ({@link KafkaBatch}).
     */
    public record Delivery(String message, Consumer<PoisonEvent> setAside) {
    }

    /**
     * A poll's messages of one channel, in their order: the events this consumer needs applied in one transaction
     * ({@link Inbox#processAll}), each in its own span of the trace it carries, so a busy topic costs one commit a
     * batch, not one an event. A message that is not an envelope is set aside at once. When an event of the batch
     * cannot be applied (its data does not fit its type), the transaction is rolled back and the batch is applied
     * again event by event, as {@link #receive} does, so only that one is set aside. Any other failure retries the
     * whole batch, in order, as for a single event.
     */
    public void receiveAll(String consumer, List<Delivery> deliveries, EventHandlers handlers) {
        List<Received> received = new ArrayList<>();
        for (Delivery delivery : deliveries) {
            try {
                needed(consumer, delivery.message(), handlers)
                        .ifPresent(one -> received.add(new Received(one.event(), one.effect(), delivery)));
            } catch (PoisonEvent poison) {
                delivery.setAside().accept(poison);
            }
        }
        if (received.isEmpty()) {
            return;
        }
        List<Inbox.Pending> batch = received.stream()
                .map(one -> new Inbox.Pending(one.event(), traced(consumer, one.event(), one.effect()))).toList();
        try {
            persistently(consumer, received.get(0).event(), () -> {
                int applied = inbox.processAll(consumer, batch);
                LOG.debugf("%s applied %d of a batch of %d events", consumer, applied, batch.size());
            });
        } catch (PoisonEvent poison) {
            LOG.warnf("%s could not apply an event of a batch of %d (%s); applying them one by one", consumer,
                    batch.size(), poison.getMessage());
            for (Received one : received) {
                try {
                    receive(consumer, one.event(), one.effect());
                } catch (PoisonEvent setAside) {
                    one.delivery().setAside().accept(setAside);
                }
            }
        }
    }

    private record Received(EventEnvelope event, Consumer<EventEnvelope> effect, Delivery delivery) {
    }

    /** The effect applied in a span of its own, in the trace the event carries. */
    private Consumer<EventEnvelope> traced(String consumer, EventEnvelope event, Consumer<EventEnvelope> effect) {
        return applied -> {
            Span span = span(consumer, event);
            try (Scope ignored = span.makeCurrent()) {
                effect.accept(applied);
            } catch (RuntimeException e) {
                EventTraces.failed(span, e);
                throw e;
            } finally {
                span.end();
            }
        };
    }

    public void receive(String consumer, String message, EventHandlers handlers) {
        needed(consumer, message, handlers).ifPresent(one -> receive(consumer, one.event(), one.effect()));
    }

    /**
     * The event {@code message} holds with this consumer's effect for it, or empty when the consumer does not need its
     * type; a message that is not an envelope is counted as dead-lettered and thrown.
     */
    private Optional<Needed> needed(String consumer, String message, EventHandlers handlers) {
        EventEnvelope event;
        try {
            event = json.read(message);
        } catch (PoisonEvent poison) {
            health.deadLettered(consumer, null);
            throw poison;
        }
        Optional<Consumer<EventEnvelope>> effect = handlers.effect(event.type(), json);
        if (effect.isEmpty()) {
            LOG.tracef("%s does not need %s (%s); passed by", consumer, event.type(), event.id());
        }
        return effect.map(one -> new Needed(event, one));
    }

    private record Needed(EventEnvelope event, Consumer<EventEnvelope> effect) {
    }

    private void receive(String consumer, EventEnvelope event, Consumer<EventEnvelope> effect) {
        Span span = span(consumer, event);
        try (Scope ignored = span.makeCurrent()) {
            persistently(consumer, event, () -> {
                if (!inbox.process(consumer, event, effect)) {
                    LOG.debugf("%s already processed event %s (%s); ignored", consumer, event.id(), event.type());
                }
            });
        } catch (PoisonEvent poison) {
            health.deadLettered(consumer, event.type());
            EventTraces.failed(span, poison);
            throw poison;
        } finally {
            span.end();
        }
    }

    private Span span(String consumer, EventEnvelope event) {
        Span span = traces.start(consumer + " process", SpanKind.CONSUMER, event);
        span.setAttribute("messaging.system", "kafka");
        span.setAttribute("messaging.operation.type", "process");
        span.setAttribute("messaging.consumer.group.name", consumer);
        span.setAttribute("messaging.message.id", event.id().toString());
        span.setAttribute("cloudevents.event_type", event.type());
        return span;
    }

    /** Runs the attempt until it succeeds; {@code event} (a batch's first) names what is held in the health report. */
    private void persistently(String consumer, EventEnvelope event, Runnable attempt) {
        Persistently.run(attempt, config.initialBackoff(), config.maxBackoff(),
                duration -> Thread.sleep(duration.toMillis()),
                new Persistently.Listener() {
                    private long lastLog;

                    @Override
                    public void failed(int failures, RuntimeException error, Duration retryIn) {
                        health.failed(consumer, event.id().toString(), event.type(), failures, error);
                        if (failures == 1 || System.nanoTime() - lastLog >= config.logEvery().toNanos()) {
                            lastLog = System.nanoTime();
                            LOG.warnf("%s could not process %s %s (%d failures so far), retrying in %s: %s",
                                    consumer, event.type(), event.id(), failures, retryIn, error.toString());
                        }
                    }

                    @Override
                    public void recovered(int failures) {
                        health.recovered(consumer, event.id().toString());
                        LOG.infof("%s processed %s %s after %d failures", consumer, event.type(), event.id(),
                                failures);
                    }
                });
    }
}
