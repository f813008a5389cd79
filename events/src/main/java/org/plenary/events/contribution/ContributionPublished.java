package org.plenary.events.contribution;

import java.time.Instant;
import java.util.UUID;

/** The secretariat published a contribution: every state may now see it. Key: the contribution id. */
public record ContributionPublished(UUID contributionId, String meetingId, String publicReference,
                                    Instant publishedAt) implements ContributionEvent {

    public static final String TYPE = "plenary.contribution.published.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
