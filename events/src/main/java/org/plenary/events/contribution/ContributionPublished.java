package org.plenary.events.contribution;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The secretariat published a contribution: every state may now see it. Key: the contribution id.
 *
 * @param submittingMemberStates who submitted it (the lead first), told of its publication; empty in events written
 *                               before it existed
 * @param title                  its title; null in events written before it existed
 * @param documentReference      the council document it is about; null in events written before it existed
 */
public record ContributionPublished(UUID contributionId, String meetingId, String publicReference,
                                    Instant publishedAt, List<String> submittingMemberStates, String title,
                                    String documentReference) implements ContributionEvent {

    public ContributionPublished {
        submittingMemberStates = submittingMemberStates == null ? List.of() : List.copyOf(submittingMemberStates);
    }

    public static final String TYPE = "plenary.contribution.published.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
