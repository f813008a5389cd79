package org.plenary.dashboard.pages;

import org.junit.jupiter.api.Test;
import org.plenary.client.agenda.model.Allocation;
import org.plenary.dashboard.i18n.Language;

import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules the pages apply themselves, before anything reaches a service. */
class PageRulesTest {

    @Test
    void aDeadlineAtMidnightIsTheEndOfTheDayBefore() {
        OffsetDateTime letters = OffsetDateTime.parse("2020-06-02T22:00:00Z");
        assertThat(TemplateFormats.deadline(letters, "Europe/Zurich")).isEqualTo("2020-06-02 24:00");
        assertThat(TemplateFormats.deadline(letters.plusMinutes(1), "Europe/Zurich")).isEqualTo("2020-06-03 00:01");
        assertThat(TemplateFormats.deadline(null, "Europe/Zurich")).isEmpty();
        assertThat(TemplateFormats.local(letters, "Europe/Zurich")).isEqualTo("2020-06-03 00:00");
    }

    @Test
    void theSpeakersCsvQuotesWhatNeedsItAndDisarmsFormulas() {
        assertThat(RegistrationPage.cell("Ana Souza")).isEqualTo("Ana Souza");
        assertThat(RegistrationPage.cell("Souza, Ana")).isEqualTo("\"Souza, Ana\"");
        assertThat(RegistrationPage.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(RegistrationPage.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(RegistrationPage.cell(null)).isEmpty();
    }

    @Test
    void theLanguageSwitchGoesBackOnlyToAPageOfTheDashboard() {
        assertThat(HomePage.localPath("/meetings/C20-VC/agenda?from=1&to=2")).isEqualTo("/meetings/C20-VC/agenda?from=1&to=2");
        assertThat(HomePage.localPath("/")).isEqualTo("/");
        assertThat(HomePage.localPath("//evil.example.org/")).isEqualTo("/");
        assertThat(HomePage.localPath("/\\evil.example.org/")).isEqualTo("/");
        assertThat(HomePage.localPath("https://evil.example.org/")).isEqualTo("/");
        assertThat(HomePage.localPath("/\t/evil.example.org")).isEqualTo("/");
        assertThat(HomePage.localPath("/a b")).isEqualTo("/");
        assertThat(HomePage.localPath(null)).isEqualTo("/");
    }

    @Test
    void aNewTitleIsInEnglishAndInThePagesLanguageWhenTranslated() {
        assertThat(AgendaPage.titles(Language.fr, "Opening", "Ouverture"))
                .containsExactly(entry("en", "Opening"), entry("fr", "Ouverture"));
        assertThat(AgendaPage.titles(Language.en, "Opening", "ignored")).containsExactly(entry("en", "Opening"));
        assertThat(AgendaPage.titles(Language.zh, "Opening", " ")).containsExactly(entry("en", "Opening"));
    }

    @Test
    void anAllocationIsOneItemAndItsMinutesPerLine() {
        assertThat(TimePlanPage.allocations("5 20\n7: 15\n\n12,10"))
                .extracting(Allocation::getItemNumber, Allocation::getMinutes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5, 20), org.assertj.core.groups.Tuple.tuple(7, 15),
                        org.assertj.core.groups.Tuple.tuple(12, 10));
        assertThatThrownBy(() -> TimePlanPage.allocations("5 twenty")).hasMessageContaining("\"5 twenty\"");
    }
}
