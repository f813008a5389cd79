package org.plenary.platform.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SafeTextTest {

    private static final String SINGLE = "";
    private static final String MULTI = "\n\t";

    @Test
    void everyControlCharacterLineSeparatorAndHalfCharacterIsRefusedWhereItIs() {
        assertThat(SafeText.firstUnsafe("Hello\r\nBcc: x@example.org", SINGLE)).contains("U+000D at position 5");
        assertThat(SafeText.firstUnsafe("\u0000", SINGLE)).contains("U+0000 at position 0");
        assertThat(SafeText.firstUnsafe("a\u007F", SINGLE)).contains("U+007F at position 1");
        assertThat(SafeText.firstUnsafe("Jane\u0085", SINGLE)).contains("U+0085 at position 4");
        assertThat(SafeText.firstUnsafe("line\u2028break", SINGLE)).contains("U+2028 at position 4");
        assertThat(SafeText.firstUnsafe("para\u2029", SINGLE)).contains("U+2029 at position 4");
        assertThat(SafeText.firstUnsafe("x\uD800", SINGLE)).contains("U+D800 (half of a character) at position 1");
        assertThat(SafeText.firstUnsafe("\uDC00x", SINGLE)).contains("U+DC00 (half of a character) at position 0");
    }

    @Test
    void textInEveryLanguageAndScriptIsASingleLine() {
        assertThat(SafeText.firstUnsafe("议程草案 — Comité — Совет — المجلس \u200F\u202Bمقترح\u202C", SINGLE)).isEmpty();
        assertThat(SafeText.firstUnsafe("Emoji \uD83C\uDDF0\uD83C\uDDEA", SINGLE)).isEmpty();
        assertThat(SafeText.firstUnsafe("", SINGLE)).isEmpty();
    }

    @Test
    void aMultiLineTextTakesLineFeedsAndTabsButNoCarriageReturnOrOtherControl() {
        assertThat(SafeText.firstUnsafe("First point\n\tSecond point\n", MULTI)).isEmpty();
        assertThat(SafeText.firstUnsafe("First\r\nSecond", MULTI)).contains("U+000D at position 5");
        assertThat(SafeText.firstUnsafe("a\u0000b", MULTI)).contains("U+0000 at position 1");
        assertThat(SafeText.firstUnsafe("a\u2028b", MULTI)).contains("U+2028 at position 1");
        assertThat(SafeText.firstUnsafe("tab\tonly", SINGLE)).contains("U+0009 at position 3");
    }
}
