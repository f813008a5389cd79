package org.plenary.contribution.contribution;

import org.plenary.platform.i18n.Iso3166;
import org.plenary.platform.problem.InvalidField;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Submitting member states as the request names them: ISO 3166-1 alpha-3 codes, each once, the lead first. */
final class MemberStates {

    private MemberStates() {
    }

    /** Upper-cased, in the order given; a code that is not ISO 3166-1 alpha-3 or is named twice is refused. */
    static List<String> normalize(List<String> requested, String field) {
        List<String> states = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            String state = requested.get(i).toUpperCase(Locale.ROOT);
            String path = field + "[" + i + "]";
            if (!Iso3166.isAlpha3(state)) {
                throw new InvalidField(path, "ISO3166Alpha3", state + " is not an ISO 3166-1 alpha-3 country code");
            }
            if (states.contains(state)) {
                throw new InvalidField(path, "unique", state + " is named more than once");
            }
            states.add(state);
        }
        return List.copyOf(states);
    }
}
