package org.plenary.local;

import com.sun.net.httpserver.HttpServer;
import org.jose4j.json.JsonUtil;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.consumer.JwtContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.infra.DevKeys;
import org.plenary.infra.Ports;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.Key;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher's development identity provider, as the dashboard's quarkus-oidc uses it: discovery, the sign-in page,
 * the authorization-code flow with PKCE, tokens the services accept, the key set, refresh and logout.
 */
class DevIdentityProviderTest {

    private static final String CLIENT = "plenary-dashboard";
    private static final String CALLBACK = "http://localhost:8095/dashboard/callback";

    @TempDir
    static Path data;
    private static DevKeys keys;
    private static HttpServer server;
    private static String base;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws IOException {
        keys = DevKeys.loadOrCreate(data.resolve("keys"));
        int port = Ports.free();
        base = "http://localhost:" + port + "/oidc";
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        new DevIdentityProvider(keys, URI.create(base)).register(server);
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void discoveryNamesTheIssuerTheServicesTrustAndTheEndpoints() throws Exception {
        HttpResponse<String> answer = get(base + "/.well-known/openid-configuration");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/json");
        Map<String, Object> discovery = JsonUtil.parseJson(answer.body());
        assertThat(discovery).containsEntry("issuer", DevKeys.ISSUER)
                .containsEntry("authorization_endpoint", base + "/authorize")
                .containsEntry("token_endpoint", base + "/token")
                .containsEntry("jwks_uri", base + "/jwks")
                .containsEntry("userinfo_endpoint", base + "/userinfo")
                .containsEntry("end_session_endpoint", base + "/logout")
                .containsEntry("response_types_supported", List.of("code"))
                .containsEntry("subject_types_supported", List.of("public"))
                .containsEntry("id_token_signing_alg_values_supported", List.of("RS256"))
                .containsEntry("grant_types_supported", List.of("authorization_code", "refresh_token",
                        "client_credentials"))
                .containsEntry("code_challenge_methods_supported", List.of("S256", "plain"))
                .containsEntry("token_endpoint_auth_methods_supported",
                        List.of("client_secret_basic", "client_secret_post"))
                .containsEntry("scopes_supported", List.of("openid", "profile", "email"));
    }

    @Test
    void theSignInPageAsksWhoToBeAndCarriesTheRequestOn() throws Exception {
        HttpResponse<String> page = get(base + "/authorize?" + encode(authorization("a\"<b>&c", "n-1", null)));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body()).contains("<html lang=\"en\">", "<title>", "<main>",
                "<h1>Sign in to Plenary — development only</h1>", "only in the local run",
                "<form method=\"post\" action=\"/oidc/authorize\">",
                "<input type=\"hidden\" name=\"client_id\" value=\"" + CLIENT + "\">",
                "<input type=\"hidden\" name=\"redirect_uri\" value=\"" + CALLBACK + "\">",
                "<input type=\"hidden\" name=\"state\" value=\"a&quot;&lt;b&gt;&amp;c\">",
                "<input type=\"hidden\" name=\"nonce\" value=\"n-1\">",
                "<input type=\"radio\" name=\"who\" id=\"who-secretariat\" value=\"secretariat\" checked>"
                        + "<label for=\"who-secretariat\">Secretariat</label>",
                "<button type=\"submit\" id=\"sign-in\">Sign in</button>");
        for (String state : List.of("KEN", "BRA", "CHN", "FRA", "RUS", "USA")) {
            assertThat(page.body()).contains("<input type=\"radio\" name=\"who\" id=\"who-" + state + "\" value=\""
                    + state + "\"><label for=\"who-" + state + "\">Member state focal point — " + state + "</label>");
        }
    }

