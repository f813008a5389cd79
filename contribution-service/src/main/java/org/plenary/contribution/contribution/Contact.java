package org.plenary.contribution.contribution;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.plenary.platform.text.SingleLine;

/** The contribution's contact person as the API takes it with a submission or a revision, and shows it. */
@Schema(name = "Contact", description = "Who answers for the contribution")
public record Contact(@NotBlank @Size(max = 200) @Schema(example = "Jane Wanjiru") @SingleLine String name,
                      @NotBlank @Email @Size(max = 254) @Schema(example = "jane.wanjiru@ca.go.ke.example.org")
                      @SingleLine String email) {

    static Contact of(ContributionContent content) {
        return new Contact(content.contactName, content.contactEmail);
    }

    ContributionDraft.ContactPerson toContactPerson() {
        return new ContributionDraft.ContactPerson(name, email);
    }
}
