package org.plenary.registration.delegation;

import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Personal join links: 256 random bits from a secure source, base64url in the link. Only the token's SHA-256 is
 * stored, so a copy of the database opens no meeting.
 */
@ApplicationScoped
public class JoinLinks {

    private static final int TOKEN_BYTES = 32;

    private final SecureRandom random = new SecureRandom();
    private final JoinConfig config;

    public JoinLinks(JoinConfig config) {
        this.config = config;
    }

    /** A new token and the link that carries it. */
    public record Issued(String link, String hash) {
    }

    public Issued issue() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(config.baseUrl() + "/join/" + token, hash(token));
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String speakerUrl(String meetingId) {
        return config.speakerUrl().replace("{meetingId}", meetingId);
    }

    public String viewerUrl(String meetingId) {
        return config.viewerUrl().replace("{meetingId}", meetingId);
    }
}
