package org.plenary.infra;

import io.smallrye.jwt.build.Jwt;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/** Mints the bearer tokens the services accept in development and tests: the secretariat, or one member state. */
public final class DevTokens {

    private static final Duration LIFETIME = Duration.ofDays(30);
    /** The audience every service expects ({@code mp.jwt.verify.audiences}); an identity provider sets the same. */
    public static final String AUDIENCE = "plenary";

    /** How long the tokens of a sign-in ({@link #forSignIn}) are valid: a working day. */
    public static final Duration SIGN_IN_LIFETIME = Duration.ofHours(8);

    private final PrivateKey signingKey;
    private final String keyId;

    /** @param keyId the {@code kid} that sign-in tokens name, as the key set of the development provider lists it */
    DevTokens(PrivateKey signingKey, String keyId) {
        this.signingKey = signingKey;
        this.keyId = keyId;
    }

    /**
     * Who can sign in at the local run's development identity provider: the secretariat, or one member state's focal
     * point. {@code username} is also the e-mail address, the subject and the access token's upn.
     */
    public record Person(String username, String name, String group, String memberState) {

        public static final String SECRETARIAT = "secretariat";

        /** @param who {@value #SECRETARIAT}, or a member state's ISO 3166-1 alpha-3 code, e.g. KEN */
        public static Person of(String who) {
            if (SECRETARIAT.equals(who)) {
                return new Person("secretariat@itu.example.org", "ITU secretariat (development)", "secretariat", null);
            }
            String state = who.toUpperCase(Locale.ROOT);
            return new Person("focal-point@" + state.toLowerCase(Locale.ROOT) + ".example.org",
                    state + " focal point (development)", "member-state", state);
        }
    }

    /** The two tokens of one sign-in: the bearer token for the services, and the OpenID Connect ID token. */
    public record SignIn(String accessToken, String idToken) {
    }

    /**
     * The tokens of a person who signed in through the development identity provider, both valid for
     * {@link #SIGN_IN_LIFETIME} and naming the key's id in their header. The access token is what the services accept
     * (as {@link #secretariat()} and {@link #memberState(String)} mint it); the ID token is for the application the
     * person signed in to, with the same {@code groups} so that it can take the roles from either.
     *
     * @param clientId the application's client id: the ID token's audience
     * @param nonce    the application's nonce, repeated in the ID token; null for none (a refresh)
     * @param authTime when the person signed in, which a refresh keeps
     */
    public SignIn forSignIn(Person person, String clientId, String nonce, Instant authTime) {
        var access = Jwt.issuer(DevKeys.ISSUER).audience(AUDIENCE)
                .subject(person.username()).upn(person.username()).preferredUserName(person.username())
                .groups(Set.of(person.group()))
                .expiresIn(SIGN_IN_LIFETIME);
        var id = Jwt.issuer(DevKeys.ISSUER).audience(clientId)
                .subject(person.username()).claim("name", person.name()).preferredUserName(person.username())
                .claim("email", person.username())
                .groups(Set.of(person.group()))
                .claim("auth_time", authTime.getEpochSecond())
                .expiresIn(SIGN_IN_LIFETIME);
        if (person.memberState() != null) {
            access.claim("member_state", person.memberState());
            id.claim("member_state", person.memberState());
        }
        if (nonce != null) {
            id.claim("nonce", nonce);
        }
        return new SignIn(access.jws().keyId(keyId).sign(signingKey), id.jws().keyId(keyId).sign(signingKey));
    }

    /**
     * A client's own access token (the client-credentials grant): no role, so it may only read what any signed-in
     * caller may, e.g. the dashboard reading the time plan for a calendar application.
     */
    public String forClient(String clientId) {
        return Jwt.issuer(DevKeys.ISSUER).audience(AUDIENCE).subject(clientId).upn(clientId)
                .expiresIn(SIGN_IN_LIFETIME).jws().keyId(keyId).sign(signingKey);
    }

    public String secretariat() {
        return Jwt.issuer(DevKeys.ISSUER).audience(AUDIENCE)
                .upn("secretariat@itu.example.org")
                .groups(Set.of("secretariat"))
                .expiresIn(LIFETIME)
                .sign(signingKey);
    }

    /** @param code ISO 3166-1 alpha-3, e.g. KEN */
    public String memberState(String code) {
        String state = code.toUpperCase(Locale.ROOT);
        return Jwt.issuer(DevKeys.ISSUER).audience(AUDIENCE)
                .upn("focal-point@" + state.toLowerCase(Locale.ROOT) + ".example.org")
                .groups(Set.of("member-state"))
                .claim("member_state", state)
                .expiresIn(LIFETIME)
                .sign(signingKey);
    }

    /**
     * A token signed by the trusted key with any roles and {@code member_state} claim (none when null), for tests of
     * tokens that must be refused however well signed.
     */
    public String claiming(Set<String> groups, Object memberStateClaim, String audience) {
        var builder = Jwt.issuer(DevKeys.ISSUER).audience(audience).upn("odd@example.org").groups(groups)
                .expiresIn(LIFETIME);
        if (memberStateClaim != null) {
            builder.claim("member_state", memberStateClaim);
        }
        return builder.sign(signingKey);
    }

    /** A secretariat token issued at {@code issuedAt} and valid for 60 days from then: for tests of the maximum age. */
    public String secretariatIssuedAt(java.time.Instant issuedAt) {
        return Jwt.issuer(DevKeys.ISSUER).audience(AUDIENCE).upn("secretariat@itu.example.org")
                .groups(Set.of("secretariat")).issuedAt(issuedAt).expiresAt(issuedAt.plus(Duration.ofDays(60)))
                .sign(signingKey);
    }

    /** A well-formed token signed by a key no service trusts: for tests of refusal. */
    public static String signedByStranger() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Jwt.issuer(DevKeys.ISSUER).audience(AUDIENCE).upn("intruder").groups(Set.of("secretariat"))
                    .expiresIn(LIFETIME).sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
