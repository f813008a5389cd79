package org.plenary.agenda.meeting;

import org.plenary.platform.problem.ProblemException;

public class MeetingAlreadyExists extends ProblemException {

    public MeetingAlreadyExists(String id) {
        super("meeting-already-exists", "Meeting already exists", 409, "A meeting with id " + id + " already exists");
    }
}
