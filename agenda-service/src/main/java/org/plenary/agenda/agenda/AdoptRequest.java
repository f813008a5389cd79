package org.plenary.agenda.agenda;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.plenary.platform.text.SingleLine;

@Schema(name = "AdoptAgenda")
public record AdoptRequest(
        @Size(max = 1000) @Schema(description = "Not needed for version 1; required for later versions",
                example = "Item 15 moved to the physical meeting") @SingleLine String reason) {
}
