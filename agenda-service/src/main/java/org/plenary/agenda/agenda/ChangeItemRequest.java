package org.plenary.agenda.agenda;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.plenary.platform.text.SingleLine;

import java.util.Map;

@Schema(name = "ChangeAgendaItem", description = "Only the fields given change")
public record ChangeItemRequest(
        @Positive @Schema(description = "Renumber the item") Integer number,
        @Size(max = 6) @Schema(description = "Replaces the translations given; others are kept")
        Map<@Pattern(regexp = "ar|zh|en|fr|ru|es", message = "must be a UN language code") @SingleLine String,
                @NotBlank @Size(max = 1000) @SingleLine String> title,
        @Pattern(regexp = AgendaItem.DOCUMENT_REFERENCE, message = "must look like C20/55") @SingleLine
        String documentReference,
        AgendaItem.Outcome outcome,
        AgendaItem.Venue venue,
        @Size(max = 1000) @Schema(description = "Required once the agenda is adopted") @SingleLine String reason) {

    ItemChange toCommand() {
        return new ItemChange(number, title, documentReference, outcome, venue, reason);
    }
}
