package org.plenary.platform.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.eclipse.microprofile.jwt.JsonWebToken;

import javax.crypto.SecretKey;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Optional;

/**
 * The bearer-token parser every request's authentication uses, with the verified tokens remembered. A member state's
 * system sends the same token with every request, and verifying its RSA signature again each time was the largest
 * single cost of a cheap request (a tenth of a registration's CPU in the profiles of docs/benchmarks-findings.md).
 * A token verified once is taken as verified until the first of its expiry and the end of its allowed age
 * ({@code mp.jwt.verify.token.age} after its {@code iat}), so the cache never accepts a token that verification would
 * refuse on the same key. A token that fails verification is never remembered. The other operations go straight to
 * smallrye-jwt's parser.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    /** Far more than the member states' and the secretariat's tokens in use at once; about 200 bytes each. */
    static final int MAX_TOKENS = 10_000;

    private final DefaultJWTParser verifier;
    private final Optional<Long> tokenAgeSeconds;
    private final TokenCache<JsonWebToken> verified = new TokenCache<>(MAX_TOKENS, System::currentTimeMillis);

    public VerifiedTokens(DefaultJWTParser verifier, JWTAuthContextInfo settings) {
        this.verifier = verifier;
        this.tokenAgeSeconds = Optional.ofNullable(settings.getTokenAge());
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        Optional<JsonWebToken> known = verified.get(token);
        if (known.isPresent()) {
            return known.get();
        }
        JsonWebToken parsed = verifier.parse(token);
        verified.put(token, parsed, validUntilMillis(parsed.getExpirationTime(), parsed.getIssuedAtTime(),
                tokenAgeSeconds));
        return parsed;
    }

    /** The first of the expiry and the end of the allowed age, in epoch milliseconds; 0 (never cached) without exp. */
    static long validUntilMillis(long expiresAtSeconds, long issuedAtSeconds, Optional<Long> tokenAgeSeconds) {
        long until = expiresAtSeconds;
        if (tokenAgeSeconds.isPresent() && issuedAtSeconds > 0) {
            until = Math.min(until, issuedAtSeconds + tokenAgeSeconds.get());
        }
        return until * 1000;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
