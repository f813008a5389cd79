package org.plenary.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A body that is not JSON, or JSON of the wrong shape: 400 that says where and what was expected. Quarkus REST has
 * built-in mappers for the specific Jackson exceptions, so each is named here to take precedence over them.
 */
public class JsonProblemMapper {

    /** What a client writes for each kind of value the API reads from a string, in the words of its documentation. */
    private static final Map<Class<?>, String> STRING_FORMATS = Map.of(
            UUID.class, "a UUID, e.g. 3fa85f64-5717-4562-b3fc-2c963f66afa6",
            LocalDate.class, "a date, YYYY-MM-DD (e.g. 2020-06-05)",
            LocalTime.class, "a time of day, HH:MM from 00:00 to 23:59 (e.g. 09:30)",
            Instant.class, "an instant in UTC, e.g. 2020-06-05T22:00:00Z",
            OffsetDateTime.class, "a date and time with its offset, e.g. 2020-06-06T00:00:00+02:00",
            LocalDateTime.class, "a date and time, e.g. 2020-06-05T12:00",
            Duration.class, "an ISO 8601 duration, e.g. PT24H or P7D",
            ZoneId.class, "a time zone of the IANA database, e.g. Europe/Zurich");

    @ServerExceptionMapper
    public Response parse(JsonParseException exception) {
        return problem(exception).toResponse();
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException exception) {
        return problem(exception).toResponse();
    }

    @ServerExceptionMapper
    public Response mapping(JsonMappingException exception) {
        return problem(exception).toResponse();
    }

    @ServerExceptionMapper
    public Response other(JsonProcessingException exception) {
        return problem(exception).toResponse();
    }

    static Problem problem(JsonProcessingException exception) {
        if (exception instanceof JsonParseException parse) {
            String at = parse.getLocation() == null ? ""
                    : " at line " + parse.getLocation().getLineNr() + ", column " + parse.getLocation().getColumnNr();
            return Problem.of("malformed-json", "Malformed JSON", 400,
                    "The request body is not valid JSON" + at + ": " + parse.getOriginalMessage());
        }
        if (exception instanceof JsonMappingException mapping) {
            String field = path(mapping);
            Problem.FieldError error = fieldError(field, mapping);
            return Problem.of("validation", "Invalid request", 400, field + ": " + error.message())
                    .withErrors(List.of(error));
        }
        return Problem.of("malformed-json", "Malformed JSON", 400, "The request body could not be read");
    }

    private static Problem.FieldError fieldError(String field, JsonMappingException exception) {
        if (exception instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
            return new Problem.FieldError(field, "enum",
                    "'" + invalid.getValue() + "' is not one of: " + allowed);
        }
        if (exception instanceof UnrecognizedPropertyException unknown) {
            return new Problem.FieldError(field, "unknown-field",
                    "is not a field of this request; known fields: " + unknown.getKnownPropertyIds());
        }
        if (exception instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return new Problem.FieldError(field, "type",
                    "expected " + describe(mismatched.getTargetType()));
        }
        return new Problem.FieldError(field, "type", exception.getOriginalMessage());
    }

    static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of: " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Iterable.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        String format = STRING_FORMATS.get(type);
        if (format != null) {
            return format;
        }
        // The API's names for its objects are the OpenAPI document's, not this code's classes.
        return "an object";
    }

    private static String path(JsonMappingException exception) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : exception.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            }
        }
        return path.isEmpty() ? "request" : path.toString();
    }
}
