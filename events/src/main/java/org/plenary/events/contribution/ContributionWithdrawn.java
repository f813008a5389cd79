package org.plenary.events.contribution;

import java.time.Instant;
import java.util.UUID;

/** A submitting state or the secretariat withdrew a contribution. Key: the contribution id. */
public record ContributionWithdrawn(UUID contributionId, String meetingId, String withdrawnBy, Instant withdrawnAt)
        implements ContributionEvent {

    public static final String TYPE = "plenary.contribution.withdrawn.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
