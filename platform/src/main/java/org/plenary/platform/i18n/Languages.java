package org.plenary.platform.i18n;

import org.plenary.platform.problem.InvalidField;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The six UN languages, and the choice among them that Accept-Language asks for (English when nothing fits). */
public final class Languages {

    public static final Set<String> UN = Set.of("ar", "zh", "en", "fr", "ru", "es");
    public static final String FALLBACK = "en";

    private Languages() {
    }

    /**
     * @param acceptable the caller's languages, best first (JAX-RS {@code HttpHeaders#getAcceptableLanguages})
     * @param available  the translations that exist, by language code
     * @return the first acceptable UN language that has a translation, else English
     */
    public static String pick(List<Locale> acceptable, Map<String, String> available) {
        return pick(acceptable, available.keySet());
    }

    /** @param available the languages in which the texts of a response exist */
    public static String pick(List<Locale> acceptable, Collection<String> available) {
        for (Locale locale : acceptable) {
            String language = locale.getLanguage().toLowerCase(Locale.ROOT);
            if (UN.contains(language) && available.contains(language)) {
                return language;
            }
        }
        return FALLBACK;
    }

    /** Every multilingual text has an English version: English is what every other language falls back to. */
    public static void requireEnglish(String field, Map<String, String> translations) {
        if (!translations.containsKey(FALLBACK)) {
            throw new InvalidField(field, "english-required", "an English text (key \"en\") is required");
        }
    }

    /** Arabic, alone of the six UN languages, is written right to left. */
    public static boolean rightToLeft(String language) {
        return "ar".equals(language);
    }

    /** The text in the language chosen by {@link #pick}, or English, or any translation there is. */
    public static String text(Map<String, String> translations, String language) {
        String text = translations.get(language);
        if (text == null) {
            text = translations.get(FALLBACK);
        }
        return text != null ? text : translations.values().stream().findFirst().orElse("");
    }
}
