package org.plenary.platform.problem;

/**
 * A domain failure the caller can act on (a full pool, a missed deadline, a refused transition). Each kind is its
 * own subclass named for what happened; {@link ProblemExceptionMapper} turns every one into problem+json, so no
 * subclass needs a mapper of its own.
 */
public abstract class ProblemException extends RuntimeException {

    private final transient Problem problem;

    protected ProblemException(String slug, String title, int status, String detail) {
        this(Problem.of(slug, title, status, detail));
    }

    /**
     * @param members the problem's own members as the record its OpenAPI schema is generated from, so that what is
     *                documented is what is sent (e.g. registration-service's capacity/PlaceUnavailable.Members)
     */
    protected ProblemException(String slug, String title, int status, String detail, Record members) {
        this(Problem.of(slug, title, status, detail).withMembers(members));
    }

    /** For a problem that needs more than the plain members, e.g. field errors. */
    protected ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
