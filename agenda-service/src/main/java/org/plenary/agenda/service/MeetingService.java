package org.plenary.agenda.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.plenary.agenda.Meeting;
import org.plenary.agenda.mapping.AgendaMapper;
import org.plenary.agenda.repository.MeetingRepository;
import org.plenary.agenda.rest.CreateMeetingRequest;
import org.plenary.events.Topics;
import org.plenary.events.agenda.MeetingScheduled;
import org.plenary.events.outbox.Outbox;
import org.plenary.platform.problem.InvalidField;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class MeetingService {

    private final MeetingRepository meetings;
    private final Outbox outbox;
    private final Clock clock;

    public MeetingService(MeetingRepository meetings, Outbox outbox, Clock clock) {
        this.meetings = meetings;
        this.outbox = outbox;
        this.clock = clock;
    }

    public List<Meeting> list() {
        return meetings.listAll();
    }

    public Optional<Meeting> find(String id) {
        return meetings.findByIdOptional(id);
    }

    @Transactional
    public Meeting create(CreateMeetingRequest request) {
        if (!request.title().containsKey("en")) {
            throw new InvalidField("title", "english-required", "an English title (key \"en\") is required");
        }
        if (request.capacity().speakersPerDelegationMin() > request.capacity().speakersPerDelegationMax()) {
            throw new InvalidField("capacity.speakersPerDelegationMin", "not-above-max",
                    "must not exceed speakersPerDelegationMax");
        }
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
        CreateMeetingRequest.Mailboxes m = request.mailboxes();
        meeting.mailboxes = new Meeting.Mailboxes(m.contributions(), m.speakerRegistration(),
                m.speakerRegistrationCc(), m.secretariat());
        CreateMeetingRequest.Capacity c = request.capacity();
        meeting.capacity = new Meeting.Capacity(c.speakers(), c.viewers(), c.speakersPerDelegationMin(),
                c.speakersPerDelegationMax());
        return schedule(meeting);
    }

    /** Stores a new meeting and announces it, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Meeting schedule(Meeting meeting) {
        meeting.createdAt = clock.instant();
        meetings.persist(meeting);
        outbox.append(Topics.AGENDA, meeting.id, MeetingScheduled.TYPE, AgendaMapper.scheduled(meeting));
        return meeting;
    }
}
