package org.plenary.contribution.contribution;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "ContributionRevision", description = "One revision as it was written; revision 1 is the submission")
public record RevisionView(
        int revision,
        List<String> submittingMemberStates,
        String title,
        int itemNumber,
        String documentReference,
        String commentsOnDocument,
        String proposedWayForward,
        String language,
        Contact contact,
        ContributionView.LengthView length,
        @Schema(description = "False for a revision the secretariat accepted after the deadline") boolean onTime,
        String lateAcceptanceReason,
        @Schema(description = "Why the submitting states changed: the secretariat's reason for a new lead, or who "
                + "took which state off") String changeReason,
        String revisedBy,
        Instant revisedAt) {

    public static RevisionView of(ContributionRevision r) {
        ContributionContent content = r.content;
        return new RevisionView(r.revision, r.submittingMemberStates, content.title, content.itemNumber,
                content.documentReference, content.commentsOnDocument, content.proposedWayForward, content.language,
                Contact.of(content), ContributionView.LengthView.of(content), r.onTime,
                r.lateReason, r.changeReason, r.revisedBy, r.revisedAt);
    }
}
