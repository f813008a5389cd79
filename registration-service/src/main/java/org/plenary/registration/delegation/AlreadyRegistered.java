package org.plenary.registration.delegation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.plenary.platform.problem.Problem;
import org.plenary.platform.problem.ProblemException;
import org.plenary.platform.security.Caller;

import java.util.UUID;

/**
 * The same person (by email) is already registered for the meeting: a person takes part in one delegation of a
 * meeting, once. The caller's own delegation is described (role, status, the participant's id); another
 * delegation's is not named to a member state, only to the secretariat.
 */
public class AlreadyRegistered extends ProblemException {

    public AlreadyRegistered(Participant existing, Caller caller) {
        super("already-registered", "Already registered", 409, detail(existing, caller), members(existing, caller));
    }

    private static String detail(Participant existing, Caller caller) {
        if (caller.actsFor(existing.memberState)) {
            return existing.email + " is already registered for " + existing.meetingId + " in the delegation of "
                    + existing.memberState + " as " + existing.role + " (" + existing.status + ")";
        }
        return existing.email + " is already registered for " + existing.meetingId + " in another delegation; a "
                + "person takes part in one delegation of a meeting only (the secretariat can say which)";
    }

    private static Members members(Participant existing, Caller caller) {
        return caller.actsFor(existing.memberState)
                ? new Members(existing.memberState, existing.id)
                : new Members(null, null);
    }

    /** The members this problem adds to {@link Problem}, for the OpenAPI document. */
    @Schema(name = "AlreadyRegisteredProblem", allOf = Problem.class,
            description = "The person is already registered for the meeting; the participant is named only to its "
                    + "own delegation and the secretariat")
    public record Members(String memberState, UUID participantId) {
    }
}
