package org.plenary.registration.delegation;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
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

    /**
     * The members this problem adds to {@link Problem}, for the OpenAPI document. The schema spells Problem's members
     * out instead of {@code allOf = Problem.class}: the 403 it documents was a plain Problem in the released contract
     * (docs/api/released/v1), and openapi-diff (clients/java's ApiCompatibilityTest) reads an allOf there as
     * Problem's members removed.
     */
    @Schema(name = "NotAddressedProblem",
            description = "A problem; when its type is urn:plenary:problem:not-addressed, the meeting is not "
                    + "addressed to the state and admits no observers: whom it is for, and the state's category "
                    + "(absent for a state not in the directory)",
            requiredProperties = {"type", "title", "status"},
            properties = {
                    @SchemaProperty(name = "type", type = SchemaType.STRING,
                            description = "Stable URI of the kind of problem: what a client branches on"),
                    @SchemaProperty(name = "title", type = SchemaType.STRING),
                    @SchemaProperty(name = "status", type = SchemaType.INTEGER),
                    @SchemaProperty(name = "detail", type = SchemaType.STRING),
                    @SchemaProperty(name = "errors", type = SchemaType.ARRAY, implementation = Problem.FieldError.class)})
    public record Members(String memberState,
                          @Schema(enumeration = {"COUNCIL_MEMBER_STATES", "ALL_MEMBER_STATES"}) String audience,
                          @Schema(enumeration = {"COUNCIL_MEMBER_STATE", "MEMBER_STATE"}) String category,
                          boolean observersAllowed) {
    }
}