    @Test
    void theCodeFlowWithPkceGivesTheSecretariatAnAccessTokenTheServicesAcceptAndAnIdTokenForTheDashboard()
            throws Exception {
        String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
        Map<String, String> request = authorization("st&ate=1", "nonce-42", s256(verifier));
        assertThat(get(base + "/authorize?" + encode(request)).statusCode()).isEqualTo(200);

        HttpResponse<String> redirect = post(base + "/authorize", with(request, "who", "secretariat"), null);
        assertThat(redirect.statusCode()).isEqualTo(302);
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(CALLBACK.replace(".", "\\.") + "\\?code=[A-Za-z0-9_-]{43}&state=st%26ate%3D1");

        HttpResponse<String> answer = post(base + "/token", Map.of("grant_type", "authorization_code",
                "code", codeIn(location), "redirect_uri", CALLBACK, "code_verifier", verifier), basic(CLIENT, "any"));
        assertThat(answer.statusCode()).isEqualTo(200);
        Map<String, Object> tokens = JsonUtil.parseJson(answer.body());
        assertThat(tokens).containsEntry("token_type", "Bearer").containsEntry("expires_in", 28800L)
                .containsEntry("scope", "openid profile email").containsKeys("access_token", "id_token", "refresh_token");

        JwtClaims access = verified((String) tokens.get("access_token"), keys.publicKey(), "plenary");
        assertThat(access.getIssuer()).isEqualTo(DevKeys.ISSUER);
        assertThat(access.getStringListClaimValue("groups")).containsExactly("secretariat");
        assertThat(access.hasClaim("member_state")).isFalse();
        assertThat(access.getClaimValueAsString("upn")).isEqualTo("secretariat@itu.example.org");
        assertThat(access.getClaimValueAsString("preferred_username")).isEqualTo("secretariat@itu.example.org");
        assertThat(access.getSubject()).isEqualTo("secretariat@itu.example.org");
        assertThat(access.getExpirationTime().getValue() - access.getIssuedAt().getValue()).isEqualTo(8 * 3600);

        JwtClaims id = verified((String) tokens.get("id_token"), keys.publicKey(), CLIENT);
        assertThat(id.getIssuer()).isEqualTo(DevKeys.ISSUER);
        assertThat(id.getAudience()).containsExactly(CLIENT);
        assertThat(id.getClaimValueAsString("nonce")).isEqualTo("nonce-42");
        assertThat(id.getClaimValueAsString("name")).isEqualTo("ITU secretariat (development)");
        assertThat(id.getClaimValueAsString("email")).isEqualTo("secretariat@itu.example.org");
        assertThat(id.getStringListClaimValue("groups")).containsExactly("secretariat");
        assertThat(id.getClaimValue("auth_time", Long.class)).isNotNull();
        assertThat(id.getExpirationTime().getValue() - id.getIssuedAt().getValue()).isEqualTo(8 * 3600);
    }

    @Test
    void aMemberStatesFocalPointGetsTheMemberStateRoleAndClaimWithTheSecretInTheForm() throws Exception {
        Map<String, Object> tokens = signIn("KEN", Map.of("client_id", CLIENT, "client_secret", "whatever"));

        JwtClaims access = verified((String) tokens.get("access_token"), keys.publicKey(), "plenary");
        assertThat(access.getStringListClaimValue("groups")).containsExactly("member-state");
        assertThat(access.getClaimValueAsString("member_state")).isEqualTo("KEN");
        assertThat(access.getClaimValueAsString("upn")).isEqualTo("focal-point@ken.example.org");
        JwtClaims id = verified((String) tokens.get("id_token"), keys.publicKey(), CLIENT);
        assertThat(id.getStringListClaimValue("groups")).containsExactly("member-state");
        assertThat(id.getClaimValueAsString("member_state")).isEqualTo("KEN");
        assertThat(id.getClaimValueAsString("name")).isEqualTo("KEN focal point (development)");
    }

    @Test
    void theKeySetRebuildsThePublicKeyThatVerifiesTheIdTokenUnderItsKid() throws Exception {
        HttpResponse<String> answer = get(base + "/jwks");
        assertThat(answer.statusCode()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> set = (List<Map<String, Object>>) JsonUtil.parseJson(answer.body()).get("keys");
        assertThat(set).hasSize(1);
        Map<String, Object> jwk = set.get(0);
        assertThat(jwk).containsEntry("kty", "RSA").containsEntry("use", "sig").containsEntry("alg", "RS256")
                .containsKey("kid");
        assertThat((String) jwk.get("n")).doesNotContain("=").doesNotStartWith("AA");
        PublicKey rebuilt = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                unsigned((String) jwk.get("n")), unsigned((String) jwk.get("e"))));
        assertThat(rebuilt).isEqualTo(keys.publicKey());
        assertThat(jwk.get("kid")).as("the RFC 7638 thumbprint")
                .isEqualTo(new RsaJsonWebKey((RSAPublicKey) rebuilt).calculateBase64urlEncodedThumbprint("SHA-256"));

