package org.plenary.contribution.contribution;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
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

    /**
     * The members this problem adds to {@link Problem}, for the OpenAPI document. The schema spells Problem's members
     * out instead of {@code allOf = Problem.class}: the 403s it documents were a plain Problem in the released contract
     * (docs/api/released/v1), and openapi-diff (clients/java's ApiCompatibilityTest) reads an allOf there as
     * Problem's members removed.
     */
    @Schema(name = "NotAddressedProblem",
            description = "A problem; when its type is urn:plenary:problem:not-addressed, the meeting is not "
                    + "addressed to a submitting state and admits no observers: the state, whom the meeting is for, "
                    + "and the state's category (absent when not known here)",
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
