package org.plenary.registration.delegation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.plenary.platform.problem.Problem;
import org.plenary.platform.problem.ProblemException;
import org.plenary.registration.agenda.MeetingReplica;
import org.plenary.registration.directory.MemberState;

/**
 * The meeting is addressed to the ITU Council's Member States, the state is not one of them, and the meeting admits no
 * observers: its delegation may not register. Says the meeting's audience and the state's category.
 */
public class NotAddressed extends ProblemException {

    NotAddressed(MeetingReplica meeting, String memberState, MemberState.Category category) {
        super("not-addressed", "The meeting is not addressed to this member state", 403,
                meeting.id + " is addressed to the Member States of the ITU Council and admits no observers; "
                        + memberState + (category == null ? " is not in the directory"
                        : " is a Member State not on the Council (" + category + ")")
                        + ", so its delegation cannot register",
                new Members(memberState, meeting.addressedTo.name(), category == null ? null : category.name(),
                        meeting.observersAllowed));
    }

    /** The members this problem adds to {@link Problem}, for the OpenAPI document. */
    @Schema(name = "NotAddressedProblem", allOf = Problem.class,
            description = "The meeting is not addressed to the state and admits no observers: whom it is for, and "
                    + "the state's category (absent for a state not in the directory)")
    public record Members(@Schema(required = true) String memberState,
                          @Schema(enumeration = {"COUNCIL_MEMBER_STATES", "ALL_MEMBER_STATES"}, required = true)
                          String audience,
                          @Schema(enumeration = {"COUNCIL_MEMBER_STATE", "MEMBER_STATE"}) String category,
                          @Schema(required = true) boolean observersAllowed) {
    }
}
