package org.plenary.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.plenary.infra.EmbeddedMailServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * The launcher's own switches for rehearsing outages, on 127.0.0.1 only: take the SMTP server away and bring it back
 * (its mailboxes keep what they received). {@code GET /smtp}, {@code POST /smtp/stop}, {@code POST /smtp/start}.
 */
final class LauncherControl {

    static final int PORT = 8090;

    private LauncherControl() {
    }

    static HttpServer start(EmbeddedMailServer mail) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), PORT), 0);
        server.createContext("/smtp", exchange -> {
            String path = exchange.getRequestURI().getPath();
            boolean post = "POST".equals(exchange.getRequestMethod());
            if (post && path.equals("/smtp/stop")) {
                mail.stopSmtp();
            } else if (post && path.equals("/smtp/start")) {
                mail.startSmtp();
            } else if (!path.equals("/smtp")) {
                reply(exchange, 404, "{\"detail\": \"GET /smtp, POST /smtp/stop or POST /smtp/start\"}");
                return;
            }
            reply(exchange, 200, "{\"smtp\": \"" + (mail.smtpRunning() ? "running" : "stopped") + "\"}");
        });
        server.start();
        return server;
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
