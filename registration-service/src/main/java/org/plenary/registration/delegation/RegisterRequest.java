package org.plenary.registration.delegation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.plenary.platform.text.SingleLine;

@Schema(name = "RegisterParticipant")
public record RegisterRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Amina Odhiambo") @SingleLine String name,
        @NotBlank @Email @Size(max = 254) @Schema(example = "amina.odhiambo@ken.example.org") @SingleLine String email,
        @Size(max = 200) @Schema(example = "Councillor") @SingleLine String function,
        @NotNull @Pattern(regexp = "ar|zh|en|fr|ru|es", message = "must be a UN language code: ar, zh, en, fr, ru, es")
        @Schema(example = "en") @SingleLine String language,
        @NotNull @Schema(description = "SPEAKER (1 to 3 per delegation) or VIEWER") Participant.Role role,
        @Schema(description = "For a viewer: join the waiting list when the viewer pool is full (else 409)")
        boolean waitIfFull) {

    NewParticipant toCommand() {
        return new NewParticipant(name, email, function, language, role, waitIfFull);
    }
}
