package org.plenary.agenda.timeplan;

import org.plenary.platform.problem.ProblemException;

import java.util.Map;

public class SessionOverbooked extends ProblemException {

    public SessionOverbooked(int sessionMinutes, int allocatedMinutes) {
        super("session-overbooked", "Session overbooked", 422, "The allocations add up to " + allocatedMinutes
                        + " minutes; the session lasts " + sessionMinutes,
                Map.of("sessionMinutes", sessionMinutes, "allocatedMinutes", allocatedMinutes));
    }
}
