package org.plenary.events.contribution;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A submitting state or the secretariat revised a contribution; the full new state. Key: the contribution id.
 *
 * @param removedMemberStates states this revision took off the submitting states (one declined being named, the lead
 *                            removed a co-submitter): they are told too. Empty in events written before it existed.
 */
public record ContributionRevised(UUID contributionId, String meetingId, UUID itemId, int itemNumber,
                                  String documentReference, List<String> submittingMemberStates, String title,
                                  String language, boolean onTime, int revision, Instant at,
                                  List<String> removedMemberStates, String commentsOnDocument,
                                  String proposedWayForward)
        implements ContributionState, ContributionEvent {

    public static final String TYPE = "plenary.contribution.revised.v1";

    public ContributionRevised {
        removedMemberStates = removedMemberStates == null ? List.of() : List.copyOf(removedMemberStates);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