        String idToken = (String) signIn("secretariat", Map.of("client_id", CLIENT)).get("id_token");
        JwtContext verified = new JwtConsumerBuilder().setVerificationKey(rebuilt).setExpectedAudience(CLIENT).build()
                .process(idToken);
        assertThat(verified.getJoseObjects().get(0).getKeyIdHeaderValue()).isEqualTo(jwk.get("kid"));
    }

    @Test
    void aCodeIsExchangedOnceOnly() throws Exception {
        String code = code(authorization("s", null, null), "secretariat");
        Map<String, String> exchange = Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", CALLBACK);
        assertThat(post(base + "/token", exchange, basic(CLIENT, "x")).statusCode()).isEqualTo(200);

        HttpResponse<String> again = post(base + "/token", exchange, basic(CLIENT, "x"));

        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(JsonUtil.parseJson(again.body())).containsEntry("error", "invalid_grant");
    }

    @Test
    void aWrongPkceVerifierIsRefused() throws Exception {
        String code = code(authorization("s", null, s256("the-right-verifier-of-forty-three-characters")),
                "secretariat");

        HttpResponse<String> answer = post(base + "/token", Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", CALLBACK, "code_verifier", "a-wrong-verifier-of-forty-three-characters!"),
                basic(CLIENT, "x"));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(JsonUtil.parseJson(answer.body())).containsEntry("error", "invalid_grant");
    }

    @Test
    void aRedirectOffThisMachineAnotherResponseTypeAndAnUnauthenticatedClientAreRefused() throws Exception {
        Map<String, String> elsewhere = with(authorization("s", null, null), "redirect_uri",
                "https://attacker.example.org/callback");
        assertThat(get(base + "/authorize?" + encode(elsewhere)).statusCode()).isEqualTo(400);
        assertThat(post(base + "/authorize", with(elsewhere, "who", "secretariat"), null).statusCode()).isEqualTo(400);
        Map<String, String> implicit = with(authorization("s", null, null), "response_type", "token");
        assertThat(get(base + "/authorize?" + encode(implicit)).statusCode()).isEqualTo(400);

        HttpResponse<String> anonymous = post(base + "/token", Map.of("grant_type", "authorization_code",
                "code", code(authorization("s", null, null), "secretariat"), "redirect_uri", CALLBACK), null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(JsonUtil.parseJson(anonymous.body())).containsEntry("error", "invalid_client");
    }

    @Test
    void onlyRequestsNamingThisMachineAreAnswered() {
        assertThat(DevIdentityProvider.isLoopback("localhost:8090")).isTrue();
        assertThat(DevIdentityProvider.isLoopback("127.0.0.1:8090")).isTrue();
        assertThat(DevIdentityProvider.isLoopback("localhost")).isTrue();
        assertThat(DevIdentityProvider.isLoopback("rebound.attacker.example:8090")).isFalse();
        assertThat(DevIdentityProvider.isLoopback("localhost.attacker.example")).isFalse();
        assertThat(DevIdentityProvider.isLoopback(null)).isFalse();
    }

    @Test
    void aClientsOwnTokenCarriesNoRole() throws Exception {
        HttpResponse<String> answer = post(base + "/token", Map.of("grant_type", "client_credentials"),
                basic(CLIENT, "x"));

        assertThat(answer.statusCode()).isEqualTo(200);
        Map<String, Object> tokens = JsonUtil.parseJson(answer.body());
        assertThat(tokens).doesNotContainKeys("id_token", "refresh_token");
        JwtClaims access = verified((String) tokens.get("access_token"), keys.publicKey(), "plenary");
        assertThat(access.getSubject()).isEqualTo(CLIENT);
        assertThat(access.hasClaim("groups")).isFalse();
        assertThat(access.hasClaim("member_state")).isFalse();
    }

    @Test
    void aRefreshTokenGivesAFreshAccessTokenAndUserinfoAnswersForIt() throws Exception {
        Map<String, Object> first = signIn("FRA", Map.of("client_id", CLIENT));

        HttpResponse<String> answer = post(base + "/token", Map.of("grant_type", "refresh_token",
                "refresh_token", (String) first.get("refresh_token")), basic(CLIENT, "x"));

        assertThat(answer.statusCode()).isEqualTo(200);
        Map<String, Object> refreshed = JsonUtil.parseJson(answer.body());
        assertThat(refreshed.get("access_token")).isNotEqualTo(first.get("access_token"));
        JwtClaims access = verified((String) refreshed.get("access_token"), keys.publicKey(), "plenary");
        assertThat(access.getClaimValueAsString("member_state")).isEqualTo("FRA");
        JwtClaims id = verified((String) refreshed.get("id_token"), keys.publicKey(), CLIENT);
        JwtClaims firstId = verified((String) first.get("id_token"), keys.publicKey(), CLIENT);
        assertThat(id.getClaimValue("auth_time")).isEqualTo(firstId.getClaimValue("auth_time"));

        HttpResponse<String> userInfo = http.send(HttpRequest.newBuilder(URI.create(base + "/userinfo"))
                .header("Authorization", "Bearer " + refreshed.get("access_token")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(userInfo.statusCode()).isEqualTo(200);
        assertThat(JsonUtil.parseJson(userInfo.body())).containsEntry("sub", "focal-point@fra.example.org")
                .containsEntry("name", "FRA focal point (development)")
                .containsEntry("preferred_username", "focal-point@fra.example.org")
                .containsEntry("email", "focal-point@fra.example.org")
                .containsEntry("groups", List.of("member-state"));
        assertThat(get(base + "/userinfo").statusCode()).isEqualTo(401);
    }

    @Test
    void logoutGoesBackToTheLocalApplicationWithItsState() throws Exception {
        HttpResponse<String> back = get(base + "/logout?" + encode(Map.of(
                "post_logout_redirect_uri", "http://localhost:8095/signed-out", "state", "s 1", "id_token_hint", "x")));

        assertThat(back.statusCode()).isEqualTo(302);
        assertThat(back.headers().firstValue("Location")).hasValue("http://localhost:8095/signed-out?state=s+1");

        HttpResponse<String> page = get(base + "/logout?post_logout_redirect_uri="
                + URLEncoder.encode("https://elsewhere.example.org/", StandardCharsets.UTF_8));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("You are signed out");
    }

    /** Signs in as {@code who} and exchanges the code, authenticating the client by {@code clientInForm}. */
    private Map<String, Object> signIn(String who, Map<String, String> clientInForm) throws Exception {
        Map<String, String> form = new LinkedHashMap<>(clientInForm);
        form.put("grant_type", "authorization_code");
        form.put("code", code(authorization("s", "n", null), who));
        form.put("redirect_uri", CALLBACK);
        HttpResponse<String> answer = post(base + "/token", form, null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JsonUtil.parseJson(answer.body());
    }

    /** Posts the sign-in form as {@code who} and gives the code of the redirect. */
    private String code(Map<String, String> request, String who) throws Exception {
        HttpResponse<String> redirect = post(base + "/authorize", with(request, "who", who), null);
        assertThat(redirect.statusCode()).isEqualTo(302);
        return codeIn(redirect.headers().firstValue("Location").orElseThrow());
    }

    private static String codeIn(String location) {
        return DevIdentityProvider.parameters(URI.create(location).getRawQuery()).get("code");
    }

    /** The application's authorization request, as quarkus-oidc sends it; null nonce and challenge are left out. */
    private static Map<String, String> authorization(String state, String nonce, String challenge) {
        Map<String, String> request = new LinkedHashMap<>();
        request.put("response_type", "code");
        request.put("client_id", CLIENT);
        request.put("redirect_uri", CALLBACK);
        request.put("scope", "openid profile email");
        request.put("state", state);
        if (nonce != null) {
            request.put("nonce", nonce);
        }
        if (challenge != null) {
            request.put("code_challenge", challenge);
            request.put("code_challenge_method", "S256");
        }
        return request;
    }

    private static Map<String, String> with(Map<String, String> parameters, String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(parameters);
        more.put(name, value);
        return more;
    }

    private static JwtClaims verified(String token, Key key, String audience) throws Exception {
        return new JwtConsumerBuilder().setVerificationKey(key).setExpectedIssuer(DevKeys.ISSUER)
                .setExpectedAudience(audience).setRequireExpirationTime().setRequireIssuedAt().build()
                .processToClaims(token);
    }

    private static String s256(String verifier) throws Exception {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    }

    private static BigInteger unsigned(String base64Url) {
        return new BigInteger(1, Base64.getUrlDecoder().decode(base64Url));
    }

    private static String basic(String clientId, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + secret)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(Map<String, String> parameters) {
        return parameters.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, Map<String, String> form, String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
