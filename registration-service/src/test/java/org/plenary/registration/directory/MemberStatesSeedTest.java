package org.plenary.registration.directory;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.plenary.platform.i18n.Iso3166;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.registration.directory.SeedStates.COUNCIL;
import static org.plenary.registration.directory.SeedStates.MEMBER;

/** The seed is the ITU's membership of 2020 and its Council 2019-2022, as its _comment cites them. */
class MemberStatesSeedTest {

    private final Map<String, String> categories = SeedStates.categories();

    @Test
    void theItuHad193MemberStatesIn2020VaticanCityStateAmongThemAndPalauNotYet() {
        assertThat(categories).hasSize(193);
        assertThat(categories.keySet()).allMatch(Iso3166::isAlpha3).contains("VAT").doesNotContain("PLW");
        assertThat(categories.values()).allMatch(category -> category.equals(COUNCIL) || category.equals(MEMBER));
        assertThat(StreamSupport.stream(SeedStates.states().spliterator(), false))
                .allMatch(state -> state.get("contactPersons").size() > 0);
    }

    @Test
    void theCouncilHas48MemberStatesAsElectedAtPp18ByRegion() {
        assertThat(categories.values().stream().filter(COUNCIL::equals)).hasSize(48);
        Map<String, List<String>> byRegion = Map.of(
                "A, the Americas", List.of("ARG", "BHS", "BRA", "CAN", "CUB", "SLV", "MEX", "PRY", "USA"),
                "B, Western Europe", List.of("FRA", "DEU", "GRC", "HUN", "ITA", "ESP", "CHE", "TUR"),
                "C, Eastern Europe and Northern Asia", List.of("AZE", "CZE", "POL", "ROU", "RUS"),
                "D, Africa", List.of("DZA", "BFA", "CIV", "EGY", "GHA", "KEN", "MAR", "NGA", "RWA", "SEN", "ZAF",
                        "TUN", "UGA"),
                "E, Asia and Australasia", List.of("AUS", "CHN", "IND", "IDN", "IRN", "JPN", "KOR", "KWT", "PAK",
                        "PHL", "SAU", "THA", "ARE"));
        byRegion.forEach((region, states) -> assertThat(states).as("region " + region)
                .allMatch(state -> COUNCIL.equals(categories.get(state))));
        assertThat(byRegion.values().stream().mapToInt(List::size).sum()).isEqualTo(48);
        // Not re-elected at PP-18, or never candidates: Member States of the ITU, not of its Council.
        assertThat(List.of("GBR", "SWE", "BGR", "TZA", "MUS", "MYS", "BHR", "VAT"))
                .allMatch(state -> MEMBER.equals(categories.get(state)));
    }

    @Test
    void theWalkthroughStatesKeepTheirNamedFocalPoints() {
        Map<String, String> focalPoints = Map.of("KEN", "Grace Mwangi", "BRA", "Mariana Costa", "CHN", "Li Wei",
                "FRA", "Camille Durand", "RUS", "Irina Petrova", "USA", "John Carter");
        for (JsonNode state : SeedStates.states()) {
            String code = state.get("code").asText();
            if (focalPoints.containsKey(code)) {
                assertThat(state.get("contactPersons").get(0).get("name").asText()).as(code)
                        .isEqualTo(focalPoints.get(code));
            }
        }
    }
}
