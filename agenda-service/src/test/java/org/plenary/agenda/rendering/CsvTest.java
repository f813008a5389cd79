package org.plenary.agenda.rendering;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        assertThat(Csv.cell("=HYPERLINK(\"http://evil.example\",\"Click\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\"");
        assertThat(Csv.cell("+1+2")).isEqualTo("'+1+2");
        assertThat(Csv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("\tcmd")).isEqualTo("'\tcmd");
    }

    @Test
    void ordinaryCellsAreWrittenAsTheyAreAndQuotedOnlyWhenRfc4180AsksForIt() {
        assertThat(Csv.cell("Report of the Secretary-General")).isEqualTo("Report of the Secretary-General");
        assertThat(Csv.cell("C20/55")).isEqualTo("C20/55");
        assertThat(Csv.cell("Decision, Resolution")).isEqualTo("\"Decision, Resolution\"");
        assertThat(Csv.cell("")).isEmpty();
        StringBuilder line = new StringBuilder();
        Csv.line(line, "1", "议题 \"A\"", "=1");
        assertThat(line).hasToString("1,\"议题 \"\"A\"\"\",'=1\r\n");
    }
}
