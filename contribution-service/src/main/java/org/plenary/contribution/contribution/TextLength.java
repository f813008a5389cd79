package org.plenary.contribution.contribution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/**
 * Measures a contribution against the letter's recommendation ("concise, at most 2 pages"). A page is estimated as
 * 500 words, the density of a single-spaced A4 page in 12-point type; text in Chinese, Japanese or Korean script has
 * no spaces between words, so there each character counts and a page holds 800 of them. Over the recommendation is a
 * warning, never a refusal: the hard limits on field sizes are the request's.
 */
public final class TextLength {

    public static final int WORDS_PER_PAGE = 500;
    public static final int CJK_CHARACTERS_PER_PAGE = 800;
    public static final BigDecimal RECOMMENDED_MAX_PAGES = BigDecimal.valueOf(2);

    private static final Set<Character.UnicodeScript> CHARACTER_SCRIPTS = Set.of(Character.UnicodeScript.HAN,
            Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA, Character.UnicodeScript.HANGUL);

    /**
     * @param words          words in space-separated scripts plus characters in CJK scripts
     * @param estimatedPages rounded up to a tenth of a page
     */
    public record Measure(int words, BigDecimal estimatedPages) {

        public boolean overRecommendation() {
            return estimatedPages.compareTo(RECOMMENDED_MAX_PAGES) > 0;
        }
    }

    private TextLength() {
    }

    /** A word is a run of characters between spaces (and CJK characters) that holds at least one letter or digit. */
    public static Measure of(String... texts) {
        int words = 0;
        int characters = 0;
        for (String text : texts) {
            boolean inWord = false;
            boolean wordHasContent = false;
            for (int i = 0; i < text.length(); ) {
                int codePoint = text.codePointAt(i);
                i += Character.charCount(codePoint);
                boolean cjk = CHARACTER_SCRIPTS.contains(Character.UnicodeScript.of(codePoint));
                if (cjk || Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                    words += inWord && wordHasContent ? 1 : 0;
                    inWord = false;
                    wordHasContent = false;
                    characters += cjk ? 1 : 0;
                } else {
                    inWord = true;
                    wordHasContent |= Character.isLetterOrDigit(codePoint);
                }
            }
            words += inWord && wordHasContent ? 1 : 0;
        }
        BigDecimal pages = BigDecimal.valueOf(words).divide(BigDecimal.valueOf(WORDS_PER_PAGE), 6, RoundingMode.HALF_UP)
                .add(BigDecimal.valueOf(characters)
                        .divide(BigDecimal.valueOf(CJK_CHARACTERS_PER_PAGE), 6, RoundingMode.HALF_UP))
                .setScale(1, RoundingMode.CEILING);
        return new Measure(words + characters, pages);
    }
}
