package org.plenary.platform.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 9457 problem details: the one body of every 4xx and 5xx of every service.
 *
 * @param type       stable URI naming the kind of problem, e.g. {@code urn:plenary:problem:validation}
 * @param errors     for validation problems, each failing field and the rule it broke
 * @param extensions problem-specific members (e.g. a limit and its current usage), written at the top level
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors,
                      @JsonIgnore Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);
    private static final String TYPE_PREFIX = "urn:plenary:problem:";

    /** @param slug the kind of problem, short and stable: {@code validation}, {@code not-found}, ... */
    public static Problem of(String slug, String title, int status, String detail) {
        return new Problem(TYPE_PREFIX + slug, title, status, detail, List.of(), Map.of());
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, fieldErrors, extensions);
    }

    public Problem withExtensions(Map<String, Object> members) {
        return new Problem(type, title, status, detail, errors, members);
    }

    /** The members of a record (public or not), by their names; a null one is left out. */
    public Problem withMembers(Record members) {
        Map<String, Object> byName = new LinkedHashMap<>();
        for (RecordComponent component : members.getClass().getRecordComponents()) {
            try {
                Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                Object value = accessor.invoke(members);
                if (value != null) {
                    byName.put(component.getName(), value);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
        }
        return withExtensions(byName);
    }

    @JsonAnyGetter
    Map<String, Object> extensionMembers() {
        return extensions;
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(this).build();
    }

    /**
     * @param field the JSON path of the failing member ({@code submittingMemberStates[1]}), or a parameter name
     * @param rule  the broken rule, e.g. {@code NotBlank}, {@code Pattern}, {@code type}, {@code enum}
     */
    public record FieldError(String field, String rule, String message) {
    }
}
