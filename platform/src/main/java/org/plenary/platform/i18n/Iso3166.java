package org.plenary.platform.i18n;

import org.plenary.platform.problem.InvalidField;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-3 codes: how member states are named in contributions, delegations and the directory. */
public final class Iso3166 {

    private static final Set<String> ALPHA_3 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    private Iso3166() {
    }

    public static boolean isAlpha3(String upperCaseCode) {
        return ALPHA_3.contains(upperCaseCode);
    }

    /** The code upper-cased, or a 400 naming the field. */
    public static String require(String code, String field) {
        String upper = code == null ? "" : code.toUpperCase(Locale.ROOT);
        if (!isAlpha3(upper)) {
            throw new InvalidField(field, "ISO3166Alpha3", "'" + code + "' is not an ISO 3166-1 alpha-3 country code");
        }
        return upper;
    }
}
