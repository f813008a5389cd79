package org.plenary.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.plenary.infra.DevKeys;
import org.plenary.infra.EmbeddedMailServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The launcher's own switches for rehearsals, on 127.0.0.1 only: take the SMTP server away and bring it back (its
 * mailboxes keep what they received) — {@code GET /smtp}, {@code POST /smtp/stop}, {@code POST /smtp/start} — make
 * it refuse one recipient as a relay would ({@code POST /smtp/refuse?address=…&reply=550 …}, undone by
 * {@code POST /smtp/accept?address=…}), and move "now" in all four services at once: {@code POST /clock} with
 * {@code {"now": …}} or {@code {"advance": "P1D"}}.
 * <p>
 * It also serves the local run's development-only OpenID Connect provider under {@code /oidc}
 * ({@link DevIdentityProvider}), at which a web application such as the secretariat's dashboard signs people in as
 * the secretariat or a member state's focal point, with tokens the services accept.
 */
final class LauncherControl {

    static final int PORT = 8090;
    /** The development identity provider's URL: its discovery document is below, at /.well-known/openid-configuration. */
    static final URI IDENTITY_PROVIDER = URI.create("http://localhost:" + PORT + "/oidc");

    private LauncherControl() {
    }

    /**
     * @param keys         the local run's dev keys, which sign what the identity provider issues
     * @param servicePorts the services' HTTP ports, whose clocks {@code POST /clock} moves together
     * @param token        a secretariat token, as PUT /clock requires
     */
    static HttpServer start(EmbeddedMailServer mail, DevKeys keys, List<Integer> servicePorts, String token)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), PORT), 0);
        new DevIdentityProvider(keys, IDENTITY_PROVIDER).register(server);
        HttpClient client = HttpClient.newHttpClient();
        server.createContext("/clock", exchange -> {
            if (!"POST".equals(exchange.getRequestMethod())) {
                reply(exchange, 405, "{\"detail\": \"POST a body with now (an instant) or advance (a duration)\"}");
                return;
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            List<String> answers = new ArrayList<>();
            int status = 200;
            for (int port : servicePorts) {
                try {
                    HttpResponse<String> answer = client.send(HttpRequest.newBuilder(
                                    URI.create("http://localhost:" + port + "/clock"))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                    status = Math.max(status, answer.statusCode());
                    answers.add("{\"port\": " + port + ", \"status\": " + answer.statusCode() + ", \"answer\": "
                            + answer.body() + "}");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }
            reply(exchange, status, "[" + String.join(", ", answers) + "]");
        });
        server.createContext("/smtp", exchange -> {
            String path = exchange.getRequestURI().getPath();
            boolean post = "POST".equals(exchange.getRequestMethod());
            Map<String, String> query = query(exchange);
            if (post && path.equals("/smtp/stop")) {
                mail.stopSmtp();
            } else if (post && path.equals("/smtp/start")) {
                mail.startSmtp();
            } else if (post && path.equals("/smtp/refuse") && query.containsKey("address")) {
                try {
                    mail.refuseRecipient(query.get("address"),
                            query.getOrDefault("reply", "550 5.1.1 No such mailbox"));
                } catch (IllegalArgumentException e) {
                    reply(exchange, 400, "{\"detail\": \"reply: a 4xx or 5xx code, then printable ASCII\"}");
                    return;
                }
            } else if (post && path.equals("/smtp/accept") && query.containsKey("address")) {
                mail.acceptRecipient(query.get("address"));
            } else if (!path.equals("/smtp")) {
                reply(exchange, 404, "{\"detail\": \"GET /smtp, POST /smtp/stop, /smtp/start, "
                        + "/smtp/refuse?address=…&reply=… or /smtp/accept?address=…\"}");
                return;
            }
            reply(exchange, 200, "{\"smtp\": \"" + (mail.smtpRunning() ? "running" : "stopped") + "\"}");
        });
        server.start();
        return server;
    }

    /** The request's query parameters, decoded. */
    private static Map<String, String> query(HttpExchange exchange) {
        String query = exchange.getRequestURI().getRawQuery();
        Map<String, String> parameters = new HashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] nameValue = pair.split("=", 2);
                parameters.put(URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8),
                        nameValue.length == 2 ? URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8) : "");
            }
        }
        return parameters;
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
