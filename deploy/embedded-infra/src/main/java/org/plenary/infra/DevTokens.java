package org.plenary.infra;

import io.smallrye.jwt.build.Jwt;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/** Mints the bearer tokens the services accept in development and tests: the secretariat, or one member state. */
public final class DevTokens {

    private static final Duration LIFETIME = Duration.ofDays(30);
    /** The audience every service expects ({@code mp.jwt.verify.audiences}); an identity provider sets the same. */
    public static final String AUDIENCE = "plenary";

    private final PrivateKey signingKey;

    DevTokens(PrivateKey signingKey) {
        this.signingKey = signingKey;
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
