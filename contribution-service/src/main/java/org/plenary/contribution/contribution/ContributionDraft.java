package org.plenary.contribution.contribution;

import java.util.List;

/**
 * A contribution by the letter's template as a member state or the secretariat hands it in, for a submission or a
 * revision. Its members are named and ordered as the request's: an Idempotency-Key's fingerprint is this record as
 * JSON, so a retry still matches the first request across a release.
 *
 * @param submittingMemberStates the codes as given, the lead first
 * @param itemNumber             the item's number to check the reference against, or null
 * @param lateAcceptanceReason   the secretariat's reason to accept it after the deadline, or null or blank
 * @param changeReason           the secretariat's reason for a revision that changes the lead state, or null
 */
public record ContributionDraft(List<String> submittingMemberStates, String title, String documentReference,
                                Integer itemNumber, String commentsOnDocument, String proposedWayForward,
                                String language, ContactPerson contact, String lateAcceptanceReason,
                                String changeReason) {

    /** Who answers for the contribution. */
    public record ContactPerson(String name, String email) {
    }
}
