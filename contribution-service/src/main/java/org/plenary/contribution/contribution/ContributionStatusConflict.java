package org.plenary.contribution.contribution;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.plenary.platform.problem.Problem;
import org.plenary.platform.problem.ProblemException;


/** A lifecycle step the contribution's status does not allow: revising a published one, withdrawing twice, ... */
public class ContributionStatusConflict extends ProblemException {

    public ContributionStatusConflict(Contribution contribution, String action, String allowedWhen) {
        super("contribution-status-conflict", "Not possible in the contribution's status", 409,
                "Contribution " + contribution.id + " is " + contribution.status + ": it can be " + action
                        + " only when " + allowedWhen,
                new Members(contribution.status.name()));
    }

    /** The members this problem adds to {@link Problem}, for the OpenAPI document. */
    @Schema(name = "ContributionStatusConflictProblem", allOf = Problem.class,
            description = "Not possible in the contribution's status: its status")
    public record Members(@Schema(required = true) String status) {
    }
}
