package org.plenary.contribution.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Contribution", description = "A contribution as its latest revision stands. Lists leave out the two "
        + "texts and the contact; the contact is shown to the submitting states and the secretariat only.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContributionView(
        UUID id,
        String meetingId,
        @Schema(enumeration = {"SUBMITTED", "PUBLISHED", "WITHDRAWN"}) String status,
        @Schema(description = "Given on publication", example = "C20-VC/1") String publicReference,
        @Schema(description = "ISO 3166-1 alpha-3, the lead first") List<String> submittingMemberStates,
        String leadMemberState,
        String title,
        UUID itemId,
        int itemNumber,
        @Schema(description = "The item's document, or 'item 15' for an item without one", example = "C20/55")
        String documentReference,
        String commentsOnDocument,
        String proposedWayForward,
        String language,
        ContributionRequest.Contact contact,
        LengthView length,
        @Schema(description = "Received before the deadline; false when the secretariat accepted it late")
        boolean onTime,
        LateAcceptanceView lateAcceptance,
        @Schema(description = "1 for the submission; also the ETag") int revision,
        String submittedBy,
        Instant submittedAt,
        Instant revisedAt,
        Instant publishedAt,
        Instant withdrawnAt,
        @Schema(description = "The member state that withdrew it, or 'secretariat'") String withdrawnBy,
        String withdrawalReason,
        @Schema(description = "What the caller should know but was not refused for: LONGER_THAN_RECOMMENDED, "
                + "LATE_ACCEPTANCE_NOT_NEEDED") List<WarningView> warnings) {

    @Schema(name = "ContributionLength", description = "Measured against the letter's recommendation of at most 2 "
            + "pages: a page is 500 words, or 800 characters of Chinese, Japanese or Korean script")
    public record LengthView(int words, BigDecimal estimatedPages, BigDecimal recommendedMaxPages,
                             boolean overRecommendation) {
    }

    @Schema(name = "LateAcceptance")
    public record LateAcceptanceView(String reason, String acceptedBy) {
    }

    @Schema(name = "Warning")
    public record WarningView(String code, String message) {
    }
}
