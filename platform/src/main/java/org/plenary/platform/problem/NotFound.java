package org.plenary.platform.problem;

/** The resource does not exist, or the caller may not know that it does (another member state's object). */
public class NotFound extends ProblemException {

    public NotFound(String what, Object id) {
        super("not-found", "Not found", 404, what + " " + id + " does not exist");
    }
}
