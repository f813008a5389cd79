package org.plenary.events.sealing;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.Logger;
import org.plenary.events.PoisonEvent;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seals a secret for the services that share the sealing keys: AES-256-GCM with a random 96-bit nonce, bound to a
 * context (the participant's id) so that a sealed value copied into another event does not open there. The sealed
 * form names its key, {@code sealed:v1:<key id>:<base64url(nonce, ciphertext and tag)>}, so that keys can rotate.
 */
@ApplicationScoped
public class Sealer {

    private static final Logger LOG = Logger.getLogger(Sealer.class);
    static final String PREFIX = "sealed:v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
    private final String sealingKeyId;

    public Sealer(SealingConfig config) {
        for (String entry : config.keys().orElse(List.of())) {
            int colon = entry.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("plenary.sealing.keys: each key is <id>:<base64 of 32 bytes>");
            }
            byte[] key = Base64.getDecoder().decode(entry.substring(colon + 1).strip());
            if (key.length != 32) {
                throw new IllegalArgumentException("plenary.sealing.keys: key " + entry.substring(0, colon)
                        + " has " + key.length + " bytes; AES-256 needs 32");
            }
            keys.put(entry.substring(0, colon).strip(), new SecretKeySpec(key, "AES"));
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("plenary.sealing.keys (PLENARY_SEALING_KEYS) names no key: this "
                    + "service seals or opens join links and cannot without one");
        }
        sealingKeyId = keys.keySet().iterator().next();
    }

    /**
     * Where sealing is used, a missing or bad key stops the service at startup instead of at the first email; the
     * other services never build a Sealer.
     */
    static void checkAtStartup(@Observes StartupEvent event, SealingConfig config, Instance<Sealer> sealer) {
        if (config.used()) {
            LOG.info(sealer.get().describe());
        }
    }

    /** The keys by id, never their value. */
    public String describe() {
        return "Sealing keys " + keys.keySet() + "; sealing with '" + sealingKeyId + "'";
    }

    public String seal(String secret, String context) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(sealingKeyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return PREFIX + sealingKeyId + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The secret, or {@link CannotOpen} naming why (unknown key, wrong context, altered). */
    public String open(String sealed, String context) {
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            throw new CannotOpen("not a sealed value");
        }
        String rest = sealed.substring(PREFIX.length());
        int colon = rest.indexOf(':');
        SecretKeySpec key = colon < 0 ? null : keys.get(rest.substring(0, colon));
        if (key == null) {
            throw new CannotOpen("sealed with key '" + (colon < 0 ? "" : rest.substring(0, colon))
                    + "', which is not among plenary.sealing.keys " + keys.keySet());
        }
        try {
            byte[] in = Base64.getUrlDecoder().decode(rest.substring(colon + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException | IllegalArgumentException e) {
            throw new CannotOpen("altered, or sealed for another participant");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** A sealed value that cannot be opened here: poison, never retried, since no retry can open it. */
    public static class CannotOpen extends PoisonEvent {
        public CannotOpen(String why) {
            super("the sealed secret cannot be opened: " + why);
        }
    }
}
