package org.plenary.agenda.timeplan;

import org.plenary.platform.problem.ProblemException;

import java.util.Map;

public class SessionsOverlap extends ProblemException {

    public SessionsOverlap(MeetingSession other) {
        super("sessions-overlap", "Sessions overlap", 409, "The meeting already has a session on " + other.date
                        + " from " + other.start + " to " + other.end + " (" + other.id + ")",
                Map.of("overlappingSession", other.id.toString()));
    }
}
