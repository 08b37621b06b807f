package io.fitg.reports;

import io.fitg.api.Catalog;
import io.fitg.api.Report;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The findings as CSV ({@code --format csv}): RFC 4180 (comma, double quotes, CRLF), UTF-8 with a byte-order mark so
 * that spreadsheet programs read the Chinese text right; columns {@link FindingTable#COLUMNS}. Every cell that a
 * spreadsheet could take for a formula is made literal ({@link Esc#cell}).
 */
public final class CsvReport {
    private CsvReport() {
    }

    public static byte[] render(Report report, Catalog catalog) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        line(sb, FindingTable.COLUMNS);
        for (List<String> row : FindingTable.rows(report, catalog)) {
            line(sb, row);
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(quote(Esc.cell(cells.get(i))));
        }
        sb.append("\r\n");
    }

    static String quote(String s) {
        boolean needs = s.isEmpty() ? false : s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0
                || s.indexOf('\r') >= 0 || s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ';
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
