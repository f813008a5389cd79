package org.plenary.registration.delegation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.plenary.platform.problem.Problem;
import org.plenary.platform.problem.ProblemException;


/** A step that needs an active participant, on one that is cancelled (or still waiting, for a link). */
public class ParticipantNotActive extends ProblemException {

    public ParticipantNotActive(Participant participant) {
        super("participant-not-active", "The participant is not active", 409,
                "Participant " + participant.id + " is " + participant.status + "; register them again if needed",
                new Members(participant.status.name()));
    }

    /** The members this problem adds to {@link Problem}, for the OpenAPI document. */
    @Schema(name = "ParticipantNotActiveProblem", allOf = Problem.class,
            description = "The participant is cancelled or waiting: its status")
    public record Members(@Schema(required = true) String status) {
    }
}
