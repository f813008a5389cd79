package org.plenary.agenda.agenda;

import org.plenary.platform.problem.ProblemException;

public class AgendaUnchanged extends ProblemException {

    public AgendaUnchanged(String meetingId, int version) {
        super("agenda-unchanged", "Agenda unchanged", 409, "The agenda of " + meetingId
                + " is the same as its adopted version " + version + "; there is nothing to adopt");
    }
}
