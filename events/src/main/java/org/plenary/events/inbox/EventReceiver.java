package org.plenary.events.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.jboss.logging.Logger;
import org.plenary.events.EventEnvelope;
import org.plenary.events.EventJson;
import org.plenary.events.PoisonEvent;

import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

/**
 * The one way a service takes in a Kafka message: parse the envelope, apply the handler once through the
 * {@link Inbox}. A transient failure (the database away, a lock timeout) is retried with backoff; a
 * {@link PoisonEvent} is not, and the messaging connector sends it to the dead-letter topic, so its partition moves on.
 * Offsets are committed by the connector only after this returns.
 */
@ApplicationScoped
public class EventReceiver {

    private static final Logger LOG = Logger.getLogger(EventReceiver.class);

    private final EventJson json;
    private final Inbox inbox;

    public EventReceiver(EventJson json, Inbox inbox) {
        this.json = json;
        this.inbox = inbox;
    }

    @Retry(maxRetries = 8, delay = 100, maxDuration = 2, durationUnit = ChronoUnit.MINUTES, abortOn = PoisonEvent.class)
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    public void receive(String consumer, String message, Consumer<EventEnvelope> handler) {
        EventEnvelope event = json.read(message);
        if (!inbox.process(consumer, event, handler)) {
            LOG.debugf("%s already processed event %s (%s); ignored", consumer, event.id(), event.type());
        }
    }
}
