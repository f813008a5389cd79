package org.plenary.agenda.agenda;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.plenary.agenda.meeting.Meeting;
import org.plenary.agenda.meeting.MeetingRepository;
import org.plenary.events.agenda.AgendaItemRemoved;
import org.plenary.events.outbox.Outbox;
import org.plenary.platform.i18n.Languages;
import org.plenary.platform.problem.NotFound;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AgendaService {

    private final MeetingRepository meetings;
    private final AgendaItemRepository items;
    private final AgendaProposalRepository proposals;
    private final VersionService versions;
    private final Event<ItemRemoved> itemRemoved;
    private final Outbox outbox;
    private final Clock clock;

    public AgendaService(MeetingRepository meetings, AgendaItemRepository items, AgendaProposalRepository proposals,
                         VersionService versions, Event<ItemRemoved> itemRemoved, Outbox outbox, Clock clock) {
        this.meetings = meetings;
        this.items = items;
        this.proposals = proposals;
        this.versions = versions;
        this.itemRemoved = itemRemoved;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Secretariat: puts a new item on the agenda at a free number. */
    @Transactional
    public AgendaItem addItem(String meetingId, NewItem newItem, String by) {
        meetings.lock(meetingId);
        boolean adopted = versions.requireReasonIfAdopted(meetingId, newItem.reason());
        Languages.requireEnglish("title", newItem.title());
        requireFree(meetingId, newItem.number());
        AgendaItem item = new AgendaItem();
        item.meetingId = meetingId;
        item.number = newItem.number();
        item.title = newItem.title();
        item.documentReference = newItem.documentReference();
        item.outcome = newItem.outcome();
        item.venue = newItem.venue() != null ? newItem.venue() : AgendaItem.Venue.VIRTUAL_CONSULTATION;
        add(item, Map.of());
        if (adopted) {
            versions.recordChange(meetingId, newItem.reason(), by);
        }
        return item;
    }

    /** Secretariat: renumbers, retitles or otherwise changes an item; only the fields given change. */
    @Transactional
    public AgendaItem changeItem(String meetingId, int number, ItemChange change, String by) {
        meetings.lock(meetingId);
        AgendaItem item = items.findByNumber(meetingId, number).orElseThrow(() -> new NotFound("Agenda item", number));
        boolean adopted = versions.requireReasonIfAdopted(meetingId, change.reason());
        if (change.number() != null && change.number() != number) {
            requireFree(meetingId, change.number());
            item.number = change.number();
        }
        if (change.title() != null) {
            Map<String, String> title = new HashMap<>(item.title);
            title.putAll(change.title());
            item.title = title;
        }
        item.documentReference = change.documentReference() != null ? change.documentReference()
                : item.documentReference;
        item.outcome = change.outcome() != null ? change.outcome() : item.outcome;
        item.venue = change.venue() != null ? change.venue() : item.venue;
        items.flush();
        announceChanged(item);
        if (adopted) {
            versions.recordChange(meetingId, change.reason(), by);
        }
        return item;
    }

    /** Secretariat: takes an item off the agenda; its proposals stay on record. */
    @Transactional
    public void removeItem(String meetingId, int number, String reason, String by) {
        Meeting meeting = meetings.lock(meetingId);
        AgendaItem item = items.findByNumber(meetingId, number).orElseThrow(() -> new NotFound("Agenda item", number));
        boolean adopted = versions.requireReasonIfAdopted(meetingId, reason);
        item.removedAt = clock.instant();
        itemRemoved.fire(new ItemRemoved(meeting, item.id));
        outbox.append(meetingId, new AgendaItemRemoved(meetingId, item.id, item.number, reason));
        if (adopted) {
            versions.recordChange(meetingId, reason, by);
        }
    }

    private void requireFree(String meetingId, int number) {
        if (items.findByNumber(meetingId, number).isPresent()) {
            throw new ItemNumberTaken(number);
        }
    }

    /** The agenda's items in order, each with its proposals counted by kind. */
    public Agenda agenda(String meetingId) {
        List<AgendaItem> list = items.listByMeeting(meetingId);
        return new Agenda(list, proposals.countsByItem(list.stream().map(i -> i.id).toList()),
                proposals.meetingCounts(meetingId));
    }

    public record Agenda(List<AgendaItem> items, Map<UUID, Map<AgendaProposal.Kind, Integer>> counts,
                         Map<AgendaProposal.Kind, Integer> meetingCounts) {
    }

    public Optional<AgendaItem> item(String meetingId, int number) {
        return items.findByNumber(meetingId, number);
    }

    public Map<AgendaProposal.Kind, Integer> counts(AgendaItem item) {
        return proposals.countsByItem(List.of(item.id)).get(item.id);
    }

    /** Announces an item's current state, proposal counts included, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announceChanged(AgendaItem item) {
        outbox.append(item.meetingId, AgendaEvents.changed(item, counts(item)));
    }

    /**
     * Puts an item on the agenda with its provenance, and announces it, in the caller's transaction.
     *
     * @param anonymousProposals counts of proposals whose states are not named (the letter's annex 1)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AgendaItem add(AgendaItem item, Map<AgendaProposal.Kind, Integer> anonymousProposals) {
        item.id = item.id != null ? item.id : UUID.randomUUID();
        item.createdAt = clock.instant();
        items.persist(item);
        persistAnonymous(item.meetingId, item.id, anonymousProposals);
        outbox.append(item.meetingId, AgendaEvents.added(item, anonymousProposals));
        return item;
    }

    /**
     * Proposals on the agenda as a whole whose states are not named: the letter's note that two member states asked
     * to discuss every item virtually. They count in the agenda's {@code meetingProposals}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addAnonymousMeetingProposals(String meetingId, Map<AgendaProposal.Kind, Integer> counts) {
        persistAnonymous(meetingId, null, counts);
    }

    private void persistAnonymous(String meetingId, UUID itemId, Map<AgendaProposal.Kind, Integer> counts) {
        Instant now = clock.instant();
        counts.forEach((kind, count) -> {
            for (int i = 0; i < count; i++) {
                AgendaProposal proposal = new AgendaProposal();
                proposal.id = UUID.randomUUID();
                proposal.meetingId = meetingId;
                proposal.itemId = itemId;
                proposal.kind = kind;
                proposal.createdAt = now;
                proposals.persist(proposal);
            }
        });
    }
}
