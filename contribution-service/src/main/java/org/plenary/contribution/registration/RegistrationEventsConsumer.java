package org.plenary.contribution.registration;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.plenary.events.EventEnvelope;
import org.plenary.events.EventJson;
import org.plenary.events.inbox.EventReceiver;
import org.plenary.events.registration.PersonalDataErased;

/**
 * registration.events, for the one event this service answers: a person's personal data erased on request, handed to
 * whoever keeps that person's data here (contribution/ContactErasure) as a CDI event in the same transaction, so this
 * replica package does not depend on the features that read it. Every other type is recorded and skipped.
 */
@ApplicationScoped
public class RegistrationEventsConsumer {

    static final String CONSUMER = "contribution-service";

    private final EventReceiver receiver;
    private final EventJson json;
    private final Event<PersonalDataErased> erasures;

    public RegistrationEventsConsumer(EventReceiver receiver, EventJson json, Event<PersonalDataErased> erasures) {
        this.receiver = receiver;
        this.json = json;
        this.erasures = erasures;
    }

    @Incoming("registration-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        receiver.receive(CONSUMER, record.value(), this::apply);
    }

    private void apply(EventEnvelope event) {
        if (PersonalDataErased.TYPE.equals(event.type())) {
            erasures.fire(json.data(event, PersonalDataErased.class));
        }
    }
}
