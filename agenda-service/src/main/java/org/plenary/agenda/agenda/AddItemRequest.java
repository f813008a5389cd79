package org.plenary.agenda.agenda;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.plenary.platform.text.SingleLine;

import java.util.Map;

@Schema(name = "AddAgendaItem")
public record AddItemRequest(
        @NotNull @Positive @Schema(example = "53") Integer number,
        @NotEmpty @Size(max = 6) @Schema(description = "By UN language code; English is required")
        Map<@Pattern(regexp = "ar|zh|en|fr|ru|es", message = "must be a UN language code") @SingleLine String,
                @NotBlank @Size(max = 1000) @SingleLine String> title,
        @Pattern(regexp = AgendaItem.DOCUMENT_REFERENCE, message = "must look like C20/55")
        @Schema(example = "C20/66") @SingleLine String documentReference,
        @NotNull AgendaItem.Outcome outcome,
        @Schema(description = "Defaults to VIRTUAL_CONSULTATION") AgendaItem.Venue venue,
        @Size(max = 1000) @Schema(description = "Required once the agenda is adopted") @SingleLine String reason) {

    NewItem toCommand() {
        return new NewItem(number, title, documentReference, outcome, venue, reason);
    }
}
