package org.plenary.registration.delegation;

import jakarta.enterprise.context.ApplicationScoped;
import org.plenary.events.sealing.Sealer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Personal join links: 256 random bits from a secure source, base64url in the link. Only the token's SHA-256 is
 * stored, so a copy of the database opens no meeting; the events that carry the link to notification-service carry it
 * sealed for that service ({@link Sealer}), so no topic, outbox row or dead letter holds it in clear.
 */
@ApplicationScoped
public class JoinLinks {

    private static final int TOKEN_BYTES = 32;

    private final SecureRandom random = new SecureRandom();
    private final JoinConfig config;
    private final Sealer sealer;

    public JoinLinks(JoinConfig config, Sealer sealer) {
        this.config = config;
        this.sealer = sealer;
    }

    /**
     * A new token and the link that carries it.
     *
     * @param link   in clear: for the API's answer to the registering delegation, once
     * @param hash   what is stored
     * @param sealed for the events, openable by notification-service for this participant only
     */
    public record Issued(String link, String hash, String sealed) {
    }

    public Issued issue(UUID participantId) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String link = config.baseUrl() + "/join/" + token;
        return new Issued(link, hash(token), sealer.seal(link, participantId.toString()));
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
