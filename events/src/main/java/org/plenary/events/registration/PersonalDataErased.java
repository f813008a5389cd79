package org.plenary.events.registration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/**
 * The secretariat erased, on request, one person's personal data: every service erases what it keeps of the person
 * with this email address, keeping counts and history. The event names the person by the address's SHA-256 (of the
 * address stripped and lower-cased), which a service can compare with what it stores; the address itself travels
 * sealed for notification-service, which must find it in the text of the emails it kept. Key: {@code erasure}.
 *
 * @param sealedEmail the address, sealed as join links are (events' sealing/Sealer, context: the erasure id)
 */
public record PersonalDataErased(UUID erasureId, String emailSha256, String sealedEmail, String requestedBy,
                                 Instant at) implements RegistrationEvent {

    public static final String TYPE = "plenary.registration.personal-data-erased.v1";

    @Override
    public String type() {
        return TYPE;
    }

    /** The address as this event names it: SHA-256, hex, of the address stripped and lower-cased. */
    public static String hashOf(String email) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(email.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
