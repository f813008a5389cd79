package org.plenary.dashboard.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The six official languages of the United Nations, in which every page of the dashboard is labelled. */
public enum Language {
    ar("العربية", true), zh("中文", false), en("English", false), fr("Français", false), ru("Русский", false),
    es("Español", false);

    public static final Language DEFAULT = en;

    /** The language's name in itself, as a language switcher shows it. */
    public final String endonym;
    public final boolean rightToLeft;

    Language(String endonym, boolean rightToLeft) {
        this.endonym = endonym;
        this.rightToLeft = rightToLeft;
    }

    public String code() {
        return name();
    }

    public String dir() {
        return rightToLeft ? "rtl" : "ltr";
    }

    public Locale locale() {
        return Locale.forLanguageTag(name());
    }

    public static Optional<Language> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String primary = code.trim().toLowerCase(Locale.ROOT).split("[-_;]", 2)[0];
        for (Language language : values()) {
            if (language.name().equals(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The first of the browser's preferred languages that is one of the six, or English. */
    public static Language preferred(List<Locale> acceptable) {
        return acceptable.stream().map(locale -> of(locale.getLanguage())).flatMap(Optional::stream).findFirst()
                .orElse(DEFAULT);
    }
}
