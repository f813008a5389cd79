package org.plenary.agenda.timeplan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Allocation", description = "An agenda item and its planned minutes in the session")
public record AllocationRequest(
        @NotNull @Positive @Schema(example = "5") Integer itemNumber,
        @NotNull @Positive @Max(1440) @Schema(example = "30") Integer minutes) {

    ItemMinutes toCommand() {
        return new ItemMinutes(itemNumber, minutes);
    }
}
