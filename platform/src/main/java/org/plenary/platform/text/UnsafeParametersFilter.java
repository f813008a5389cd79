package org.plenary.platform.text;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import org.plenary.platform.idempotency.IdempotencyKeys;
import org.plenary.platform.problem.Problem;

import java.util.ArrayList;
import java.util.List;

/**
 * Path and query parameters, and the headers the services read, are single lines of text like any field
 * ({@link SingleLine}): a NUL or another control character in {@code /meetings/%00…} is refused here with a 400
 * problem naming the parameter, before it can reach a query (PostgreSQL refuses NUL in text) or a log line.
 */
@Provider
public class UnsafeParametersFilter implements ContainerRequestFilter {

    private static final List<String> HEADERS_READ = List.of(IdempotencyKeys.HEADER, HttpHeaders.IF_MATCH,
            HttpHeaders.IF_NONE_MATCH, HttpHeaders.ACCEPT_LANGUAGE);

    @Override
    public void filter(ContainerRequestContext request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        check(request.getUriInfo().getPathParameters(true), errors);
        check(request.getUriInfo().getQueryParameters(true), errors);
        for (String header : HEADERS_READ) {
            check(header, request.getHeaders().get(header), errors);
        }
        if (!errors.isEmpty()) {
            String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                    : errors.size() + " parameters are invalid";
            request.abortWith(Problem.of("validation", "Invalid request", 400, detail).withErrors(errors)
                    .toResponse());
        }
    }

    private static void check(MultivaluedMap<String, String> parameters, List<Problem.FieldError> errors) {
        parameters.forEach((name, values) -> check(name, values, errors));
    }

    private static void check(String name, List<String> values, List<Problem.FieldError> errors) {
        if (values == null) {
            return;
        }
        for (String value : values) {
            SafeText.firstUnsafe(value, "").ifPresent(unsafe -> errors.add(new Problem.FieldError(name,
                    SingleLine.class.getSimpleName(), SafeText.SINGLE_LINE + " (found " + unsafe + ")")));
        }
    }
}
