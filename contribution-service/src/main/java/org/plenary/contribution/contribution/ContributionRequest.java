package org.plenary.contribution.contribution;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.plenary.platform.text.MultiLine;
import org.plenary.platform.text.SingleLine;

import java.util.List;

/**
 * A contribution by the letter's template (annex 2), for a submission or a revision. The sizes are hard limits
 * against abuse, far above the two recommended pages (which are measured and warned about, not enforced).
 */
@Schema(name = "ContributionRequest", description = "The letter's template: submitting member states, title, the "
        + "reference to the agenda item's document, comments on that document, proposed way forward")
public record ContributionRequest(
        @NotEmpty @Size(max = MAX_SUBMITTING_STATES)
        @Schema(description = "ISO 3166-1 alpha-3 codes, the lead first; a member state must be among them",
                example = "[\"KEN\", \"BRA\"]")
        List<@NotNull @SingleLine @Pattern(regexp = "[A-Za-z]{3}", message = "must be an ISO 3166-1 alpha-3 code")
                String>
                submittingMemberStates,
        @NotBlank @Size(max = 500)
        @Schema(example = "Proposed way forward on the World Radiocommunication Conference 2023") @SingleLine
        String title,
        @NotBlank @Size(max = 40)
        @Schema(description = "The agenda item's document (C20/55); for an item without a document, its number",
                example = "C20/55") @SingleLine String documentReference,
        @Positive
        @Schema(description = "Optional: the item's number, checked against the reference", example = "5")
        Integer itemNumber,
        @NotBlank @Size(max = MAX_TEXT)
        @Schema(description = "Comments on the document", example = "We support the proposed budget envelope.")
        @MultiLine String commentsOnDocument,
        @NotBlank @Size(max = MAX_TEXT)
        @Schema(example = "Approve the draft decision in annex 1 with the amendments below.")
        @MultiLine String proposedWayForward,
        @NotNull @Pattern(regexp = "ar|zh|en|fr|ru|es", message = "must be a UN language code: ar, zh, en, fr, ru, es")
        @Schema(example = "en") @SingleLine String language,
        @NotNull @Valid Contact contact,
        @Size(max = 2000)
        @Schema(description = "Secretariat only: accepts this contribution after the deadline, for the reason given")
        @SingleLine String lateAcceptanceReason,
        @Size(max = 2000)
        @Schema(description = "Secretariat only, required when a revision changes the lead (first) submitting state: "
                + "why; kept with the revision")
        @SingleLine String changeReason) {

    public static final int MAX_SUBMITTING_STATES = 100;
    /** About 16 pages of English: well past any contribution, well short of a flood. */
    public static final int MAX_TEXT = 50_000;

    ContributionDraft toCommand() {
        return new ContributionDraft(submittingMemberStates, title, documentReference, itemNumber, commentsOnDocument,
                proposedWayForward, language, contact == null ? null : contact.toContactPerson(),
                lateAcceptanceReason, changeReason);
    }
}
