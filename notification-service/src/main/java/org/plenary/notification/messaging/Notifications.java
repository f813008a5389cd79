package org.plenary.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.plenary.events.registration.PersonalDataErased;
import org.plenary.events.sealing.Sealer;
import org.plenary.notification.ledger.LedgerErasure;
import jakarta.transaction.Transactional;
import org.plenary.events.EventEnvelope;
import org.plenary.events.agenda.AgendaAdopted;
import org.plenary.events.agenda.ContributionDeadlineChanged;
import org.plenary.events.agenda.MeetingScheduled;
import org.plenary.events.agenda.TimePlanPublished;
import org.plenary.events.contribution.ContributionPublished;
import org.plenary.events.contribution.ContributionState;
import org.plenary.events.contribution.ContributionWithdrawn;
import org.plenary.events.registration.AdditionalSpeakerDecided;
import org.plenary.events.registration.AdditionalSpeakerRequested;
import org.plenary.events.registration.ContactPersonsChanged;
import org.plenary.events.registration.ParticipantRegistered;
import org.plenary.events.registration.ParticipantRoleChanged;
import org.plenary.events.registration.SpeakersChanged;
import org.plenary.notification.agenda.MeetingReplica;
import org.plenary.notification.agenda.MeetingReplicaRepository;
import org.plenary.notification.emails.AgendaChanges;
import org.plenary.notification.emails.Composed;
import org.plenary.notification.emails.EmailComposer;
import org.plenary.notification.ledger.Ledger;
import org.plenary.notification.registration.ContactsReplica;
import org.plenary.notification.registration.ContactsReplicaRepository;
import org.plenary.notification.registration.DelegationReplica;
import org.plenary.notification.registration.DelegationReplicaRepository;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Function;

/**
 * What each event means here: a replica kept up to date, or an email recorded in the ledger, in the transaction that
 * records the event as processed. Every method runs inside the inbox's transaction.
 */
@ApplicationScoped
public class Notifications {

    private static final Logger LOG = Logger.getLogger(Notifications.class);

    private final MeetingReplicaRepository meetings;
    private final ContactsReplicaRepository contacts;
    private final DelegationReplicaRepository delegations;
    private final EmailComposer composer;
    private final Ledger ledger;
    private final LedgerErasure erasure;
    private final Sealer sealer;
    private final Clock clock;

    public Notifications(MeetingReplicaRepository meetings, ContactsReplicaRepository contacts,
                         DelegationReplicaRepository delegations, EmailComposer composer, Ledger ledger,
                         LedgerErasure erasure, Sealer sealer, Clock clock) {
        this.meetings = meetings;
        this.contacts = contacts;
        this.delegations = delegations;
        this.composer = composer;
        this.ledger = ledger;
        this.erasure = erasure;
        this.sealer = sealer;
        this.clock = clock;
    }

