package org.plenary.events.contribution;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A submitting state or the secretariat withdrew a contribution. Key: the contribution id.
 *
 * @param withdrawnBy            a submitting state's code, or "secretariat"
 * @param itemNumber             the agenda item it was about; null in events written before it existed
 * @param documentReference      the council document it was about; null in events written before it existed
 * @param title                  its title; null in events written before it existed
 * @param submittingMemberStates who had submitted it (the lead first), each told of the withdrawal; empty in events
 *                               written before it existed
 * @param reason                 why, if the one who withdrew it said so
 */
public record ContributionWithdrawn(UUID contributionId, String meetingId, String withdrawnBy, Instant withdrawnAt,
                                    Integer itemNumber, String documentReference, String title,
                                    List<String> submittingMemberStates, String reason) implements ContributionEvent {

    public ContributionWithdrawn {
        submittingMemberStates = submittingMemberStates == null ? List.of() : List.copyOf(submittingMemberStates);
    }

    public static final String TYPE = "plenary.contribution.withdrawn.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
