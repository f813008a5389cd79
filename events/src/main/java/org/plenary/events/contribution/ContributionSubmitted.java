package org.plenary.events.contribution;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A member state (or the secretariat on its behalf) submitted a contribution: the whole template, so that the email
 * to the contributions mailbox carries it. Key: the contribution id.
 */
public record ContributionSubmitted(UUID contributionId, String meetingId, UUID itemId, int itemNumber,
                                    String documentReference, List<String> submittingMemberStates, String title,
                                    String language, boolean onTime, int revision, Instant at,
                                    String commentsOnDocument, String proposedWayForward)
        implements ContributionState, ContributionEvent {

    public static final String TYPE = "plenary.contribution.submitted.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
