package org.plenary.events.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.plenary.events.EventEnvelope;
import org.plenary.events.EventJson;
import org.plenary.events.PoisonEvent;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * The one way a service takes in a Kafka message: parse the envelope, apply the handler once through the
 * {@link Inbox}. Only a {@link PoisonEvent} (not an envelope, data that does not fit its type) goes to the
 * dead-letter topic, at once, so its partition moves on. Any other failure can pass (the database away, a lock
 * timeout, an event that needs another not yet arrived): it is retried with capped backoff for as long as it takes,
 * holding this consumer's channel in order, while {@link ConsumerHealth} reports the consumer degraded and the log says
 * so once a minute. Offsets are committed by the connector only after this returns.
 */
@ApplicationScoped
public class EventReceiver {

    private static final Logger LOG = Logger.getLogger(EventReceiver.class);

    private final EventJson json;
    private final Inbox inbox;
    private final ConsumerRetryConfig config;
    private final ConsumerHealth health;

    public EventReceiver(EventJson json, Inbox inbox, ConsumerRetryConfig config, ConsumerHealth health) {
        this.json = json;
        this.inbox = inbox;
        this.config = config;
        this.health = health;
    }

    public void receive(String consumer, String message, Consumer<EventEnvelope> handler) {
        EventEnvelope event;
        try {
            event = json.read(message);
        } catch (PoisonEvent poison) {
            health.deadLettered(consumer, null);
            throw poison;
        }
        try {
            persistently(consumer, event, handler);
        } catch (PoisonEvent poison) {
            health.deadLettered(consumer, event.type());
            throw poison;
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
