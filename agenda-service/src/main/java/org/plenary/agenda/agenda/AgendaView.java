package org.plenary.agenda.agenda;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.plenary.agenda.contributions.ItemContribution;
import org.plenary.platform.i18n.Languages;

import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(name = "Agenda")
public record AgendaView(
        String meetingId,
        @Schema(enumeration = {"DRAFT", "ADOPTED"}) String status,
        @Schema(description = "The latest adopted version; null while a draft", nullable = true) Integer version,
        String language,
        List<Item> items,
        @Schema(description = "Proposals on the agenda as a whole (NEW_ITEM, DISCUSS_ALL_ITEMS_VIRTUALLY), counted")
        Map<String, Integer> meetingProposals) {

    @Schema(name = "AgendaItem")
    public record Item(
            UUID id,
            int number,
            String title,
            @Schema(example = "C20/55") String documentReference,
            @Schema(enumeration = {"NONE", "DECISION", "RESOLUTION", "RESOLUTION_AND_DECISION", "UNSPECIFIED"})
            String outcome,
            @Schema(enumeration = {"VIRTUAL_CONSULTATION", "PHYSICAL_MEETING"}) String venue,
            @Schema(description = "Member states' proposals counted by kind") Map<String, Integer> proposals,
            @Schema(description = "Contributions received on time, as far as the caller may see them: the secretariat "
                    + "all, a member state its own and published ones") List<Contribution> contributions) {

        public static Item of(AgendaItem item, Map<AgendaProposal.Kind, Integer> counts,
                              List<ItemContribution> contributions, String language) {
            return new Item(item.id, item.number, Languages.text(item.title, language), item.documentReference,
                    item.outcome.name(), item.venue.name(), AgendaProposal.Kind.byName(counts),
                    contributions.stream().map(c -> new Contribution(c.contributionId, c.title, c.submittingStates,
                            c.published, c.publicReference)).toList());
        }
    }

    @Schema(name = "AgendaItemContribution")
    public record Contribution(UUID id, String title, List<String> submittingMemberStates, boolean published,
                               String publicReference) {
    }
}
