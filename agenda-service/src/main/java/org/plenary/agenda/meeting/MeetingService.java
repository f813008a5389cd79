package org.plenary.agenda.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.plenary.events.outbox.Outbox;
import org.plenary.platform.i18n.Languages;
import org.plenary.platform.problem.InvalidField;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
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
    public Meeting create(NewMeeting newMeeting, String createdBy) {
        Languages.requireEnglish("title", newMeeting.title());
        ZoneId zone = Deadlines.zone("timeZone", newMeeting.timeZone());
        if (meetings.findByIdOptional(newMeeting.id()).isPresent()) {
            throw new MeetingAlreadyExists(newMeeting.id());
        }
        Meeting meeting = new Meeting();
        meeting.id = newMeeting.id();
        meeting.title = newMeeting.title();
        meeting.timeZone = zone.getId();
        meeting.startsOn = newMeeting.startsOn();
        meeting.contributionDeadline = Deadlines.endOf(newMeeting.contributionDeadlineDate(),
                newMeeting.contributionDeadlineTime(), zone);
        meeting.mailboxes = newMeeting.mailboxes();
        meeting.capacity = checked(newMeeting.capacity());
        meeting.contact = newMeeting.contact();
        if (newMeeting.addressedTo() != null) {
            meeting.addressedTo = newMeeting.addressedTo();
        }
        if (newMeeting.observersAllowed() != null) {
            meeting.observersAllowed = newMeeting.observersAllowed();
        }
        return schedule(meeting, "Meeting scheduled", createdBy);
    }

    /** Changes the fields given and announces the meeting's full new state. */
    @Transactional
    public Meeting change(String meetingId, MeetingChange change) {
        Meeting meeting = meetings.lock(meetingId);
        if (change.title() != null) {
            Map<String, String> title = new HashMap<>(meeting.title);
            title.putAll(change.title());
            meeting.title = title;
        }
        if (change.startsOn() != null) {
            meeting.startsOn = change.startsOn();
        }
        if (change.mailboxes() != null) {
            meeting.mailboxes = change.mailboxes();
        }
        if (change.capacity() != null) {
            meeting.capacity = checked(change.capacity());
        }
        if (change.contact() != null) {
            meeting.contact = change.contact();
        }
        if (change.addressedTo() != null) {
            meeting.addressedTo = change.addressedTo();
        }
        if (change.observersAllowed() != null) {
            meeting.observersAllowed = change.observersAllowed();
        }
        outbox.append(meeting.id, MeetingEvents.scheduled(meeting));
        return meeting;
    }

    private static Meeting.Capacity checked(Meeting.Capacity capacity) {
        if (capacity.speakersPerDelegationMin() > capacity.speakersPerDelegationMax()) {
            throw new InvalidField("capacity.speakersPerDelegationMin", "not-above-max",
                    "must not exceed speakersPerDelegationMax");
        }
        return capacity;
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
     *
     * @param time a time on that day in the meeting's time zone, or null for the day's end
     */
    @Transactional
    public Meeting changeDeadline(String meetingId, LocalDate date, LocalTime time, String reason, String changedBy) {
        Meeting meeting = meetings.lock(meetingId);
        Instant deadline = Deadlines.endOf(date, time, ZoneId.of(meeting.timeZone));
        Instant now = clock.instant();
        // A deadline already passed is a mistyped year or month: it would close the call at once and be announced
        // to every member state. Contributions after the deadline are the secretariat's to accept, one by one.
        if (!deadline.isAfter(now) && !deadline.equals(meeting.contributionDeadline)) {
            throw new InvalidField("date", "Future", "the new deadline, "
                    + Deadlines.written(deadline, meeting.timeZone) + " " + meeting.timeZone
                    + " time, has already passed: it is now " + Deadlines.written(now, meeting.timeZone) + " there");
        }
        if (!deadline.equals(meeting.contributionDeadline)) {
            Instant previous = meeting.contributionDeadline;
            meeting.contributionDeadline = deadline;
            recordDeadline(meeting, previous, reason, changedBy);
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
