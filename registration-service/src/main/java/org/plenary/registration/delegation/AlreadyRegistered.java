package org.plenary.registration.delegation;

import org.plenary.platform.problem.ProblemException;

import java.util.Map;

/** The same person (by email) is already registered for the meeting. */
public class AlreadyRegistered extends ProblemException {

    public AlreadyRegistered(Participant existing) {
        super("already-registered", "Already registered", 409,
                existing.email + " is already registered for " + existing.meetingId + " in the delegation of "
                        + existing.memberState + " as " + existing.role + " (" + existing.status + ")",
                Map.of("memberState", existing.memberState));
    }
}
