package org.plenary.agenda.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.plenary.agenda.AgendaItem;
import org.plenary.agenda.AgendaProposal;
import org.plenary.agenda.mapping.AgendaMapper;
import org.plenary.agenda.repository.AgendaItemRepository;
import org.plenary.agenda.repository.AgendaProposalRepository;
import org.plenary.events.Topics;
import org.plenary.events.agenda.AgendaItemAdded;
import org.plenary.events.agenda.AgendaItemChanged;
import org.plenary.events.outbox.Outbox;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AgendaService {

    private final AgendaItemRepository items;
    private final AgendaProposalRepository proposals;
    private final Outbox outbox;
    private final Clock clock;

    public AgendaService(AgendaItemRepository items, AgendaProposalRepository proposals, Outbox outbox, Clock clock) {
        this.items = items;
        this.proposals = proposals;
        this.outbox = outbox;
        this.clock = clock;
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

    /** Announces an item's current state, proposal counts included, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announceChanged(AgendaItem item) {
        Map<AgendaProposal.Kind, Integer> counts = proposals.countsByItem(List.of(item.id)).get(item.id);
        outbox.append(Topics.AGENDA, item.meetingId, AgendaItemChanged.TYPE, AgendaMapper.changed(item, counts));
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
        anonymousProposals.forEach((kind, count) -> {
            for (int i = 0; i < count; i++) {
                AgendaProposal proposal = new AgendaProposal();
                proposal.id = UUID.randomUUID();
                proposal.meetingId = item.meetingId;
                proposal.itemId = item.id;
                proposal.kind = kind;
                proposal.createdAt = item.createdAt;
                proposals.persist(proposal);
            }
        });
        outbox.append(Topics.AGENDA, item.meetingId, AgendaItemAdded.TYPE, AgendaMapper.added(item, anonymousProposals));
        return item;
    }
}
