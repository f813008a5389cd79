package org.plenary.registration.additional;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.plenary.platform.text.SingleLine;

import java.util.UUID;

@Schema(name = "RequestAdditionalSpeaker", description = "One scope: sessionId (from the time plan) or itemNumber")
public record AdditionalSpeakerRequestBody(
        @NotNull @Schema(description = "A viewer of the delegation, who would speak") UUID participantId,
        UUID sessionId,
        @Positive @Schema(example = "5") Integer itemNumber,
        @Size(max = 2000) @Schema(example = "Our minister will present the proposal on this item") @SingleLine
        String reason) {

    @AssertTrue(message = "give exactly one of sessionId and itemNumber")
    @Schema(hidden = true)
    public boolean isOneScope() {
        return (sessionId == null) != (itemNumber == null);
    }

    Nomination toCommand() {
        return new Nomination(participantId, sessionId, itemNumber, reason);
    }
}
