package org.plenary.contribution.contribution;

import io.quarkus.security.ForbiddenException;
import org.plenary.platform.problem.InvalidField;
import org.plenary.platform.security.Caller;

import java.util.List;

/**
 * Who may change a contribution's submitting member states. The lead (the first) is fixed at submission: only the
 * secretariat changes it, with a reason. Only the lead or the secretariat add or remove co-submitters; a co-submitter
 * may only take itself off (decline being named, {@link ContributionService#removeSubmittingState}). So no co-submitter can take a joint contribution over or shut
 * another state out of it.
 */
final class SubmittingStates {

    private SubmittingStates() {
    }

    /** Refuses a change of {@code before} into {@code after} that this caller may not make. */
    static void requireAllowed(List<String> before, List<String> after, Caller caller, String changeReason) {
        if (before.equals(after)) {
            return;
        }
        String lead = before.get(0);
        if (!after.get(0).equals(lead)) {
            if (!caller.isSecretariat()) {
                throw new ForbiddenException("the lead submitting state " + lead + " is fixed at submission; only "
                        + "the secretariat may change it");
            }
            if (changeReason == null || changeReason.isBlank()) {
                throw new InvalidField("changeReason", "NotBlank", "the secretariat gives a reason to change the "
                        + "lead submitting state");
            }
            return;
        }
        caller.memberState().filter(own -> !own.equals(lead)).ifPresent(own -> {
            throw new ForbiddenException("only the lead submitting state " + lead + " and the secretariat may add or "
                    + "remove co-submitters; " + own + " may only take itself off (DELETE "
                    + ".../submitting-member-states/" + own + ")");
        });
    }

    /** Refuses taking {@code state} off, unless the caller is that state, the lead or the secretariat. */
    static void requireMayRemove(List<String> states, String state, Caller caller) {
        if (states.get(0).equals(state)) {
            throw new ForbiddenException(state + " is the lead submitting state; the secretariat may change the lead "
                    + "(changeReason) by revising the contribution, or the lead may withdraw it");
        }
        String own = caller.memberState().orElse(null);
        if (own != null && !own.equals(state) && !own.equals(states.get(0))) {
            throw new ForbiddenException("only " + state + " itself, the lead submitting state " + states.get(0)
                    + " and the secretariat may take " + state + " off this contribution");
        }
    }

    /** Refuses a withdrawal of the whole contribution by a co-submitter (it may take itself off instead). */
    static void requireMayWithdraw(List<String> states, Caller caller) {
        caller.memberState().filter(own -> !own.equals(states.get(0))).ifPresent(own -> {
            throw new ForbiddenException("only the lead submitting state " + states.get(0) + " and the secretariat "
                    + "may withdraw this contribution; " + own + " may take itself off its submitting states");
        });
    }

    static List<String> removed(List<String> before, List<String> after) {
        return before.stream().filter(state -> !after.contains(state)).toList();
    }

    static List<String> added(List<String> before, List<String> after) {
        return removed(after, before);
    }
}
