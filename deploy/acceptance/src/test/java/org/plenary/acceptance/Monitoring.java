package org.plenary.acceptance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an operator's monitoring reads of a service (docs/operations.md): its readiness, its health groups
 * ({@code outbox}, {@code consumers}) and its gauges in {@code /q/metrics}.
 */
final class Monitoring {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Monitoring() {
    }

    /** The status of {@code /q/health/ready}: 200 ready, 503 not. */
    static int ready(int port) {
        return get(port, "/q/health/ready").statusCode();
    }

    /** A health group's answer, e.g. {@code outbox}. */
    static String group(int port, String group) {
        return get(port, "/q/health/group/" + group).body();
    }

    /** A gauge's value, e.g. {@code plenary_outbox_waiting}. */
    static double gauge(int port, String name) {
        Matcher value = Pattern.compile("(?m)^" + name + "(\\{[^}]*})? (\\S+)$")
                .matcher(get(port, "/q/metrics").body());
        if (!value.find()) {
            throw new AssertionError(":" + port + "/q/metrics has no " + name);
        }
        return Double.parseDouble(value.group(2));
    }

    private static HttpResponse<String> get(int port, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(port + path + ": " + e, e);
        }
    }
}
