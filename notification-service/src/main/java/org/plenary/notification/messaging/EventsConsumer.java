package org.plenary.notification.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.plenary.events.EventEnvelope;
import org.plenary.events.EventJson;
import org.plenary.events.agenda.AgendaAdopted;
import org.plenary.events.agenda.ContributionDeadlineChanged;
import org.plenary.events.agenda.MeetingScheduled;
import org.plenary.events.agenda.TimePlanPublished;
import org.plenary.events.contribution.ContributionPublished;
import org.plenary.events.contribution.ContributionRevised;
import org.plenary.events.contribution.ContributionSubmitted;
import org.plenary.events.inbox.EventReceiver;
import org.plenary.events.registration.AdditionalSpeakerDecided;
import org.plenary.events.registration.AdditionalSpeakerRequested;
import org.plenary.events.registration.ContactPersonsChanged;
import org.plenary.events.registration.ParticipantRegistered;
import org.plenary.events.registration.ParticipantRoleChanged;
import org.plenary.events.registration.PersonalDataErased;
import org.plenary.events.registration.SpeakersChanged;

/** All three topics: each event applied once (inbox), its email recorded in the same transaction. */
@ApplicationScoped
public class EventsConsumer {

    static final String CONSUMER = "notification-service";

    private final EventReceiver receiver;
    private final EventJson json;
    private final Notifications notifications;

    public EventsConsumer(EventReceiver receiver, EventJson json, Notifications notifications) {
        this.receiver = receiver;
        this.json = json;
        this.notifications = notifications;
    }

    @Incoming("agenda-events")
    @Blocking
    public void agenda(ConsumerRecord<String, String> record) {
        receiver.receive(CONSUMER, record.value(), event -> {
            switch (event.type()) {
                case MeetingScheduled.TYPE -> notifications.meetingScheduled(event,
                        json.data(event, MeetingScheduled.class));
                case ContributionDeadlineChanged.TYPE ->
                        notifications.deadlineChanged(event, json.data(event, ContributionDeadlineChanged.class));
                case AgendaAdopted.TYPE ->
                        notifications.agendaAdopted(event, json.data(event, AgendaAdopted.class));
                case TimePlanPublished.TYPE ->
                        notifications.timePlanPublished(event.id(), json.data(event, TimePlanPublished.class));
                default -> {
                    // Not needed here; the inbox still records it as processed.
                }
            }
        });
    }

    @Incoming("contribution-events")
    @Blocking
    public void contribution(ConsumerRecord<String, String> record) {
        receiver.receive(CONSUMER, record.value(), event -> {
            switch (event.type()) {
                case ContributionSubmitted.TYPE ->
                        notifications.contribution(event.id(), json.data(event, ContributionSubmitted.class), false);
                case ContributionRevised.TYPE ->
                        notifications.contribution(event.id(), json.data(event, ContributionRevised.class), true);
                case ContributionPublished.TYPE ->
                        notifications.published(event.id(), json.data(event, ContributionPublished.class));
                default -> {
                    // A withdrawal sends no email (notification-service/README.md, "Emails").
                }
            }
        });
    }

    @Incoming("registration-events")
    @Blocking
    public void registration(ConsumerRecord<String, String> record) {
        receiver.receive(CONSUMER, record.value(), this::registration);
    }

    private void registration(EventEnvelope event) {
        switch (event.type()) {
            case ContactPersonsChanged.TYPE ->
                    notifications.contactsChanged(event, json.data(event, ContactPersonsChanged.class));
            case SpeakersChanged.TYPE -> notifications.speakersChanged(event,
                    json.data(event, SpeakersChanged.class));
            case AdditionalSpeakerRequested.TYPE -> notifications.additionalRequested(event.id(),
                    json.data(event, AdditionalSpeakerRequested.class));
            case AdditionalSpeakerDecided.TYPE -> notifications.additionalDecided(event.id(),
                    json.data(event, AdditionalSpeakerDecided.class));
            case ParticipantRegistered.TYPE -> notifications.participantRegistered(event.id(),
                    json.data(event, ParticipantRegistered.class));
            case ParticipantRoleChanged.TYPE -> notifications.roleChanged(event.id(),
                    json.data(event, ParticipantRoleChanged.class));
            case PersonalDataErased.TYPE -> notifications.personalDataErased(
                    json.data(event, PersonalDataErased.class));
            default -> {
                // ParticipantCancelled sends no email (notification-service/README.md, "Emails").
            }
        }
    }
}
