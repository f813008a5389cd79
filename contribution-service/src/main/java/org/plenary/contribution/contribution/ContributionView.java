package org.plenary.contribution.contribution;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
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
        Contact contact,
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

    /** A list's entry: no texts, no contact, no warnings. */
    public static ContributionView summary(Contribution c) {
        return of(c, false, false, null);
    }

    /**
     * One contribution as read or written: its texts, its warnings, and the contact when {@code withContact} (for a
     * submitting state or the secretariat); {@code notices}: what the request itself should be told.
     */
    public static ContributionView full(Contribution c, boolean withContact, List<WarningView> notices) {
        List<WarningView> warnings = new ArrayList<>();
        LengthView length = LengthView.of(c.content);
        if (length.overRecommendation()) {
            warnings.add(new WarningView("LONGER_THAN_RECOMMENDED", "About " + length.estimatedPages() + " pages ("
                    + length.words() + " words): the letter recommends at most " + TextLength.RECOMMENDED_MAX_PAGES
                    + " pages. Accepted; consider shortening it."));
        }
        warnings.addAll(notices);
        return of(c, true, withContact, warnings);
    }

    private static ContributionView of(Contribution c, boolean texts, boolean withContact, List<WarningView> warnings) {
        ContributionContent content = c.content;
        return new ContributionView(c.id, c.meetingId, c.status.name(), c.publicReference,
                List.copyOf(c.submittingMemberStates), c.submittingMemberStates.get(0), content.title,
                content.itemId, content.itemNumber, content.documentReference,
                texts ? content.commentsOnDocument : null, texts ? content.proposedWayForward : null,
                content.language, texts && withContact ? Contact.of(content) : null,
                LengthView.of(content), c.onTime,
                c.lateReason == null ? null : new LateAcceptanceView(c.lateReason, c.lateAcceptedBy),
                c.revision, c.submittedBy, c.submittedAt, c.revisedAt, c.publishedAt, c.withdrawnAt, c.withdrawnBy,
                c.withdrawalReason, warnings);
    }

    @Schema(name = "ContributionLength", description = "Measured against the letter's recommendation of at most 2 "
            + "pages: a page is 500 words, or 800 characters of Chinese, Japanese or Korean script")
    public record LengthView(int words, BigDecimal estimatedPages, BigDecimal recommendedMaxPages,
                             boolean overRecommendation) {

        static LengthView of(ContributionContent content) {
            return new LengthView(content.words, content.estimatedPages, TextLength.RECOMMENDED_MAX_PAGES,
                    content.estimatedPages.compareTo(TextLength.RECOMMENDED_MAX_PAGES) > 0);
        }
    }

    @Schema(name = "LateAcceptance")
    public record LateAcceptanceView(String reason, String acceptedBy) {
    }

    @Schema(name = "Warning")
    public record WarningView(String code, String message) {

        /** The secretariat gave a late-acceptance reason for a contribution on time. */
        public static final WarningView LATE_ACCEPTANCE_NOT_NEEDED = new WarningView("LATE_ACCEPTANCE_NOT_NEEDED",
                "The contribution is on time; the late-acceptance reason was not recorded.");
    }
}
