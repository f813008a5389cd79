package org.plenary.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.plenary.infra.DevKeys;
import org.plenary.infra.DevTokens;
import org.plenary.infra.DevTokens.Person;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A development-only OpenID Connect provider, served by the launcher (under {@code /oidc} of {@link LauncherControl}'s
 * server) so that a person running {@code ./plenary-local} can sign in to a web application — the secretariat's
 * dashboard — as the secretariat or as a member state's focal point, with no identity provider of the organisation's
 * and no password: the sign-in page only asks who to be. It lives in the launcher alone and is never part of a
 * production deployment, where the application points at the organisation's identity provider instead.
 * <p>
 * It speaks the authorization-code flow (with PKCE when the application sends a challenge) and refresh tokens, and
 * signs with the local run's dev key under {@link DevKeys#ISSUER}: the access token it issues is the bearer token
 * the services already accept ({@link DevTokens#forSignIn}). Codes, refresh tokens and access tokens (for userinfo)
 * are remembered in memory, for as long as the launcher runs. Endpoints, below the base URL:
 * {@code /.well-known/openid-configuration}, {@code /authorize} (GET: the sign-in page; POST: its form),
 * {@code /token}, {@code /jwks}, {@code /userinfo} and {@code /logout}.
 */
final class DevIdentityProvider {

    /** Who can sign in: the secretariat, and the focal point of each member state of the local run. */
    static final List<String> WHO = Stream.concat(Stream.of(Person.SECRETARIAT), PlenaryLocal.MEMBER_STATES.stream())
            .toList();
    static final Duration CODE_LIFETIME = Duration.ofMinutes(2);
    private static final String SCOPE = "openid profile email";

    private final DevKeys keys;
    private final DevTokens tokens;
    private final String base;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Code> codes = new ConcurrentHashMap<>();
    private final Map<String, Grant> refreshTokens = new ConcurrentHashMap<>();
    private final Map<String, Issued> accessTokens = new ConcurrentHashMap<>();

    /** A sign-in: who, for which application, since when. */
    private record Grant(Person person, String clientId, Instant authTime) {
    }

    /** An access token's person, for userinfo, until the token expires. */
    private record Issued(Person person, Instant expires) {
    }

    /** An authorization code, waiting for the application to exchange it once. */
    private record Code(Grant grant, String redirectUri, String nonce, String challenge, String challengeMethod,
                        Instant expires) {
    }

    /** @param base the provider's URL as browsers and applications reach it, e.g. {@code http://localhost:8090/oidc} */
    DevIdentityProvider(DevKeys keys, URI base) {
        this.keys = keys;
        this.tokens = keys.tokens();
        this.base = base.toString().replaceAll("/+$", "");
    }

    /** Whether the request names this machine as its host: localhost or 127.0.0.1, with any port. */
    static boolean isLoopback(String host) {
        return host != null && host.matches("(localhost|127\\.0\\.0\\.1)(:\\d{1,5})?");
    }

    /** Serves the provider on {@code server}, under the base URL's path. */
    void register(HttpServer server) {
        String root = URI.create(base).getPath();
        server.createContext(root, exchange -> {
            try {
                String path = exchange.getRequestURI().getPath().substring(root.length());
                String method = exchange.getRequestMethod();
                if (!isLoopback(exchange.getRequestHeaders().getFirst("Host"))) {
                    // A web page on a name that resolves to 127.0.0.1 (DNS rebinding) is not a local client.
                    text(exchange, 403, "The development identity provider answers http://localhost and 127.0.0.1 only.");
                    return;
                }
                switch (path) {
                    case "/.well-known/openid-configuration" -> json(exchange, 200, Json.of(discovery()));
                    case "/authorize" -> {
                        if ("POST".equals(method)) {
                            signIn(exchange, form(exchange));
                        } else {
                            signInPage(exchange, query(exchange));
                        }
                    }
                    case "/token" -> token(exchange);
                    case "/jwks" -> json(exchange, 200, Json.of(Map.of("keys", List.of(keys.publicJwk()))));
                    case "/userinfo" -> userInfo(exchange);
                    case "/logout" -> logout(exchange, "POST".equals(method) ? form(exchange) : query(exchange));
                    default -> text(exchange, 404, "Not found: the development identity provider serves "
                            + base + "/.well-known/openid-configuration and what it lists.");
                }
            } catch (IllegalArgumentException malformed) {
                text(exchange, 400, "Malformed request: " + malformed.getMessage());
            } finally {
                exchange.close();
            }
        });
    }

    private Map<String, Object> discovery() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", DevKeys.ISSUER);
        document.put("authorization_endpoint", base + "/authorize");
        document.put("token_endpoint", base + "/token");
        document.put("jwks_uri", base + "/jwks");
        document.put("userinfo_endpoint", base + "/userinfo");
        document.put("end_session_endpoint", base + "/logout");
        document.put("response_types_supported", List.of("code"));
        document.put("subject_types_supported", List.of("public"));
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        document.put("grant_types_supported", List.of("authorization_code", "refresh_token", "client_credentials"));
        document.put("code_challenge_methods_supported", List.of("S256", "plain"));
        document.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
        document.put("scopes_supported", List.of("openid", "profile", "email"));
        return document;
    }

    /** GET /authorize: the page that asks who to be, carrying the application's request in hidden fields. */
    private void signInPage(HttpExchange exchange, Map<String, String> request) throws IOException {
        if (!"code".equals(request.get("response_type"))) {
            text(exchange, 400, "response_type must be code: this provider speaks the authorization-code flow only.");
            return;
        }
        String refusal = refusal(request);
        if (refusal != null) {
            text(exchange, 400, refusal);
            return;
        }
        html(exchange, 200, SignInPage.render(URI.create(base).getPath() + "/authorize", request, WHO));
    }

    /** POST /authorize: the chosen person, remembered under a one-time code the application is sent back with. */
    private void signIn(HttpExchange exchange, Map<String, String> form) throws IOException {
        String refusal = refusal(form);
        String method = form.getOrDefault("code_challenge_method", "plain");
        if (refusal == null && !WHO.contains(form.getOrDefault("who", ""))) {
            refusal = "who must be one of " + WHO + ".";
        }
        if (refusal == null && form.containsKey("code_challenge") && !Set.of("S256", "plain").contains(method)) {
            refusal = "code_challenge_method must be S256 or plain.";
        }
        if (refusal != null) {
            text(exchange, 400, refusal);
            return;
        }
        Instant now = Instant.now();
        codes.values().removeIf(code -> code.expires().isBefore(now));
        String code = secret();
        codes.put(code, new Code(new Grant(Person.of(form.get("who")), form.get("client_id"), now),
                form.get("redirect_uri"), form.get("nonce"), form.get("code_challenge"),
                form.containsKey("code_challenge") ? method : null, now.plus(CODE_LIFETIME)));
        String redirect = form.get("redirect_uri");
        redirect += (redirect.contains("?") ? "&" : "?") + "code=" + code;
        if (form.containsKey("state")) {
            redirect += "&state=" + URLEncoder.encode(form.get("state"), StandardCharsets.UTF_8);
        }
        exchange.getResponseHeaders().set("Location", redirect);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(302, -1);
    }

    /** Why an authorization request is refused (no client_id, a redirect_uri off this machine), or null. */
    private static String refusal(Map<String, String> request) {
        if (request.getOrDefault("client_id", "").isEmpty()) {
            return "client_id is missing.";
        }
        if (!isLocal(request.get("redirect_uri"))) {
            return "redirect_uri must be an http://localhost or http://127.0.0.1 URL: this provider is for the local"
                    + " run only.";
        }
        return null;
    }

    /** An absolute http URL on this machine, without a fragment. */
    static boolean isLocal(String url) {
        if (url == null) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return "http".equals(uri.getScheme()) && Set.of("localhost", "127.0.0.1").contains(uri.getHost())
                    && uri.getRawUserInfo() == null && uri.getRawFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** POST /token: a code or a refresh token exchanged for tokens (RFC 6749 section 4.1.3 and 6). */
    private void token(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            tokenError(exchange, 405, "invalid_request", "POST the token request as a form.");
            return;
        }
        Map<String, String> form = form(exchange);
        String clientId = clientId(exchange, form);
        if (clientId == null) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"plenary-dev\"");
            tokenError(exchange, 401, "invalid_client", "authenticate with HTTP Basic or client_id and client_secret"
                    + " (any secret: this provider is for development only).");
            return;
        }
        Grant grant;
        String nonce = null;
        String grantType = form.getOrDefault("grant_type", "");
        if (grantType.equals("authorization_code")) {
            Code code = codes.remove(form.getOrDefault("code", ""));
            String refusal = code == null ? "unknown or already used code"
                    : code.expires().isBefore(Instant.now()) ? "the code has expired"
                    : !code.grant().clientId().equals(clientId) ? "the code was issued to another client"
                    : !code.redirectUri().equals(form.get("redirect_uri")) ? "redirect_uri differs from the authorization's"
                    : pkceRefusal(code, form.get("code_verifier"));
            if (refusal != null) {
                tokenError(exchange, 400, "invalid_grant", refusal);
                return;
            }
            grant = code.grant();
            nonce = code.nonce();
        } else if (grantType.equals("refresh_token")) {
            grant = refreshTokens.get(form.getOrDefault("refresh_token", ""));
            if (grant == null || !grant.clientId().equals(clientId)) {
                tokenError(exchange, 400, "invalid_grant", "unknown refresh token, or issued to another client");
                return;
            }
        } else if (grantType.equals("client_credentials")) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("access_token", tokens.forClient(clientId));
            answer.put("token_type", "Bearer");
            answer.put("expires_in", DevTokens.SIGN_IN_LIFETIME.toSeconds());
            json(exchange, 200, Json.of(answer));
            return;
        } else {
            tokenError(exchange, 400, grantType.isEmpty() ? "invalid_request" : "unsupported_grant_type",
                    "grant_type must be authorization_code, refresh_token or client_credentials.");
            return;
        }
        DevTokens.SignIn signIn = tokens.forSignIn(grant.person(), clientId, nonce, grant.authTime());
        String refreshToken = grantType.equals("refresh_token") ? form.get("refresh_token") : secret();
        refreshTokens.put(refreshToken, grant);
        Instant now = Instant.now();
        accessTokens.values().removeIf(issued -> issued.expires().isBefore(now));
        accessTokens.put(signIn.accessToken(), new Issued(grant.person(), now.plus(DevTokens.SIGN_IN_LIFETIME)));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("access_token", signIn.accessToken());
        answer.put("id_token", signIn.idToken());
        answer.put("refresh_token", refreshToken);
        answer.put("token_type", "Bearer");
        answer.put("expires_in", DevTokens.SIGN_IN_LIFETIME.toSeconds());
        answer.put("scope", SCOPE);
        json(exchange, 200, Json.of(answer));
    }

    /** The client: HTTP Basic, else the form's client_id; any secret will do. Null when none is named. */
    private static String clientId(HttpExchange exchange, Map<String, String> form) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String pair = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                        StandardCharsets.UTF_8);
                String id = URLDecoder.decode(pair.split(":", 2)[0], StandardCharsets.UTF_8);
                return id.isEmpty() ? null : id;
            } catch (IllegalArgumentException malformed) {
                return null;
            }
        }
        String id = form.get("client_id");
        return id == null || id.isEmpty() ? null : id;
    }

    /** Why the code verifier does not answer the code's PKCE challenge (RFC 7636), or null when it does. */
    private static String pkceRefusal(Code code, String verifier) {
        if (code.challenge() == null) {
            return verifier == null ? null : "code_verifier sent, but the authorization had no code_challenge";
        }
        if (verifier == null) {
            return "code_verifier is missing";
        }
        String expected = verifier;
        if (code.challengeMethod().equals("S256")) {
            try {
                expected = Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                        .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                code.challenge().getBytes(StandardCharsets.US_ASCII)) ? null : "code_verifier does not match the challenge";
    }

    /** GET /userinfo: the claims of the person an access token of this provider was issued to. */
    private void userInfo(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Issued issued = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? accessTokens.get(authorization.substring(7).trim()) : null;
        if (issued == null || issued.expires().isBefore(Instant.now())) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            tokenError(exchange, 401, "invalid_token", "send an unexpired access token this provider issued.");
            return;
        }
        Person person = issued.person();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", person.username());
        claims.put("name", person.name());
        claims.put("preferred_username", person.username());
        claims.put("email", person.username());
        claims.put("groups", List.of(person.group()));
        if (person.memberState() != null) {
            claims.put("member_state", person.memberState());
        }
        json(exchange, 200, Json.of(claims));
    }

    /**
     * GET /logout (RP-initiated logout): there is no session here to end, as the sign-in page asks every time; back to
     * the application when it names a local {@code post_logout_redirect_uri}, else a page saying so.
     */
    private void logout(HttpExchange exchange, Map<String, String> request) throws IOException {
        String back = request.get("post_logout_redirect_uri");
        if (isLocal(back)) {
            if (request.containsKey("state")) {
                back += (back.contains("?") ? "&" : "?") + "state="
                        + URLEncoder.encode(request.get("state"), StandardCharsets.UTF_8);
            }
            exchange.getResponseHeaders().set("Location", back);
            exchange.sendResponseHeaders(302, -1);
            return;
        }
        html(exchange, 200, SignInPage.signedOut());
    }

    /** A random, unguessable code or refresh token. */
    private String secret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Map<String, String> query(HttpExchange exchange) {
        return parameters(exchange.getRequestURI().getRawQuery());
    }

    private static Map<String, String> form(HttpExchange exchange) throws IOException {
        return parameters(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    }

    /** {@code application/x-www-form-urlencoded} parameters, decoded; the first of a repeated name wins. */
    static Map<String, String> parameters(String encoded) {
        Map<String, String> parameters = new HashMap<>();
        if (encoded != null && !encoded.isEmpty()) {
            for (String pair : encoded.split("&")) {
                String[] nameValue = pair.split("=", 2);
                parameters.putIfAbsent(URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8),
                        nameValue.length == 2 ? URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8) : "");
            }
        }
        return parameters;
    }

    private static void tokenError(HttpExchange exchange, int status, String error, String description)
            throws IOException {
        json(exchange, status, Json.of(Map.of("error", error, "error_description", description)));
    }

    private static void json(HttpExchange exchange, int status, String json) throws IOException {
        send(exchange, status, "application/json", json);
    }

    private static void html(HttpExchange exchange, int status, String html) throws IOException {
        send(exchange, status, "text/html; charset=utf-8", html);
    }

    private static void text(HttpExchange exchange, int status, String text) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", text + "\n");
    }

    private static void send(HttpExchange exchange, int status, String type, String content) throws IOException {
        byte[] body = content.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
