package org.plenary.contribution.registration;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.plenary.contribution.contribution.ContributionRepository;
import org.plenary.events.EventEnvelope;
import org.plenary.events.EventJson;
import org.plenary.events.inbox.EventReceiver;
import org.plenary.events.registration.PersonalDataErased;

/**
 * registration.events, for the one event this service answers: a person's personal data erased on request, which
 * erases the contact of the contributions they answered for. Every other type is recorded and skipped.
 */
@ApplicationScoped
public class RegistrationEventsConsumer {

    private static final Logger LOG = Logger.getLogger(RegistrationEventsConsumer.class);
    static final String CONSUMER = "contribution-service";

    private final EventReceiver receiver;
    private final EventJson json;
    private final ContributionRepository contributions;

    public RegistrationEventsConsumer(EventReceiver receiver, EventJson json, ContributionRepository contributions) {
        this.receiver = receiver;
        this.json = json;
        this.contributions = contributions;
    }

    @Incoming("registration-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        receiver.receive(CONSUMER, record.value(), this::apply);
    }

    private void apply(EventEnvelope event) {
        if (PersonalDataErased.TYPE.equals(event.type())) {
            PersonalDataErased erased = json.data(event, PersonalDataErased.class);
            int rows = contributions.eraseContact(erased.emailSha256());
            LOG.infof("Erasure %s: the contact of %d contributions and revisions erased", erased.erasureId(), rows);
        }
    }
}
