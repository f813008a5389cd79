package org.plenary.agenda.timeplan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.plenary.platform.problem.Problem;
import org.plenary.platform.problem.ProblemException;

import java.util.UUID;

public class SessionsOverlap extends ProblemException {

    public SessionsOverlap(MeetingSession other) {
        super("sessions-overlap", "Sessions overlap", 409, "The meeting already has a session on " + other.date
                        + " from " + other.start + " to " + other.end + " (" + other.id + ")",
                new Members(other.id));
    }

    /** The members this problem adds to {@link Problem}, for the OpenAPI document. */
    @Schema(name = "SessionsOverlapProblem", allOf = Problem.class, description = "The session overlaps another: which")
    public record Members(@Schema(required = true) UUID overlappingSession) {
    }
}
