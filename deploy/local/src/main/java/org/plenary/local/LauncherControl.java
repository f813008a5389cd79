package org.plenary.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.plenary.infra.Engines;
import org.plenary.infra.TcpGate;

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
 * The launcher's own switches for rehearsals, on 127.0.0.1 only: take an engine away and bring it back with what it
 * holds — {@code GET /postgres}, {@code POST /postgres/stop}, {@code POST /postgres/start}, the same under
 * {@code /kafka} and {@code /smtp}: new connections refused and open ones reset, as a failed-over database, a dead
 * broker or an unreachable relay (each engine's {@link TcpGate}) — make the SMTP server refuse one recipient as a
 * relay would ({@code POST /smtp/refuse?address=…&reply=550 …}, undone by {@code POST /smtp/accept?address=…}), and
 * move "now" in all four services at once: {@code POST /clock} with {@code {"now": …}} or {@code {"advance": "P1D"}}.
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
     * @param engines      the local run's engines, switched here; their dev keys sign what the identity provider
     *                     issues
     * @param servicePorts the services' HTTP ports, whose clocks {@code POST /clock} moves together
     * @param token        a secretariat token, as PUT /clock requires
     */
    static HttpServer start(Engines engines, List<Integer> servicePorts, String token) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), PORT), 0);
        new DevIdentityProvider(engines.keys(), IDENTITY_PROVIDER).register(server);
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
        switchFor(server, "postgres", engines.postgres().gate());
        switchFor(server, "kafka", engines.kafka().gate());
        TcpGate smtp = engines.mail().smtpGate();
        server.createContext("/smtp", exchange -> {
            String path = exchange.getRequestURI().getPath();
            boolean post = "POST".equals(exchange.getRequestMethod());
            Map<String, String> query = query(exchange);
            if (post && path.equals("/smtp/refuse") && query.containsKey("address")) {
                try {
                    engines.mail().refuseRecipient(query.get("address"),
                            query.getOrDefault("reply", "550 5.1.1 No such mailbox"));
                } catch (IllegalArgumentException e) {
                    reply(exchange, 400, "{\"detail\": \"reply: a 4xx or 5xx code, then printable ASCII\"}");
                    return;
                }
                replyState(exchange, "smtp", smtp);
            } else if (post && path.equals("/smtp/accept") && query.containsKey("address")) {
                engines.mail().acceptRecipient(query.get("address"));
                replyState(exchange, "smtp", smtp);
            } else {
                switchGate(exchange, "smtp", smtp, ", /smtp/refuse?address=…&reply=… or /smtp/accept?address=…");
            }
        });
        server.start();
        return server;
    }

    /** {@code GET /<engine>}, {@code POST /<engine>/stop} and {@code POST /<engine>/start} for one engine's gate. */
    private static void switchFor(HttpServer server, String engine, TcpGate gate) {
        server.createContext("/" + engine, exchange -> switchGate(exchange, engine, gate, ""));
    }

    private static void switchGate(HttpExchange exchange, String engine, TcpGate gate, String otherwise)
            throws IOException {
        String path = exchange.getRequestURI().getPath();
        boolean post = "POST".equals(exchange.getRequestMethod());
        if (post && path.equals("/" + engine + "/stop")) {
            gate.close();
        } else if (post && path.equals("/" + engine + "/start")) {
            gate.open();
        } else if (!path.equals("/" + engine)) {
            reply(exchange, 404, "{\"detail\": \"GET /" + engine + ", POST /" + engine + "/stop, /" + engine
                    + "/start" + otherwise + "\"}");
            return;
        }
        replyState(exchange, engine, gate);
    }

    private static void replyState(HttpExchange exchange, String engine, TcpGate gate) throws IOException {
        reply(exchange, 200, "{\"" + engine + "\": \"" + (gate.isOpen() ? "running" : "stopped") + "\"}");
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
