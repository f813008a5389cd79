package org.plenary.platform.problem;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Which path or query parameter of a request could not be read, and what it should have been. JAX-RS reports only
 * the conversion's failure (a 404 for a path parameter, by the specification), not the parameter's name; so each
 * parameter of the matched resource method is read again from the request, and the first that does not convert to its
 * declared type is the one named. The types are those the resources declare besides strings.
 */
final class UnreadableParameter {

    private static final Map<Class<?>, Function<String, ?>> READERS = Map.of(
            UUID.class, UUID::fromString,
            Integer.class, Integer::valueOf,
            int.class, Integer::valueOf,
            Long.class, Long::valueOf,
            long.class, Long::valueOf,
            Instant.class, Instant::parse);

    private UnreadableParameter() {
    }

    /** The first parameter whose value does not convert, named as the request names it; empty if none is found. */
    static Optional<Problem.FieldError> of(Method method, UriInfo uri) {
        if (method == null || uri == null) {
            return Optional.empty();
        }
        for (Parameter parameter : method.getParameters()) {
            Function<String, ?> reader = READERS.get(parameter.getType());
            String name = name(parameter);
            if (reader == null || name == null) {
                continue;
            }
            List<String> values = parameter.isAnnotationPresent(PathParam.class)
                    ? uri.getPathParameters().get(name) : uri.getQueryParameters().get(name);
            for (String value : values == null ? List.<String>of() : values) {
                try {
                    reader.apply(value);
                } catch (RuntimeException unreadable) {
                    return Optional.of(new Problem.FieldError(name, "type",
                            "expected " + JsonProblemMapper.describe(parameter.getType()) + ", not '" + value + "'"));
                }
            }
        }
        return Optional.empty();
    }

    private static String name(Parameter parameter) {
        PathParam path = parameter.getAnnotation(PathParam.class);
        if (path != null) {
            return path.value();
        }
        QueryParam query = parameter.getAnnotation(QueryParam.class);
        return query == null ? null : query.value();
    }
}
