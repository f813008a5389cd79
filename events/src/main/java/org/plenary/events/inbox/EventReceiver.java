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

    public void receive(String consumer, String message, EventHandlers handlers) {
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
            return;
        }
        Span span = traces.start(consumer + " process", SpanKind.CONSUMER, event);
        span.setAttribute("messaging.system", "kafka");
        span.setAttribute("messaging.operation.type", "process");
        span.setAttribute("messaging.consumer.group.name", consumer);
        span.setAttribute("messaging.message.id", event.id().toString());
        span.setAttribute("cloudevents.event_type", event.type());
        try (Scope ignored = span.makeCurrent()) {
            persistently(consumer, event, effect.get());
        } catch (PoisonEvent poison) {
            health.deadLettered(consumer, event.type());
            EventTraces.failed(span, poison);
            throw poison;
        } finally {
            span.end();
        }
    }

    private void persistently(String consumer, EventEnvelope event, Consumer<EventEnvelope> handler) {
        Persistently.run(() -> {
            if (!inbox.process(consumer, event, handler)) {
                LOG.debugf("%s already processed event %s (%s); ignored", consumer, event.id(), event.type());
            }
        }, config.initialBackoff(), config.maxBackoff(), duration -> Thread.sleep(duration.toMillis()),
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
