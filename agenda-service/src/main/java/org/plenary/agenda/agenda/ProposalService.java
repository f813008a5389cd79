package org.plenary.agenda.agenda;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.plenary.agenda.meeting.MeetingRepository;
import org.plenary.platform.problem.InvalidField;
import org.plenary.platform.problem.NotFound;
import org.plenary.platform.security.Caller;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Member states' proposals on the agenda. The counts the agenda shows are derived from these rows. Recording locks
 * the meeting row, so a state's concurrent retries cannot count twice and item events keep their order.
 */
@ApplicationScoped
public class ProposalService {

    private final MeetingRepository meetings;
    private final AgendaItemRepository items;
    private final AgendaProposalRepository proposals;
    private final AgendaService agenda;
    private final Clock clock;

    public ProposalService(MeetingRepository meetings, AgendaItemRepository items, AgendaProposalRepository proposals,
                           AgendaService agenda, Clock clock) {
        this.meetings = meetings;
        this.items = items;
        this.proposals = proposals;
        this.agenda = agenda;
        this.clock = clock;
    }

    /** @param created false when the state had already made this proposal, which is returned unchanged */
    public record Recorded(AgendaProposal proposal, boolean created) {
    }

    public List<AgendaProposal> list(String meetingId) {
        return proposals.listByMeeting(meetingId);
    }

    @Transactional
    public Recorded record(String meetingId, NewProposal proposed, String memberState) {
        meetings.lock(meetingId);
        AgendaProposal.Kind kind = proposed.kind();
        AgendaItem item = kind.onItem() ? itemOf(meetingId, proposed) : null;
        String englishTitle = kind == AgendaProposal.Kind.NEW_ITEM ? englishTitle(proposed) : null;
        if (!kind.onItem() && proposed.itemNumber() != null) {
            throw new InvalidField("itemNumber", "Null", "a " + kind + " proposal concerns the whole agenda, not an item");
        }
        // An empty title is no title: generated clients send {} for a map left unset.
        boolean titled = proposed.proposedTitle() != null && !proposed.proposedTitle().isEmpty();
        if (kind != AgendaProposal.Kind.NEW_ITEM && titled) {
            throw new InvalidField("proposedTitle", "Null", "only a NEW_ITEM proposal has a title");
        }
        UUID itemId = item == null ? null : item.id;
        var existing = proposals.findSame(meetingId, itemId, kind, memberState, englishTitle);
        if (existing.isPresent()) {
            return new Recorded(existing.get(), false);
        }
        AgendaProposal proposal = new AgendaProposal();
        proposal.id = UUID.randomUUID();
        proposal.meetingId = meetingId;
        proposal.itemId = itemId;
        proposal.kind = kind;
        proposal.memberState = memberState;
        proposal.proposedTitle = titled ? proposed.proposedTitle() : null;
        proposal.createdAt = clock.instant();
        proposals.persist(proposal);
        if (item != null) {
            proposals.flush();
            agenda.announceChanged(item);
        }
        return new Recorded(proposal, true);
    }

    /**
     * A state withdraws its own proposal; the secretariat any, including the letter's unnamed ones. Another state's
     * proposal is not found, as if it did not exist.
     */
    @Transactional
    public void withdraw(String meetingId, UUID proposalId, Caller caller) {
        meetings.lock(meetingId);
        AgendaProposal proposal = proposals.findByIdOptional(proposalId)
                .filter(p -> p.meetingId.equals(meetingId))
                .filter(p -> caller.isSecretariat() || (p.memberState != null && caller.actsFor(p.memberState)))
                .orElseThrow(() -> new NotFound("Proposal", proposalId));
        proposals.delete(proposal);
        if (proposal.itemId != null) {
            proposals.flush();
            agenda.announceChanged(items.findById(proposal.itemId));
        }
    }

    private AgendaItem itemOf(String meetingId, NewProposal proposed) {
        if (proposed.itemNumber() == null) {
            throw new InvalidField("itemNumber", "NotNull", "a " + proposed.kind() + " proposal names the item");
        }
        return agenda.item(meetingId, proposed.itemNumber()).orElseThrow(() ->
                new ItemNotOnAgenda("itemNumber", proposed.itemNumber(), (int) items.count("meetingId", meetingId)));
    }

    private static String englishTitle(NewProposal proposed) {
        if (proposed.proposedTitle() == null || proposed.proposedTitle().get("en") == null) {
            throw new InvalidField("proposedTitle.en", "NotBlank", "a new item is proposed with an English title");
        }
        return proposed.proposedTitle().get("en");
    }
}
