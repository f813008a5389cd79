package org.plenary.agenda.agenda;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

@Schema(name = "Proposal")
public record ProposalView(
        UUID id,
        AgendaProposal.Kind kind,
        @Schema(description = "The item, for MOVE_* proposals") Integer itemNumber,
        @Schema(description = "ISO 3166-1 alpha-3; null for the letter's unnamed counts") String memberState,
        @Schema(description = "For NEW_ITEM: the proposed title by language") Map<String, String> proposedTitle,
        Instant createdAt) {

    public static ProposalView of(AgendaProposal proposal, Integer itemNumber) {
        return new ProposalView(proposal.id, proposal.kind, itemNumber, proposal.memberState, proposal.proposedTitle,
                proposal.createdAt);
    }
}
