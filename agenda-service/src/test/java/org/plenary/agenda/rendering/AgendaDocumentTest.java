package org.plenary.agenda.rendering;

import org.junit.jupiter.api.Test;
import org.plenary.platform.i18n.Languages;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The annex's labels exist in each of the six UN languages, and an Arabic page reads right to left. */
class AgendaDocumentTest {

    @Test
    void theHeaderIsInEachOfTheSixLanguages() {
        List<String> english = AgendaDocument.header("en");
        assertThat(english).containsExactly("No.", "Item", "Document", "Decision or resolution", "Comment");
        for (String language : Languages.UN) {
            List<String> header = AgendaDocument.header(language);
            assertThat(header).as(language).hasSize(5).allSatisfy(label -> assertThat(label).isNotBlank());
            if (!language.equals("en")) {
                assertThat(header.subList(1, 5)).as(language + " is not English").doesNotContainAnyElementsOf(
                        english.subList(1, 5).stream().filter(label -> !label.equals("Document")).toList());
            }
        }
        assertThat(AgendaDocument.header("de")).as("a language that is not one of the six").isEqualTo(english);
    }

    @Test
    void anArabicPageReadsRightToLeftWithArabicHeadings() {
        String html = AgendaDocument.of("ar", "مشاورة افتراضية", null, List.of(), Map.of()).html();
        assertThat(html).contains("<html lang=\"ar\" dir=\"rtl\">").contains("مشروع جدول الأعمال")
                .contains("<th>البند</th>");
    }
}
