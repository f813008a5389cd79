package org.plenary.events.contribution;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A submitting state revised its contribution; the full new state. Key: the contribution id. */
public record ContributionRevised(UUID contributionId, String meetingId, UUID itemId, int itemNumber,
                                  String documentReference, List<String> submittingMemberStates, String title,
                                  String language, boolean onTime, int revision, Instant at)
        implements ContributionState, ContributionEvent {

    public static final String TYPE = "plenary.contribution.revised.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
