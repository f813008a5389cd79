package org.plenary.agenda.timeplan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.plenary.platform.problem.Problem;
import org.plenary.platform.problem.ProblemException;


public class SessionOverbooked extends ProblemException {

    public SessionOverbooked(int sessionMinutes, int allocatedMinutes) {
        super("session-overbooked", "Session overbooked", 422, "The allocations add up to " + allocatedMinutes
                        + " minutes; the session lasts " + sessionMinutes,
                new Members(sessionMinutes, allocatedMinutes));
    }

    /** The members this problem adds to {@link Problem}, for the OpenAPI document. */
    @Schema(name = "SessionOverbookedProblem", allOf = Problem.class,
            description = "The allocations are longer than the session")
    public record Members(@Schema(required = true) int sessionMinutes, @Schema(required = true) int allocatedMinutes) {
    }
}
