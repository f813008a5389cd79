package org.plenary.agenda.rendering;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.plenary.infra.Engines;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The seeded agenda read as annex 1 of the letter, row by row, against the letter's own data. */
@QuarkusTest
class AgendaDocumentResourceTest {

    /** Items on which ProposalResourceTest records proposals, so their comments depend on test order. */
    private static final Set<Integer> ITEMS_OTHER_TESTS_PROPOSE_ON = Set.of(30, 31, 32, 33);

    @Inject
    ObjectMapper mapper;

    private final String token = Engines.shared().tokens().memberState("CHN");

    private JsonNode seedItems() throws Exception {
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("seed/council-2020-virtual-consultation.json")) {
            return mapper.readTree(in).get("agendaItems");
        }
    }

    private List<List<String>> csv(String language) {
        String body = given().auth().oauth2(token).header("Accept-Language", language)
                .when().get("/meetings/C20-VC/agenda.csv")
                .then().statusCode(200).contentType("text/csv").extract().asString();
        assertThat(body).startsWith("\uFEFF");
        return parse(body.substring(1));
    }

    @Test
    void theChineseCsvHasAnnexOnesRowsAndComments() throws Exception {
        List<List<String>> rows = csv("zh");
        assertThat(rows.get(0)).containsExactly("#", "议题", "文件", "是否含有决定或决议", "评论意见");
        assertThat(rows).hasSize(53);
        JsonNode seed = seedItems();
        for (int i = 0; i < 52; i++) {
            List<String> row = rows.get(i + 1);
            JsonNode item = seed.get(i);
            assertThat(row.get(0)).isEqualTo(String.valueOf(i + 1));
            assertThat(row.get(1)).isEqualTo(item.at("/title/zh").asText());
            assertThat(row.get(2)).isEqualTo(item.get("document").isNull() ? "" : item.get("document").asText());
            if (!ITEMS_OTHER_TESTS_PROPOSE_ON.contains(i + 1)) {
                assertThat(row.get(4).replaceAll("\\s", "")).as("comment of item %d", i + 1)
                        .isEqualTo(item.get("commentZh").asText().replaceAll("\\s", ""));
            }
        }
        // The letter's "contains a decision or resolution" column.
        assertThat(rows.get(1).get(3)).isEqualTo("否");
        assertThat(rows.get(3).get(3)).isEqualTo("决定");
        assertThat(rows.get(5).get(3)).isEqualTo("决议");
        assertThat(rows.get(15).get(3)).isEmpty();
        assertThat(rows.get(49).get(3)).isEqualTo("决议 决定");
    }

    @Test
    void theEnglishCsvQuotesTitlesWithCommas() {
        List<List<String>> rows = csv("en");
        assertThat(rows.get(0)).containsExactly("No.", "Item", "Document", "Decision or resolution", "Comment");
        assertThat(rows.get(3)).containsExactly("3", "Proposed dates and duration of the 2021, 2022, 2023, 2024, 2025 "
                        + "and 2026 sessions of the ITU Council and of the 2020 and 2021 clusters of Council Working Group "
                        + "meetings (Resolutions 77 and 111, Decision 612) (in support of Document 37)", "C20/2",
                "Decision", "Moved to the physical meeting: proposal of 1 member state");
        assertThat(rows.get(15)).containsExactly("15", "Impact of the COVID-19 pandemic on the operation and "
                + "activities of ITU", "", "", "New item: proposal of 5 member states");
    }

    @Test
    void thePrintablePageShowsTheSameRows() {
        String html = given().auth().oauth2(token).header("Accept-Language", "zh")
                .when().get("/meetings/C20-VC/agenda.html")
                .then().statusCode(200).contentType("text/html").extract().asString();
        assertThat(html).contains("<html lang=\"zh\">", "<h2>议程草案</h2>", "理事磋商虚拟会议",
                "<td>5</td><td>2023年世界无线电通信大会</td><td>C20/55</td><td>决议</td><td>移至实体会议： 2个成员国的建议</td>");
        assertThat(html.split("<tr><td>", -1)).hasSize(53);
    }

    /** RFC 4180: quoted cells may hold commas, quotes (doubled) and line breaks. */
    private static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
