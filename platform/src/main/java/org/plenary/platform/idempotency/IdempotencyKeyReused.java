package org.plenary.platform.idempotency;

import org.plenary.platform.problem.Problem;
import org.plenary.platform.problem.ProblemException;

import java.util.List;

/** The same Idempotency-Key came back with a different request: a client bug that must not create anything. */
public class IdempotencyKeyReused extends ProblemException {

    public IdempotencyKeyReused(String key) {
        super(Problem.of("idempotency-key-reused", "Idempotency-Key reused for a different request", 422,
                        "Idempotency-Key '" + key + "' was already used for a different request; "
                                + "a retry must repeat the first request exactly, a new request needs a new key")
                .withErrors(List.of(new Problem.FieldError(IdempotencyKeys.HEADER, "same-request",
                        "must be a new key, or come with the same request as before"))));
    }
}
