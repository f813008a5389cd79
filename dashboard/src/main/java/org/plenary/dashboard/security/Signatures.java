package org.plenary.dashboard.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * What the dashboard signs with its secret (PLENARY_DASHBOARD_SECRET, at least 32 characters): the key in a calendar
 * address, and a service's refusal carried to the page that shows it, so that no one can hand a person a link whose
 * page shows words of their choosing. Each signature names its purpose, so one cannot stand for another.
 */
@ApplicationScoped
public class Signatures {

    static final int MINIMUM_SECRET = 32;

    private final SecretKeySpec secret;

    public Signatures(@ConfigProperty(name = "plenary.dashboard.secret") String secret) {
        if (secret.length() < MINIMUM_SECRET) {
            throw new IllegalStateException("PLENARY_DASHBOARD_SECRET must have at least " + MINIMUM_SECRET
                    + " characters (e.g. head -c32 /dev/urandom | base64)");
        }
        this.secret = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String sign(String purpose, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            byte[] digest = mac.doFinal((purpose + ":" + value).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    public boolean verify(String purpose, String value, String signature) {
        return value != null && signature != null && MessageDigest.isEqual(
                sign(purpose, value).getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII));
    }
}
