package org.plenary.platform.text;

import java.util.Locale;
import java.util.Optional;

/** The one rule behind {@link SingleLine} and {@link MultiLine}, also used for path and query parameters. */
public final class SafeText {

    public static final String SINGLE_LINE = "must be a single line of text without control characters";
    public static final String MULTI_LINE = "must be text whose only control characters are line feeds and tabs";

    private SafeText() {
    }

    /**
     * The first character a text may not hold, described for a person ("U+000A at position 12"), or empty.
     *
     * @param allowed control characters the text may hold nevertheless (a multi-line text's line feed and tab)
     */
    public static Optional<String> firstUnsafe(CharSequence text, String allowed) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            boolean unsafe = (Character.isISOControl(c) && allowed.indexOf(c) < 0) || c == '\u2028' || c == '\u2029'
                    || Character.isSurrogate(c);
            if (unsafe) {
                String kind = Character.isSurrogate(c) ? " (half of a character)" : "";
                return Optional.of(String.format(Locale.ROOT, "U+%04X%s at position %d", (int) c, kind, i));
            }
        }
        return Optional.empty();
    }
}
