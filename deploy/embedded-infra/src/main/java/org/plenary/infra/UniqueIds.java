package org.plenary.infra;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Identifiers for tests that are unique by construction within a JVM (which owns its engines, so its data): a counter
 * from a random start, not a random draw that two tests could both make. The random start keeps identifiers from one
 * run to the next apart in logs and mailboxes.
 */
public final class UniqueIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long LETTER_CODES = 26L * 26 * 26 * 26;
    private static final AtomicLong NEXT_ID = new AtomicLong(RANDOM.nextInt() & 0xffff_ffffL);
    private static final AtomicLong NEXT_LETTERS = new AtomicLong(RANDOM.nextLong(LETTER_CODES));

    private UniqueIds() {
    }

    /** The prefix and eight upper-case hexadecimal digits, e.g. {@code T0A1B2C3D}: 2^32 before one comes again. */
    public static String id(String prefix) {
        return prefix + String.format("%08X", NEXT_ID.getAndIncrement() & 0xffff_ffffL);
    }

    /** The letter and four letters A–Z, e.g. {@code ZQKTB}: 456,976 before one comes again. */
    public static String letters(char first) {
        long n = Math.floorMod(NEXT_LETTERS.getAndIncrement(), LETTER_CODES);
        char[] code = new char[5];
        code[0] = first;
        for (int i = 4; i >= 1; i--) {
            code[i] = (char) ('A' + n % 26);
            n /= 26;
        }
        return new String(code);
    }
}
