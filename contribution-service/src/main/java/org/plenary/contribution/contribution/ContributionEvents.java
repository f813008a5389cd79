package org.plenary.contribution.contribution;

import org.plenary.events.contribution.ContributionPublished;
import org.plenary.events.contribution.ContributionRevised;
import org.plenary.events.contribution.ContributionSubmitted;
import org.plenary.events.contribution.ContributionWithdrawn;

import java.util.List;

/** The events a contribution's changes publish, built from the entity in one place. */
final class ContributionEvents {

    private ContributionEvents() {
    }

    public static ContributionSubmitted submitted(Contribution c) {
        return new ContributionSubmitted(c.id, c.meetingId, c.content.itemId, c.content.itemNumber,
                c.content.documentReference, List.copyOf(c.submittingMemberStates), c.content.title,
                c.content.language, c.onTime, c.revision, c.revisedAt, c.content.commentsOnDocument,
                c.content.proposedWayForward);
    }

    /** Published: with who submitted it and what it is, for the email that tells them. */
    public static ContributionPublished published(Contribution c) {
        return new ContributionPublished(c.id, c.meetingId, c.publicReference, c.publishedAt,
                List.copyOf(c.submittingMemberStates), c.content.title, c.content.documentReference);
    }

    /** Withdrawn: with what it was and every state that submitted it, for the email that tells them all. */
    public static ContributionWithdrawn withdrawn(Contribution c) {
        return new ContributionWithdrawn(c.id, c.meetingId, c.withdrawnBy, c.withdrawnAt, c.content.itemNumber,
                c.content.documentReference, c.content.title, List.copyOf(c.submittingMemberStates),
                c.withdrawalReason);
    }

    /** @param removed the states this revision took off the submitting states */
    public static ContributionRevised revised(Contribution c, List<String> removed) {
        return new ContributionRevised(c.id, c.meetingId, c.content.itemId, c.content.itemNumber,
                c.content.documentReference, List.copyOf(c.submittingMemberStates), c.content.title,
                c.content.language, c.onTime, c.revision, c.revisedAt, removed, c.content.commentsOnDocument,
                c.content.proposedWayForward);
    }
}
