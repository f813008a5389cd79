package org.plenary.platform.problem;

import java.util.List;

/**
 * A rule that Bean Validation cannot express (a time zone that must exist, a reference that must be on the agenda):
 * the same 400 validation problem, naming the field and the rule.
 */
public class InvalidField extends ProblemException {

    public InvalidField(String field, String rule, String message) {
        super(Problem.of("validation", "Invalid request", 400, field + ": " + message)
                .withErrors(List.of(new Problem.FieldError(field, rule, message))));
    }
}
