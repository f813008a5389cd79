package org.plenary.registration.directory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.plenary.platform.text.SingleLine;

/** A contact person as the API shows it with its member state, and as it takes a state's new list. */
@Schema(name = "ContactPerson", description = "A member state's contact person (focal point)")
public record ContactPersonView(
        @NotBlank @Size(max = 200) @Schema(example = "Grace Mwangi") @SingleLine String name,
        @NotBlank @Email @Size(max = 254) @Schema(example = "grace.mwangi@ken.example.org") @SingleLine String email,
        @NotNull @Pattern(regexp = "ar|zh|en|fr|ru|es", message = "must be a UN language code: ar, zh, en, fr, ru, es")
        @Schema(example = "en") @SingleLine String language) {

    ContactDetails toCommand() {
        return new ContactDetails(name, email, language);
    }
}
