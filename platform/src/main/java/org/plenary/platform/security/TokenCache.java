package org.plenary.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Tokens already verified, by the SHA-256 of their text, each until the moment it stops being valid. Bounded: when
 * full, the expired entries go, and if none has expired the whole cache is emptied (every token is then verified
 * again once). A plain class, so its rules are tested without Quarkus ({@link VerifiedTokens} is the bean).
 *
 * @param <T> what verification gave: the parsed token
 */
final class TokenCache<T> {

    private record Entry<T>(T token, long validUntilMillis) {
    }

    private final Map<String, Entry<T>> entries = new ConcurrentHashMap<>();
    private final int maxEntries;
    private final LongSupplier nowMillis;

    TokenCache(int maxEntries, LongSupplier nowMillis) {
        this.maxEntries = maxEntries;
        this.nowMillis = nowMillis;
    }

    /** The verified token for this text, if it was verified and is still valid. */
    Optional<T> get(String text) {
        Entry<T> entry = entries.get(key(text));
        if (entry == null) {
            return Optional.empty();
        }
        if (nowMillis.getAsLong() >= entry.validUntilMillis()) {
            entries.remove(key(text), entry);
            return Optional.empty();
        }
        return Optional.of(entry.token());
    }

    /** Remembers a verified token until {@code validUntilMillis} (epoch milliseconds), if that is still ahead. */
    void put(String text, T token, long validUntilMillis) {
        long now = nowMillis.getAsLong();
        if (validUntilMillis <= now) {
            return;
        }
        if (entries.size() >= maxEntries) {
            entries.values().removeIf(entry -> entry.validUntilMillis() <= now);
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
        }
        entries.put(key(text), new Entry<>(token, validUntilMillis));
    }

    int size() {
        return entries.size();
    }

    /** A digest of the text: lookups hash and compare 32 bytes, whatever the token's length. */
    private static String key(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
