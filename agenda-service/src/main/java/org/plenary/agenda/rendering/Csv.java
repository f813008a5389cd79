package org.plenary.agenda.rendering;

/**
 * CSV lines as RFC 4180 writes them, safe to open in a spreadsheet: a cell that a spreadsheet would read as a formula
 * (starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) is written after an
 * apostrophe, so a title such as {@code =HYPERLINK(...)} shows as text and runs nothing (OWASP, CSV injection).
 */
final class Csv {

    private Csv() {
    }

    /** Appends one line of cells, ended by CRLF. */
    static void line(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            out.append(i == 0 ? "" : ",").append(cell(cells[i]));
        }
        out.append("\r\n");
    }

    static String cell(String value) {
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
