package org.plenary.contribution.registration;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.plenary.events.EventEnvelope;
import org.plenary.events.PoisonEvent;
import org.plenary.events.inbox.EventHandlers;
import org.plenary.events.inbox.EventReceiver;
import org.plenary.events.registration.ContactPersonsChanged;
import org.plenary.events.registration.PersonalDataErased;

import java.time.Clock;

/**
 * registration.events, for what this service needs of it: each member state's category (ContactPersonsChanged, which
 * registration-service publishes at seeding and at every change of the state's contacts or category), and a person's
 * personal data erased on request, handed to whoever keeps that person's data here (contribution/ContactErasure) as a
 * CDI event in the same transaction, so this replica package does not depend on the features that read it. Every other
 * type (a registration, a speaker change: most of the topic) is passed by without a transaction.
 */
@ApplicationScoped
public class RegistrationEventsConsumer {

    static final String CONSUMER = "contribution-service";

    private final EventReceiver receiver;
    private final MemberStateCategoryRepository categories;
    private final Clock clock;
    private final EventHandlers handlers;

    public RegistrationEventsConsumer(EventReceiver receiver, MemberStateCategoryRepository categories,
                                      Event<PersonalDataErased> erasures, Clock clock) {
        this.receiver = receiver;
        this.categories = categories;
        this.clock = clock;
        this.handlers = new EventHandlers()
                .on(ContactPersonsChanged.TYPE, ContactPersonsChanged.class, this::apply)
                .on(PersonalDataErased.TYPE, PersonalDataErased.class, (event, erased) -> erasures.fire(erased));
    }

    @Incoming("registration-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        receiver.receive(CONSUMER, record.value(), handlers);
    }

    /** An event written before the category existed leaves what is known of the state as it was. */
    private void apply(EventEnvelope envelope, ContactPersonsChanged changed) {
        if (changed.category() == null) {
            return;
        }
        MemberStateCategory state = categories.findByIdOptional(changed.memberState())
                .orElseGet(MemberStateCategory::new);
        if (!envelope.newerThan(state.appliedVersion)) {
            return;
        }
        state.appliedVersion = envelope.aggregateversion();
        state.memberState = changed.memberState();
        state.category = category(changed);
        state.updatedAt = clock.instant();
        categories.persist(state);
    }

    /** The v1 contract knows two categories: another value is data that does not fit the type. */
    private static MemberStateCategory.Category category(ContactPersonsChanged changed) {
        try {
            return MemberStateCategory.Category.valueOf(changed.category());
        } catch (IllegalArgumentException unknown) {
            throw new PoisonEvent("ContactPersonsChanged " + changed.memberState() + ": category '"
                    + changed.category() + "' is neither " + ContactPersonsChanged.COUNCIL_MEMBER_STATE + " nor "
                    + ContactPersonsChanged.MEMBER_STATE, unknown);
        }
    }
}
