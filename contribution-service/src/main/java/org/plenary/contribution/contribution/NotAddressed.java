package org.plenary.contribution.contribution;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.plenary.contribution.agenda.MeetingReplica;
import org.plenary.contribution.registration.MemberStateCategory;
import org.plenary.platform.problem.Problem;
import org.plenary.platform.problem.ProblemException;

import java.util.List;

/**
 * The meeting is addressed to the ITU Council's Member States and admits no observers, and a submitting state is not
 * one of them. Names the first such state and its category (absent when this service has not been told it); the
 * detail names them all.
 */
public class NotAddressed extends ProblemException {

    NotAddressed(MeetingReplica meeting, List<String> outside, MemberStateCategory.Category category) {
        super("not-addressed", "The meeting is not addressed to this member state", 403,
                meeting.id + " is addressed to the Member States of the ITU Council and admits no observers; "
                        + String.join(", ", outside) + (outside.size() == 1 ? " is" : " are")
                        + " not among them (as far as this service knows), so "
                        + (outside.size() == 1 ? "it" : "they") + " cannot submit or co-submit a contribution",
                new Members(outside.get(0), meeting.addressedTo.name(), category == null ? null : category.name(),
                        meeting.observersAllowed));
    }

    /** The members this problem adds to {@link Problem}, for the OpenAPI document. */
    @Schema(name = "NotAddressedProblem", allOf = Problem.class,
            description = "The meeting is not addressed to a submitting state and admits no observers: the state, "
                    + "whom the meeting is for, and the state's category (absent when not known here)")
    public record Members(@Schema(required = true) String memberState,
                          @Schema(enumeration = {"COUNCIL_MEMBER_STATES", "ALL_MEMBER_STATES"}, required = true)
                          String audience,
                          @Schema(enumeration = {"COUNCIL_MEMBER_STATE", "MEMBER_STATE"}) String category,
                          @Schema(required = true) boolean observersAllowed) {
    }
}