    /** Events of different topics are not ordered: an email about a meeting not seen yet waits for it (retried). */
    static class MeetingNotYetKnown extends IllegalStateException {
        MeetingNotYetKnown(String meetingId) {
            super("meeting " + meetingId + " is not known here yet; the event is retried");
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void meetingScheduled(EventEnvelope envelope, MeetingScheduled event) {
        MeetingReplica meeting = meetings.findByIdOptional(event.meetingId()).orElseGet(MeetingReplica::new);
        if (!envelope.newerThan(meeting.appliedVersion)) {
            return;
        }
        meeting.appliedVersion = envelope.aggregateversion();
        meeting.id = event.meetingId();
        meeting.title = event.title();
        meeting.timeZone = event.timeZone();
        meeting.startsOn = event.startsOn();
        if (!event.contributionDeadline().equals(meeting.contributionDeadline)) {
            meeting.contributionDeadline = event.contributionDeadline();
            meeting.deadlineSetAt = clock.instant();
        }
        if (event.mailboxes() != null) {
            meeting.contributionsMailbox = event.mailboxes().contributions();
            meeting.speakerMailbox = event.mailboxes().speakerRegistration();
            meeting.speakerCcMailbox = event.mailboxes().speakerRegistrationCc();
            meeting.secretariatMailbox = event.mailboxes().secretariat();
            meeting.sender = event.mailboxes().sender();
        }
        meeting.contact = event.contact() == null ? null
                : new MeetingReplica.Contact(event.contact().name(), event.contact().phone(), event.contact().email());
        meeting.addressedTo = event.audience();
        meeting.updatedAt = clock.instant();
        meetings.persist(meeting);
    }

    /** Moves every pending reminder: they are computed from the deadline the replica holds. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deadlineChanged(EventEnvelope envelope, ContributionDeadlineChanged event) {
        MeetingReplica meeting = meetings.findByIdOptional(event.meetingId()).orElse(null);
        if (meeting == null || !envelope.newerThan(meeting.appliedVersion)) {
            return;
        }
        meeting.appliedVersion = envelope.aggregateversion();
        boolean moved = !event.deadline().equals(meeting.contributionDeadline);
        if (moved) {
            meeting.contributionDeadline = event.deadline();
            meeting.deadlineSetAt = clock.instant();
        }
        meeting.updatedAt = clock.instant();
        if (moved && event.previousDeadline() != null) {
            announceDeadline(envelope.id(), meeting, event);
        }
    }


    /** Each submitting state's contact persons are told, once, that their contribution is published and as what. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void published(UUID eventId, ContributionPublished event) {
        MeetingReplica meeting = meeting(event.meetingId());
        for (String state : event.submittingMemberStates()) {
            ContactsReplica known = contacts.findByIdOptional(state).orElse(null);
            ledger.recordAnnouncement("contribution-published/" + eventId + "/" + state, meeting.id,
                    composer.published(event, meeting, state, known));
        }
    }

    /** Every state the meeting is addressed to is told of the new deadline, once per change, in its language. */
    private void announceDeadline(UUID eventId, MeetingReplica meeting, ContributionDeadlineChanged event) {
        announce("deadline-changed/" + eventId, meeting, state -> composer.deadlineChanged(meeting,
                state.memberState, state, event.previousDeadline(), event.reason()));
    }

    /** The agenda adopted: the states it is addressed to told of the version and what changed since the last one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void agendaAdopted(EventEnvelope envelope, AgendaAdopted event) {
        UUID eventId = envelope.id();
        MeetingReplica meeting = meeting(event.meetingId());
        if (!envelope.newerThan(meeting.appliedVersion)
                || meeting.adoptedVersion != null && meeting.adoptedVersion >= event.version()) {
            return;
        }
        meeting.appliedVersion = envelope.aggregateversion();
        AgendaChanges changes = AgendaChanges.between(meeting.adoptedVersion, meeting.adoptedItems, event.items());
        announce("agenda-adopted/" + eventId, meeting, state -> composer.agendaAdopted(meeting, state.memberState,
                state, event, changes));
        meeting.adoptedVersion = event.version();
        meeting.adoptedItems = event.items();
    }

    /** The time plan published: the states the meeting is addressed to get it, with the plan as a calendar file. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void timePlanPublished(UUID eventId, TimePlanPublished event) {
        MeetingReplica meeting = meeting(event.meetingId());
        announce("time-plan-published/" + eventId, meeting,
                state -> composer.timePlanPublished(meeting, state.memberState, state, event));
    }

    /** One announcement per state the meeting is addressed to that has contact persons, recorded once per key. */
    private void announce(String key, MeetingReplica meeting, Function<ContactsReplica, Composed> email) {
        for (ContactsReplica state : contacts.listAll()) {
            if (meeting.addressedTo(state.category)) {
                ledger.recordAnnouncement(key + "/" + state.memberState, meeting.id, email.apply(state));
            }
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void contactsChanged(EventEnvelope envelope, ContactPersonsChanged event) {
        ContactsReplica replica = contacts.findByIdOptional(event.memberState()).orElseGet(ContactsReplica::new);
        if (!envelope.newerThan(replica.appliedVersion)) {
            return;
        }
        replica.appliedVersion = envelope.aggregateversion();
        replica.memberState = event.memberState();
        replica.name = event.name();
        replica.contactPersons = event.contactPersons().stream()
                .map(p -> new ContactsReplica.Person(p.name(), p.email(), p.language())).toList();
        replica.category = event.category();
        replica.updatedAt = clock.instant();
        contacts.persist(replica);
    }

    /** A person's data erased on request: the ledger keeps its history, not their address or what named them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void personalDataErased(PersonalDataErased event) {
        String address = sealer.open(event.sealedEmail(), event.erasureId().toString());
        int named = erasure.erase(address);
        LOG.infof("Erasure %s: %d deliveries named the person; erased", event.erasureId(), named);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void contribution(UUID eventId, ContributionState event, boolean revised) {
        ledger.record(eventId, event.meetingId(),
                composer.contribution(event, revised, meeting(event.meetingId()), contacts::findById));
    }

    /** Events written before a withdrawal named its submitting states tell no one: there is no one known to tell. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrawn(UUID eventId, ContributionWithdrawn event) {
        if (event.submittingMemberStates().isEmpty()) {
            LOG.infof("Withdrawal of %s names no submitting state (an event written before it did): no email",
                    event.contributionId());
            return;
        }
        ledger.record(eventId, event.meetingId(),
                composer.withdrawn(event, meeting(event.meetingId()), contacts::findById));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void speakersChanged(EventEnvelope envelope, SpeakersChanged event) {
        String id = event.meetingId() + "/" + event.memberState();
        DelegationReplica delegation = delegations.findByIdOptional(id).orElseGet(DelegationReplica::new);
        if (!envelope.newerThan(delegation.appliedVersion)) {
            return;
        }
        UUID eventId = envelope.id();
        delegation.appliedVersion = envelope.aggregateversion();
        delegation.id = id;
        delegation.meetingId = event.meetingId();
        delegation.memberState = event.memberState();
        delegation.speakers = event.speakers().size();
        delegations.persist(delegation);
        ledger.record(eventId, event.meetingId(), composer.speakers(event, meeting(event.meetingId())));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void additionalRequested(UUID eventId, AdditionalSpeakerRequested event) {
        ledger.record(eventId, event.meetingId(), composer.additionalRequested(event, meeting(event.meetingId())));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void additionalDecided(UUID eventId, AdditionalSpeakerDecided event) {
        ledger.record(eventId, event.meetingId(),
                composer.additionalDecided(event, meeting(event.meetingId()), contacts::findById));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void participantRegistered(UUID eventId, ParticipantRegistered event) {
        ledger.record(eventId, event.meetingId(), composer.participantRegistered(event, meeting(event.meetingId())));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void roleChanged(UUID eventId, ParticipantRoleChanged event) {
        ledger.record(eventId, event.meetingId(), composer.roleChanged(event, meeting(event.meetingId())));
    }

    private MeetingReplica meeting(String meetingId) {
        return meetings.findByIdOptional(meetingId).orElseThrow(() -> new MeetingNotYetKnown(meetingId));
    }
}
