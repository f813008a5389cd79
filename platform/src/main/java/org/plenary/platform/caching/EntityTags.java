package org.plenary.platform.caching;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

/**
 * Entity tags (RFC 9110, section 8.8.3): computed over a representation, and matched against If-None-Match (weak
 * comparison) and If-Match (strong comparison).
 */
public final class EntityTags {

    /** 128 bits of SHA-256: collisions are out of reach, and the header stays short. */
    private static final int TAG_BYTES = 16;

    private EntityTags() {
    }

    /**
     * A strong tag for these bytes as sent with this metadata: the same body in another Content-Type or
     * Content-Language is another representation, so another tag.
     */
    public static String of(byte[] body, String... metadata) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (String value : metadata) {
                if (value != null) {
                    sha256.update(value.getBytes(StandardCharsets.UTF_8));
                }
                sha256.update((byte) 0);
            }
            byte[] digest = sha256.digest(body);
            byte[] tag = new byte[TAG_BYTES];
            System.arraycopy(digest, 0, tag, 0, TAG_BYTES);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(tag) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Whether any of the If-None-Match headers names this tag, by the weak comparison RFC 9110 asks for it
     * ({@code W/"x"} matches {@code "x"}), or is {@code *}. A header that is not a list of entity tags names none
     * from where it stops being one: the representation is then sent, which is always safe.
     */
    public static boolean noneMatchHits(List<String> ifNoneMatch, String tag) {
        if (ifNoneMatch == null || tag == null) {
            return false;
        }
        String opaque = opaque(tag);
        for (String header : ifNoneMatch) {
            if (header.strip().equals("*") || names(header, opaque, false)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an If-Match header is {@code *} or names one of these tags by the strong comparison RFC 9110 asks for it:
     * a weak tag ({@code W/"x"}) never matches. A header that is not a list of entity tags names none.
     */
    public static boolean matchHits(String ifMatch, String... tags) {
        if (ifMatch.strip().equals("*")) {
            return true;
        }
        for (String tag : tags) {
            if (names(ifMatch, tag, true)) {
                return true;
            }
        }
        return false;
    }

    private static boolean names(String header, String opaque, boolean strong) {
        int i = 0;
        int length = header.length();
        while (i < length) {
            char c = header.charAt(i);
            if (c == ' ' || c == '\t' || c == ',') {
                i++;
                continue;
            }
            boolean weak = header.startsWith("W/", i);
            if (weak) {
                i += 2;
            }
            if (i >= length || header.charAt(i) != '"') {
                return false;
            }
            int end = header.indexOf('"', i + 1);
            if (end < 0 || (end + 1 < length && ", \t".indexOf(header.charAt(end + 1)) < 0)) {
                return false;
            }
            if (!(weak && strong) && end + 1 - i == opaque.length() && header.startsWith(opaque, i)) {
                return true;
            }
            i = end + 1;
        }
        return false;
    }

    /** The quoted part of a tag, without its weakness mark. */
    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
