package org.plenary.events.contribution;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A contribution's full state as submitted or revised; consumers apply either the same way. */
public interface ContributionState {

    UUID contributionId();

    String meetingId();

    UUID itemId();

    int itemNumber();

    String documentReference();

    /** ISO 3166-1 alpha-3 codes; the first is the lead. */
    List<String> submittingMemberStates();

    String title();

    String language();

    /** Received before the meeting's contribution deadline (or accepted late by the secretariat: false). */
    boolean onTime();

    int revision();

    Instant at();

    /** The template's "comments on the document", as the submitting states wrote them; null in older events. */
    String commentsOnDocument();

    /** The template's "proposed way forward", as the submitting states wrote it; null in older events. */
    String proposedWayForward();

    /** States this change took off the submitting states; they are told too. */
    default List<String> removedMemberStates() {
        return List.of();
    }
}
