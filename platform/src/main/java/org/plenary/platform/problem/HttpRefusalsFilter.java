package org.plenary.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.VertxHttpConfig;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Map;

/**
 * A body declared larger than {@code quarkus.http.limits.max-body-size} is refused with a 413 problem before it is
 * read; otherwise the HTTP layer would answer an empty 413 of its own. (A chunked body without Content-Length still
 * meets that plain 413 when it grows past the limit.)
 */
@ApplicationScoped
public class BodyTooLargeFilter {

    /** Before the body handler reads anything. */
    private static final int PRIORITY = 1_000;

    private final long limit;
    private final ObjectMapper mapper;

    public BodyTooLargeFilter(VertxHttpConfig http, ObjectMapper mapper) {
        this.limit = http.limits().maxBodySize().map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        this.mapper = mapper;
    }

    void register(@Observes Filters filters) throws JsonProcessingException {
        String body = mapper.writeValueAsString(Problem.of("body-too-large", "Request body too large", 413,
                        "The request body is larger than this service accepts (" + limit + " bytes)")
                .withExtensions(Map.of("limit", limit)));
        filters.register(context -> {
            String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (declared != null && isOver(declared)) {
                context.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(body);
                return;
            }
            context.next();
        }, PRIORITY);
    }

    private boolean isOver(String declared) {
        try {
            return Long.parseLong(declared.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
