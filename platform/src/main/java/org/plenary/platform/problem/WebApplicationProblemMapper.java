package org.plenary.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.Locale;

/** The framework's own refusals (no such path, wrong method, unsupported media type, ...) as problem+json. */
@Provider
public class WebApplicationProblemMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    ResourceInfo resource;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException exception) {
        // Quarkus REST wraps some body-reading failures (a truncated body, for one) instead of throwing them as they are.
        if (exception.getCause() instanceof JsonProcessingException json) {
            return JsonProblemMapper.problem(json).toResponse();
        }
        // A query or path parameter that cannot be converted (itemNumber=abc, from=yesterday) is, by JAX-RS, a 404
        // carrying the conversion failure: it is the request that is wrong, so say so.
        if (exception instanceof NotFoundException && exception.getCause() instanceof RuntimeException conversion) {
            Problem.FieldError error = UnreadableParameter.of(resource.getResourceMethod(), uri).orElseGet(() ->
                    new Problem.FieldError("parameter", "type", conversion.getMessage() == null
                            ? conversion.getClass().getSimpleName() : conversion.getMessage()));
            return Problem.of("validation", "Invalid request", 400, error.field() + ": " + error.message())
                    .withErrors(List.of(error)).toResponse();
        }
        Response original = exception.getResponse();
        String title = original.getStatusInfo().getReasonPhrase();
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        String message = exception.getMessage();
        String detail = message == null || message.startsWith("HTTP ") ? title : message;
        Response.ResponseBuilder response = Response.fromResponse(
                Problem.of(slug, title, original.getStatus(), detail).toResponse());
        // Keep what the framework said beyond the body, e.g. Allow on a 405.
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                values.forEach(value -> response.header(name, value));
            }
        });
        return response.build();
    }
}
