package org.plenary.agenda.timeplan;

import org.plenary.platform.problem.ProblemException;

/** A time plan without a session is not published: every member state would be sent an empty plan. */
public class TimePlanEmpty extends ProblemException {

    public TimePlanEmpty(String meetingId) {
        super("time-plan-empty", "Nothing to publish", 409, "The time plan of " + meetingId + " has no session yet;"
                + " schedule one before publishing it, as publishing sends the plan to every member state");
    }
}
