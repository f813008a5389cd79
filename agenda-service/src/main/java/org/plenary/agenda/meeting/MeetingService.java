package org.plenary.agenda.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.plenary.events.outbox.Outbox;
import org.plenary.platform.i18n.Languages;
import org.plenary.platform.problem.InvalidField;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MeetingService {

    private final MeetingRepository meetings;
    private final ContributionDeadlineChangeRepository deadlineChanges;
    private final Outbox outbox;
    private final Clock clock;

    public MeetingService(MeetingRepository meetings, ContributionDeadlineChangeRepository deadlineChanges,
                          Outbox outbox, Clock clock) {
        this.meetings = meetings;
        this.deadlineChanges = deadlineChanges;
        this.outbox = outbox;
        this.clock = clock;
    }

    public List<Meeting> list() {
        return meetings.listAll();
    }

    public Optional<Meeting> find(String id) {
        return meetings.findByIdOptional(id);
    }

    /** Every setting of the deadline, oldest first; empty for an unknown meeting. */
    public List<ContributionDeadlineChange> deadlineHistory(String meetingId) {
        return deadlineChanges.history(meetingId);
    }

    @Transactional
    public Meeting create(CreateMeetingRequest request, String createdBy) {
        Languages.requireEnglish("title", request.title());
        ZoneId zone = Deadlines.zone("timeZone", request.timeZone());
        if (meetings.findByIdOptional(request.id()).isPresent()) {
            throw new MeetingAlreadyExists(request.id());
        }
        Meeting meeting = new Meeting();
        meeting.id = request.id();
        meeting.title = request.title();
        meeting.timeZone = zone.getId();
        meeting.startsOn = request.startsOn();
        meeting.contributionDeadline = Deadlines.endOf(request.contributionDeadlineDate(),
                request.contributionDeadlineTime(), zone);
        meeting.mailboxes = request.mailboxes().toMailboxes();
        meeting.capacity = capacity(request.capacity());
        meeting.contact = request.contact() == null ? null : request.contact().toContact();
        if (request.addressedTo() != null) {
            meeting.addressedTo = request.addressedTo();
        }
        if (request.observersAllowed() != null) {
            meeting.observersAllowed = request.observersAllowed();
        }
        return schedule(meeting, "Meeting scheduled", createdBy);
    }

    /** Changes the fields given and announces the meeting's full new state. */
    @Transactional
    public Meeting change(String meetingId, ChangeMeetingRequest request) {
        Meeting meeting = meetings.lock(meetingId);
        if (request.title() != null) {
            Map<String, String> title = new HashMap<>(meeting.title);
            title.putAll(request.title());
            meeting.title = title;
        }
        if (request.startsOn() != null) {
            meeting.startsOn = request.startsOn();
        }
        if (request.mailboxes() != null) {
            meeting.mailboxes = request.mailboxes().toMailboxes();
        }
        if (request.capacity() != null) {
            meeting.capacity = capacity(request.capacity());
        }
        if (request.contact() != null) {
            meeting.contact = request.contact().toContact();
        }
        if (request.addressedTo() != null) {
            meeting.addressedTo = request.addressedTo();
        }
        if (request.observersAllowed() != null) {
            meeting.observersAllowed = request.observersAllowed();
        }
        outbox.append(meeting.id, MeetingEvents.scheduled(meeting));
        return meeting;
    }

    private static Meeting.Capacity capacity(CreateMeetingRequest.Capacity c) {
        if (c.speakersPerDelegationMin() > c.speakersPerDelegationMax()) {
            throw new InvalidField("capacity.speakersPerDelegationMin", "not-above-max",
                    "must not exceed speakersPerDelegationMax");
        }
        return new Meeting.Capacity(c.speakers(), c.viewers(), c.speakersPerDelegationMin(),
                c.speakersPerDelegationMax());
    }

    /**
     * Stores a new meeting and announces it with its first deadline, in the caller's transaction.
     *
     * @param deadlineReason why the deadline is what it is, the first line of its history
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Meeting schedule(Meeting meeting, String deadlineReason, String scheduledBy) {
        meeting.createdAt = clock.instant();
        meetings.persist(meeting);
        outbox.append(meeting.id, MeetingEvents.scheduled(meeting));
        recordDeadline(meeting, null, deadlineReason, scheduledBy);
        return meeting;
    }

    /**
     * Extends or moves the contribution deadline. The meeting row is locked, so two changes at once are applied one
     * after the other, each with the right previous value. Setting the deadline it already has changes nothing.
     */
    @Transactional
    public Meeting changeDeadline(String meetingId, ChangeDeadlineRequest request, String changedBy) {
        Meeting meeting = meetings.lock(meetingId);
        Instant deadline = Deadlines.endOf(request.date(), request.time(), ZoneId.of(meeting.timeZone));
        if (!deadline.equals(meeting.contributionDeadline)) {
            Instant previous = meeting.contributionDeadline;
            meeting.contributionDeadline = deadline;
            recordDeadline(meeting, previous, request.reason(), changedBy);
        }
        return meeting;
    }

    private void recordDeadline(Meeting meeting, Instant previous, String reason, String changedBy) {
        ContributionDeadlineChange change = new ContributionDeadlineChange();
        change.id = UUID.randomUUID();
        change.meetingId = meeting.id;
        change.deadline = meeting.contributionDeadline;
        change.previousDeadline = previous;
        change.reason = reason;
        change.changedBy = changedBy;
        change.changedAt = clock.instant();
        deadlineChanges.persist(change);
        outbox.append(meeting.id, MeetingEvents.deadlineChanged(change, meeting.timeZone));
    }
}
