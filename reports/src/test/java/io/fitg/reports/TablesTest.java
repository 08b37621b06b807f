package io.fitg.reports;

import io.fitg.api.AssessmentOptions;
import io.fitg.api.Report;
import io.fitg.core.Fitg;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV and XLSX: read back, one row per finding, formula injection neutralised, deterministic. */
class TablesTest {

    /** RFC 4180 reader, enough for what CsvReport writes. */
    static List<List<String>> parseCsv(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        assertThat(s).startsWith("\uFEFF");
        s = s.substring(1);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
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
            } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        assertThat(quoted).as("balanced quotes").isFalse();
        assertThat(cell).as("every line ends with CRLF").isEmpty();
        return rows;
    }

    static List<List<String>> readXlsx(byte[] bytes, String sheetName) throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = wb.findSheet(sheetName).orElseThrow();
            for (Row r : sheet.read()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < r.getCellCount(); i++) {
                    cells.add(r.hasCell(i) ? nz(r.getCellText(i)) : "");
                }
                out.add(cells);
            }
        }
        return out;
    }

    @Test
    void csvHasOneRowPerFindingWithTheColumnsAndNeutralisedFormulas() {
        Report r = Fixtures.report();
        List<List<String>> rows = parseCsv(CsvReport.render(r, Fixtures.catalog()));
        assertThat(rows.get(0)).isEqualTo(FindingTable.COLUMNS);
        assertThat(rows).hasSize(1 + r.findings().size());
        Map<String, Integer> col = index(rows.get(0));
        List<String> nc = rows.stream().filter(x -> x.get(0).equals("3.1.2.1")).findFirst().orElseThrow();
        assertThat(nc.get(col.get("status"))).isEqualTo("NON_COMPLIANT");
        assertThat(nc.get(col.get("statusLabel"))).isEqualTo("不符合");
        assertThat(nc.get(col.get("class"))).isEqualTo("2");
        assertThat(nc.get(col.get("chapter"))).isEqualTo("技术管理");
        assertThat(nc.get(col.get("section"))).isEqualTo("培训");
        assertThat(nc.get(col.get("mandatory"))).isEqualTo("true");
        assertThat(nc.get(col.get("message"))).isEqualTo("'" + Fixtures.HOSTILE_MESSAGE);
        assertThat(nc.get(col.get("observed"))).isEqualTo("'-3 staff untrained, see T07");
        assertThat(nc.get(col.get("evidence"))).isEqualTo("技术人员岗位培训情况说明；技术人员岗位培训记录");
        assertThat(nc.get(col.get("company"))).isEqualTo(Fixtures.HOSTILE_COMPANY);
        assertThat(nc.get(col.get("asOf"))).isEqualTo("2026-11-21");
        assertThat(nc.get(col.get("catalog"))).isEqualTo("current@fixture0001");
        assertThat(nc.get(col.get("profileSha256"))).isEqualTo("0f".repeat(32));
        for (List<String> row : rows) {
            for (String cell : row) {
                assertThat(cell).as("no cell may start a formula").doesNotStartWith("=").doesNotStartWith("+")
                        .doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
            }
        }
    }

    @Test
    void cellNeutralisation() {
        assertThat(Esc.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(Esc.cell("+86 10")).isEqualTo("'+86 10");
        assertThat(Esc.cell("-2")).isEqualTo("'-2");
        assertThat(Esc.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Esc.cell("\tx")).isEqualTo("'\tx");
        assertThat(Esc.cell("\rx")).isEqualTo("'\rx");
        assertThat(Esc.cell("  =cmd")).isEqualTo("'  =cmd");
        assertThat(Esc.cell("＝1+1")).isEqualTo("'＝1+1");
        assertThat(Esc.cell("a=b")).isEqualTo("a=b");
        assertThat(Esc.cell("符合")).isEqualTo("符合");
        assertThat(Esc.cell("a\u0000b")).isEqualTo("ab");
    }

    @Test
    void xlsxReadsBackAsTheSameRowsPlusSummaryAndProvenance() throws IOException {
        Report r = Fixtures.report();
        byte[] xlsx = XlsxReport.render(r, Fixtures.catalog());
        List<List<String>> csv = parseCsv(CsvReport.render(r, Fixtures.catalog()));
        List<List<String>> sheet = readXlsx(xlsx, "findings");
        assertThat(sheet).hasSize(csv.size());
        for (int i = 0; i < csv.size(); i++) {
            List<String> want = new ArrayList<>(csv.get(i));
            // the CSV's apostrophe against formula injection is not needed in a text cell: the XLSX has the raw text
            want.replaceAll(c -> c.startsWith("'") ? c.substring(1) : c);
            List<String> got = new ArrayList<>(sheet.get(i));
            while (got.size() < want.size()) {
                got.add("");        // trailing empty cells are not stored
            }
            assertThat(got).as("row %d", i).isEqualTo(want);
        }
        List<List<String>> summary = readXlsx(xlsx, "summary");
        assertThat(summary.get(0)).startsWith("class", "COMPLIANT", "NON_COMPLIANT");
        assertThat(summary.get(2).subList(0, 3)).containsExactly("2", "1", "2");
        List<List<String>> about = readXlsx(xlsx, "about");
        assertThat(about).anySatisfy(row -> assertThat(row).containsExactly("profileSha256", "0f".repeat(32)));
        assertThat(about).anySatisfy(row -> assertThat(row).containsExactly("asOf", "2026-11-21"));
        assertThat(about).anySatisfy(row -> assertThat(row).containsExactly("catalog", "current@fixture0001"));
    }

    @Test
    void xlsxStoresHostileTextAsTextCellsWithoutAnApostrophe() throws IOException {
        byte[] xlsx = XlsxReport.render(Fixtures.report(), Fixtures.catalog());
        List<List<String>> sheet = readXlsx(xlsx, "findings");
        Map<String, Integer> col = index(sheet.get(0));
        List<String> nc = sheet.stream().filter(x -> x.get(0).equals("3.1.2.1")).findFirst().orElseThrow();
        assertThat(nc.get(col.get("message"))).isEqualTo(Fixtures.HOSTILE_MESSAGE);
        assertThat(nc.get(col.get("observed"))).isEqualTo("-3 staff untrained, see T07");
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            ZipEntry e;
            while ((e = z.getNextEntry()) != null) {
                if (e.getName().startsWith("xl/worksheets/")) {
                    String xml = new String(z.readAllBytes(), StandardCharsets.UTF_8);
                    assertThat(xml).as("no formula anywhere").doesNotContain("<f>").doesNotContain("<f ");
                    // every findings cell is a shared string (t="s"): text, never evaluated
                    if (e.getName().endsWith("sheet1.xml")) {
                        assertThat(xml.split("<c ").length - 1).isEqualTo(xml.split("t=\"s\"").length - 1);
                    }
                }
            }
        }
    }

    @Test
    void xlsxIsByteIdenticalForTheSameReportAndCarriesNoClockTime() throws IOException {
        Report r = Fixtures.report();
        byte[] a = XlsxReport.render(r, Fixtures.catalog());
        byte[] b = XlsxReport.render(r, Fixtures.catalog());
        assertThat(a).isEqualTo(b);
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(a))) {
            ZipEntry e;
            while ((e = z.getNextEntry()) != null) {
                assertThat(e.getTimeLocal()).isEqualTo(Fixtures.AS_OF.atStartOfDay());
                if (e.getName().equals("docProps/core.xml")) {
                    assertThat(new String(z.readAllBytes(), StandardCharsets.UTF_8))
                            .contains(">2026-11-21T00:00:00Z</dcterms:created>");
                }
            }
        }
    }

    @Test
    void sampleProfileTablesAreCompleteAndDeterministic() throws IOException {
        java.nio.file.Path p = Fixtures.profilesDir().resolve("model-class4.yaml");
        AssessmentOptions o = AssessmentOptions.all(Fixtures.AS_OF);
        Report r1 = Fitg.assess(p, o);
        Report r2 = Fitg.assess(p, o);
        var cat = Fitg.engine().catalog("current");
        byte[] csv = CsvReport.render(r1, cat);
        assertThat(CsvReport.render(r2, cat)).isEqualTo(csv);
        assertThat(XlsxReport.render(r2, cat)).isEqualTo(XlsxReport.render(r1, cat));
        List<List<String>> rows = parseCsv(csv);
        assertThat(rows).hasSize(1 + cat.clauses().size());
        int ev = FindingTable.COLUMNS.indexOf("evidence");
        assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(row.get(ev)).isNotBlank());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static Map<String, Integer> index(List<String> header) {
        Map<String, Integer> m = new java.util.HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            m.put(header.get(i), i);
        }
        return m;
    }
}
