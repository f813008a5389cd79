package org.plenary.agenda.agenda;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.plenary.platform.text.SingleLine;

import java.util.Map;

@Schema(name = "RecordProposal")
public record RecordProposalRequest(
        @NotNull AgendaProposal.Kind kind,
        @Positive @Schema(description = "Required for MOVE_TO_PHYSICAL_MEETING and MOVE_TO_VIRTUAL_CONSULTATION",
                example = "5") Integer itemNumber,
        @Size(max = 6) @Schema(description = "Required for NEW_ITEM, with an English title",
                example = "{\"en\": \"Impact of the COVID-19 pandemic on ITU\"}")
        Map<@Pattern(regexp = "ar|zh|en|fr|ru|es", message = "must be a UN language code") @SingleLine String,
                @NotBlank @Size(max = 500) @SingleLine String> proposedTitle,
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code")
        @Schema(description = "Secretariat only: the state it records for. A member state records for itself.",
                example = "KEN") @SingleLine String memberState) {

    NewProposal toCommand() {
        return new NewProposal(kind, itemNumber, proposedTitle);
    }
}
