package org.plenary.platform.i18n;

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
        for (Locale locale : acceptable) {
            String language = locale.getLanguage().toLowerCase(Locale.ROOT);
            if (UN.contains(language) && available.containsKey(language)) {
                return language;
            }
        }
        return FALLBACK;
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
