package org.plenary.contribution.mapping;

import org.plenary.contribution.Contribution;
import org.plenary.contribution.ContributionContent;
import org.plenary.contribution.ContributionRevision;
import org.plenary.contribution.rest.ContributionRequest;
import org.plenary.contribution.rest.ContributionView;
import org.plenary.contribution.rest.RevisionView;
import org.plenary.contribution.service.TextLength;
import org.plenary.events.contribution.ContributionRevised;
import org.plenary.events.contribution.ContributionSubmitted;

import java.util.ArrayList;
import java.util.List;

/** Contribution entities to API records and event payloads. */
public final class ContributionMapper {

    private ContributionMapper() {
    }

    /**
     * @param full                with the texts and, for a submitting state or the secretariat, the contact
     * @param lateReasonIgnored   the request gave a late-acceptance reason that was not needed
     */
    public static ContributionView view(Contribution c, boolean full, boolean showContact, boolean lateReasonIgnored) {
        ContributionContent content = c.content;
        List<ContributionView.WarningView> warnings = new ArrayList<>();
        ContributionView.LengthView length = length(content);
        if (length.overRecommendation()) {
            warnings.add(new ContributionView.WarningView("LONGER_THAN_RECOMMENDED", "About "
                    + length.estimatedPages() + " pages (" + length.words() + " words): the letter recommends at "
                    + "most " + TextLength.RECOMMENDED_MAX_PAGES + " pages. Accepted; consider shortening it."));
        }
        if (lateReasonIgnored) {
            warnings.add(new ContributionView.WarningView("LATE_ACCEPTANCE_NOT_NEEDED",
                    "The contribution is on time; the late-acceptance reason was not recorded."));
        }
        return new ContributionView(c.id, c.meetingId, c.status.name(), c.publicReference,
                List.copyOf(c.submittingMemberStates), c.submittingMemberStates.get(0), content.title,
                content.itemId, content.itemNumber, content.documentReference,
                full ? content.commentsOnDocument : null, full ? content.proposedWayForward : null,
                content.language, full && showContact ? contact(content) : null, length, c.onTime,
                c.lateReason == null ? null : new ContributionView.LateAcceptanceView(c.lateReason, c.lateAcceptedBy),
                c.revision, c.submittedBy, c.submittedAt, c.revisedAt, c.publishedAt, c.withdrawnAt, c.withdrawnBy,
                c.withdrawalReason, full ? warnings : null);
    }

    public static RevisionView view(ContributionRevision r) {
        ContributionContent content = r.content;
        return new RevisionView(r.revision, r.submittingMemberStates, content.title, content.itemNumber,
                content.documentReference, content.commentsOnDocument, content.proposedWayForward, content.language,
                contact(content), length(content), r.onTime, r.lateReason, r.revisedBy, r.revisedAt);
    }

    public static ContributionSubmitted submitted(Contribution c) {
        return new ContributionSubmitted(c.id, c.meetingId, c.content.itemId, c.content.itemNumber,
                c.content.documentReference, List.copyOf(c.submittingMemberStates), c.content.title,
                c.content.language, c.onTime, c.revision, c.revisedAt);
    }

    public static ContributionRevised revised(Contribution c) {
        return new ContributionRevised(c.id, c.meetingId, c.content.itemId, c.content.itemNumber,
                c.content.documentReference, List.copyOf(c.submittingMemberStates), c.content.title,
                c.content.language, c.onTime, c.revision, c.revisedAt);
    }

    private static ContributionRequest.Contact contact(ContributionContent content) {
        return new ContributionRequest.Contact(content.contactName, content.contactEmail);
    }

    private static ContributionView.LengthView length(ContributionContent content) {
        return new ContributionView.LengthView(content.words, content.estimatedPages,
                TextLength.RECOMMENDED_MAX_PAGES, content.estimatedPages.compareTo(TextLength.RECOMMENDED_MAX_PAGES) > 0);
    }
}
