package org.plenary.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.VertxHttpConfig;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Map;
import java.util.Map.Entry;

/**
 * What the HTTP layer would refuse with an empty answer is refused here with a problem, before anything of the
 * request is read: a request line longer than {@code plenary.http.max-request-line} (414), headers larger than
 * {@code plenary.http.max-header-size} (431), a body declared larger than {@code quarkus.http.limits.max-body-size}
 * (413). The HTTP layer's own line and header limits ({@code quarkus.http.limits.max-initial-line-length},
 * {@code max-header-size}) are set far above ours, so a client meets ours. What still meets the HTTP decoder's empty
 * 400, before any code of ours runs: a request that is not HTTP (a broken percent-escape such as {@code %ZZ}, a
 * control character in the request line or in a header, which RFC 9110 forbids), a request past those far limits,
 * and a chunked body without Content-Length that grows past the body limit (an empty 413).
 */
@ApplicationScoped
public class HttpRefusalsFilter {

    /** Before the body handler reads anything. */
    private static final int PRIORITY = 1_000;

    private final long maxBody;
    private final RequestLimits limits;
    private final ObjectMapper mapper;

    public HttpRefusalsFilter(VertxHttpConfig http, RequestLimits limits, ObjectMapper mapper) {
        this.maxBody = http.limits().maxBodySize().map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        this.limits = limits;
        this.mapper = mapper;
    }

    void register(@Observes Filters filters) throws JsonProcessingException {
        long maxLine = limits.maxRequestLine();
        long maxHeaders = limits.maxHeaderSize().asLongValue();
        String bodyTooLarge = json(Problem.of("body-too-large", "Request body too large", 413,
                "The request body is larger than this service accepts (" + maxBody + " bytes)"), maxBody);
        String uriTooLong = json(Problem.of("uri-too-long", "URI too long", 414,
                "The request line (method, path and query) is longer than this service accepts (" + maxLine
                        + " characters)"), maxLine);
        String headersTooLarge = json(Problem.of("headers-too-large", "Request headers too large", 431,
                "The request headers are larger than this service accepts (" + maxHeaders + " bytes)"), maxHeaders);
        filters.register(context -> {
            HttpServerRequest request = context.request();
            String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
            if (request.method().name().length() + request.uri().length() + 10 > maxLine) {
                refuse(context.request(), 414, uriTooLong);
            } else if (headerSize(request.headers()) > maxHeaders) {
                refuse(context.request(), 431, headersTooLarge);
            } else if (declared != null && isOver(declared)) {
                refuse(context.request(), 413, bodyTooLarge);
            } else {
                context.next();
            }
        }, PRIORITY);
    }

    private String json(Problem problem, long limit) throws JsonProcessingException {
        return mapper.writeValueAsString(problem.withExtensions(Map.of("limit", limit)));
    }

    private static void refuse(HttpServerRequest request, int status, String body) {
        request.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }

    /** As on the wire: each header's name, ": ", value and line end. */
    private static long headerSize(MultiMap headers) {
        long size = 0;
        for (Entry<String, String> header : headers) {
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        return size;
    }

    private boolean isOver(String declared) {
        try {
            return Long.parseLong(declared.trim()) > maxBody;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
