package io.fitg.reports;

import io.fitg.api.Catalog;
import io.fitg.api.Report;
import io.fitg.api.Status;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The findings as an Excel workbook ({@code --format xlsx}, written with fastexcel): sheet {@code findings} with the
 * columns of {@link FindingTable} (header frozen, auto-filter), sheet {@code summary} (counts per class and
 * status; custom controls on a row of their own), sheet {@code about} (provenance). Every value is a text cell
 * (a shared string, never a formula), so it needs no apostrophe against formula injection, unlike the CSV's.
 *
 * <p>Deterministic: the library stamps the clock into {@code docProps/core.xml} and the zip entries; both are
 * rewritten to the report's as-of date, so the same report gives byte-identical files.
 */
public final class XlsxReport {
    private static final Pattern CREATED = Pattern.compile("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)");

    private XlsxReport() {
    }

    public static byte[] render(Report report, Catalog catalog) {
        ByteArrayOutputStream raw = new ByteArrayOutputStream(1 << 16);
        try {
            Workbook wb = new Workbook(raw, "fitg", "1.0");
            wb.properties().setTitle(Esc.clean("fitg " + report.company() + " " + report.asOf()));
            findings(wb.newWorksheet("findings"), report, catalog);
            summary(wb.newWorksheet("summary"), report);
            about(wb.newWorksheet("about"), report);
            wb.finish();
            return normalise(raw.toByteArray(), report.asOf());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void findings(Worksheet ws, Report report, Catalog catalog) {
        List<String> cols = FindingTable.COLUMNS;
        for (int c = 0; c < cols.size(); c++) {
            ws.value(0, c, cols.get(c));
        }
        ws.range(0, 0, 0, cols.size() - 1).style().bold().fillColor("EEEEEE").set();
        int r = 1;
        for (List<String> row : FindingTable.rows(report, catalog)) {
            for (int c = 0; c < row.size(); c++) {
                ws.value(r, c, Esc.clean(row.get(c)));      // a text cell: never a formula, no apostrophe needed
            }
            r++;
        }
        ws.freezePane(1, 1);
        ws.setAutoFilter(0, 0, cols.size() - 1);
        double[] widths = {10, 6, 14, 16, 28, 10, 18, 10, 60, 40, 40, 40, 50, 60, 20, 20, 10, 12, 24, 14, 66};
        for (int c = 0; c < widths.length && c < cols.size(); c++) {
            ws.width(c, widths[c]);
        }
    }

    private static void summary(Worksheet ws, Report report) {
        ws.value(0, 0, "class");
        int c = 1;
        for (Status s : Status.values()) {
            ws.value(0, c++, s.name());
        }
        ws.value(0, c, "achievedClass");
        ws.range(0, 0, 0, c).style().bold().fillColor("EEEEEE").set();
        int r = 1;
        for (Map.Entry<Integer, Map<Status, Integer>> e : report.summary().entrySet()) {
            ws.value(r, 0, e.getKey());
            int k = 1;
            for (Status s : Status.values()) {
                ws.value(r, k++, e.getValue().get(s));
            }
            ws.value(r, k, report.achievedClass());
            r++;
        }
        if (!report.customFindings().isEmpty()) {
            ws.value(r, 0, "custom");
            int k = 1;
            for (Status s : Status.values()) {
                int n = (int) report.customFindings().stream().filter(f -> f.status() == s).count();
                ws.value(r, k++, n);
            }
        }
    }

    private static void about(Worksheet ws, Report report) {
        ws.value(0, 0, "field");
        ws.value(0, 1, "value");
        ws.range(0, 0, 0, 1).style().bold().fillColor("EEEEEE").set();
        int r = 1;
        r = pair(ws, r, "company", report.company());
        r = pair(ws, r, "edition", report.edition());
        r = pair(ws, r, "asOf", String.valueOf(report.asOf()));
        r = pair(ws, r, "classes", report.classes().toString());
        r = pair(ws, r, "achievedClass", String.valueOf(report.achievedClass()));
        for (Map.Entry<String, String> e : report.provenance().entrySet()) {
            r = pair(ws, r, e.getKey(), e.getValue());
        }
        ws.width(0, 16);
        ws.width(1, 70);
    }

    private static int pair(Worksheet ws, int r, String k, String v) {
        ws.value(r, 0, k);
        ws.value(r, 1, Esc.clean(v));
        return r + 1;
    }

    /**
     * Rewrites the zip with fixed entry times and the creation date set to the as-of date. Read through
     * {@link ZipFile} (the central directory): the library's local headers leave sizes to the central directory,
     * which a streaming reader rejects.
     */
    static byte[] normalise(byte[] xlsx, LocalDate asOf) throws IOException {
        LocalDateTime stamp = LocalDateTime.of(asOf, LocalTime.MIDNIGHT);
        Path tmp = Files.createTempFile("fitg-", ".xlsx");
        try {
            Files.write(tmp, xlsx);
            ByteArrayOutputStream out = new ByteArrayOutputStream(xlsx.length + 1024);
            try (ZipFile in = new ZipFile(tmp.toFile()); ZipOutputStream zo = new ZipOutputStream(out)) {
                for (ZipEntry e : Collections.list(in.entries())) {
                    byte[] data;
                    try (InputStream is = in.getInputStream(e)) {
                        data = is.readAllBytes();
                    }
                    if (e.getName().equals("docProps/core.xml")) {
                        String xml = new String(data, StandardCharsets.UTF_8);
                        xml = CREATED.matcher(xml).replaceAll("$1" + asOf + "T00:00:00Z$2");
                        data = xml.getBytes(StandardCharsets.UTF_8);
                    }
                    ZipEntry n = new ZipEntry(e.getName());
                    n.setTimeLocal(stamp);
                    zo.putNextEntry(n);
                    zo.write(data);
                    zo.closeEntry();
                }
            }
            return out.toByteArray();
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
