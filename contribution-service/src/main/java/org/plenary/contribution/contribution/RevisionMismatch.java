package org.plenary.contribution.contribution;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.plenary.platform.problem.Problem;
import org.plenary.platform.problem.ProblemException;


/** If-Match named a revision that is no longer the latest: another submitting state revised in between. */
public class RevisionMismatch extends ProblemException {

    public RevisionMismatch(String expected, int current) {
        super("revision-mismatch", "The contribution has changed", 412,
                "If-Match names revision " + expected + " but the latest is " + current
                        + "; read it again, then revise that",
                new Members(current));
    }

    /** The members this problem adds to {@link Problem}, for the OpenAPI document. */
    @Schema(name = "RevisionMismatchProblem", allOf = Problem.class,
            description = "If-Match names a revision that is no longer the latest: the latest")
    public record Members(@Schema(required = true) int currentRevision) {
    }
}
