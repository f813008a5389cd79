package org.plenary.contribution.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.plenary.contribution.AgendaItemReplica;
import org.plenary.contribution.MeetingReplica;
import org.plenary.contribution.repository.AgendaItemReplicaRepository;
import org.plenary.contribution.repository.MeetingReplicaRepository;
import org.plenary.events.agenda.AgendaItemAdded;
import org.plenary.events.agenda.AgendaItemChanged;
import org.plenary.events.agenda.MeetingScheduled;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Keeps the replica of meetings and agenda items; every event carries full state, so applying one is an upsert. */
@ApplicationScoped
public class AgendaReplicaService {

    private final MeetingReplicaRepository meetings;
    private final AgendaItemReplicaRepository items;
    private final Clock clock;

    public AgendaReplicaService(MeetingReplicaRepository meetings, AgendaItemReplicaRepository items, Clock clock) {
        this.meetings = meetings;
        this.items = items;
        this.clock = clock;
    }

    public Optional<MeetingReplica> meeting(String meetingId) {
        return meetings.findByIdOptional(meetingId);
    }

    public List<AgendaItemReplica> items(String meetingId) {
        return items.listByMeeting(meetingId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(MeetingScheduled event) {
        MeetingReplica meeting = meetings.findByIdOptional(event.meetingId()).orElseGet(MeetingReplica::new);
        meeting.id = event.meetingId();
        meeting.title = event.title();
        meeting.timeZone = event.timeZone();
        meeting.startsOn = event.startsOn();
        meeting.contributionDeadline = event.contributionDeadline();
        meeting.updatedAt = clock.instant();
        meetings.persist(meeting);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(AgendaItemAdded event) {
        upsert(event.meetingId(), event.itemId(), event.number(), event.title(), event.documentReference(),
                event.outcome());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(AgendaItemChanged event) {
        upsert(event.meetingId(), event.itemId(), event.number(), event.title(), event.documentReference(),
                event.outcome());
    }

    private void upsert(String meetingId, UUID itemId, int number, Map<String, String> title, String document,
                        String outcome) {
        AgendaItemReplica item = items.findByIdOptional(itemId).orElseGet(AgendaItemReplica::new);
        item.id = itemId;
        item.meetingId = meetingId;
        item.number = number;
        item.title = title;
        item.documentReference = document;
        item.outcome = outcome;
        item.updatedAt = clock.instant();
        items.persist(item);
    }
}
