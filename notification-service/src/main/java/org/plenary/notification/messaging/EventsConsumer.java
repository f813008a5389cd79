package org.plenary.notification.messaging;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.plenary.events.agenda.AgendaAdopted;
import org.plenary.events.agenda.ContributionDeadlineChanged;
import org.plenary.events.agenda.MeetingScheduled;
import org.plenary.events.agenda.TimePlanPublished;
import org.plenary.events.contribution.ContributionPublished;
import org.plenary.events.contribution.ContributionRevised;
import org.plenary.events.contribution.ContributionSubmitted;
import org.plenary.events.contribution.ContributionWithdrawn;
import org.plenary.events.inbox.EventHandlers;
import org.plenary.events.inbox.EventReceiver;
import org.plenary.events.inbox.KafkaBatch;
import org.plenary.events.registration.AdditionalSpeakerDecided;
import org.plenary.events.registration.AdditionalSpeakerRequested;
import org.plenary.events.registration.ContactPersonsChanged;
import org.plenary.events.registration.ParticipantRegistered;
import org.plenary.events.registration.ParticipantRoleChanged;
import org.plenary.events.registration.PersonalDataErased;
import org.plenary.events.registration.SpeakersChanged;

/**
 * All three topics, in batches (one transaction for a poll's events, {@link EventReceiver#receiveAll}): each event
 * applied once (inbox), its email recorded in the same transaction. The types not listed send no email (a withdrawal,
 * a cancelled participant: notification-service/README.md, "Emails") and are passed by.
 */
@ApplicationScoped
public class EventsConsumer {

    static final String CONSUMER = "notification-service";

    private final EventReceiver receiver;
    private final EventHandlers agenda;
    private final EventHandlers contribution;
    private final EventHandlers registration;

    public EventsConsumer(EventReceiver receiver, Notifications notifications) {
        this.receiver = receiver;
        this.agenda = new EventHandlers()
                .on(MeetingScheduled.TYPE, MeetingScheduled.class, notifications::meetingScheduled)
                .on(ContributionDeadlineChanged.TYPE, ContributionDeadlineChanged.class,
                        notifications::deadlineChanged)
                .on(AgendaAdopted.TYPE, AgendaAdopted.class, notifications::agendaAdopted)
                .on(TimePlanPublished.TYPE, TimePlanPublished.class,
                        (event, data) -> notifications.timePlanPublished(event.id(), data));
        this.contribution = new EventHandlers()
                .on(ContributionSubmitted.TYPE, ContributionSubmitted.class,
                        (event, data) -> notifications.contribution(event.id(), data, false))
                .on(ContributionRevised.TYPE, ContributionRevised.class,
                        (event, data) -> notifications.contribution(event.id(), data, true))
                .on(ContributionPublished.TYPE, ContributionPublished.class,
                        (event, data) -> notifications.published(event.id(), data))
                .on(ContributionWithdrawn.TYPE, ContributionWithdrawn.class,
                        (event, data) -> notifications.withdrawn(event.id(), data));
        this.registration = new EventHandlers()
                .on(ContactPersonsChanged.TYPE, ContactPersonsChanged.class, notifications::contactsChanged)
                .on(SpeakersChanged.TYPE, SpeakersChanged.class, notifications::speakersChanged)
                .on(AdditionalSpeakerRequested.TYPE, AdditionalSpeakerRequested.class,
                        (event, data) -> notifications.additionalRequested(event.id(), data))
                .on(AdditionalSpeakerDecided.TYPE, AdditionalSpeakerDecided.class,
                        (event, data) -> notifications.additionalDecided(event.id(), data))
                .on(ParticipantRegistered.TYPE, ParticipantRegistered.class,
                        (event, data) -> notifications.participantRegistered(event.id(), data))
                .on(ParticipantRoleChanged.TYPE, ParticipantRoleChanged.class,
                        (event, data) -> notifications.roleChanged(event.id(), data))
                .on(PersonalDataErased.TYPE, PersonalDataErased.class,
                        (event, data) -> notifications.personalDataErased(data));
    }

    @Incoming("agenda-events")
    @Blocking
    public void agenda(ConsumerRecords<String, String> records,
                       IncomingKafkaRecordBatchMetadata<String, String> batch) {
        receiver.receiveAll(CONSUMER, KafkaBatch.deliveries(records, batch), agenda);
    }

    @Incoming("contribution-events")
    @Blocking
    public void contribution(ConsumerRecords<String, String> records,
                             IncomingKafkaRecordBatchMetadata<String, String> batch) {
        receiver.receiveAll(CONSUMER, KafkaBatch.deliveries(records, batch), contribution);
    }

    @Incoming("registration-events")
    @Blocking
    public void registration(ConsumerRecords<String, String> records,
                             IncomingKafkaRecordBatchMetadata<String, String> batch) {
        receiver.receiveAll(CONSUMER, KafkaBatch.deliveries(records, batch), registration);
    }
}
