package io.fitg.reports;

import io.fitg.api.Catalog;
import io.fitg.api.Clause;
import io.fitg.api.Finding;
import io.fitg.api.Report;

import java.util.ArrayList;
import java.util.List;

/**
 * One row per finding, the same columns in CSV and XLSX. Column names are fixed English identifiers (tools key on
 * them); values are the report's own (status as the contract's enum name, plus its Chinese label). The report's
 * provenance is repeated on every row, so that rows of several reports can be pooled and still be traced.
 */
public final class FindingTable {
    public static final List<String> COLUMNS = List.of("clause", "class", "chapter", "section", "requirement",
            "mandatory", "status", "statusLabel", "text", "expected", "observed", "message", "situation", "evidence",
            "waiver", "company", "edition", "asOf", "catalog", "engine", "profileSha256");

    /** Separator of the evidence documents inside one cell. */
    public static final String EVIDENCE_SEPARATOR = "；";

    private FindingTable() {
    }

    /**
     * The rows, raw (not yet neutralised for spreadsheets: the writers do that cell by cell): one per finding, then
     * one per custom control (class 0, chapter {@value #CUSTOM_CHAPTER}, text = its title, or the rule that decided it
     * when it gave none).
     */
    public static List<List<String>> rows(Report report, Catalog catalog) {
        ReportView v = new ReportView(report, catalog, Lang.ZH);
        List<List<String>> out = new ArrayList<>();
        for (Finding f : report.findings()) {
            Clause c = v.clause(f);
            out.add(row(report, f, c.chapter(), c.section(), c.text()));
        }
        for (Finding f : report.customFindings()) {
            out.add(row(report, f, CUSTOM_CHAPTER, "", f.title().isEmpty() ? f.rule() : f.title()));
        }
        return out;
    }

    /** The chapter column of a custom control's row. */
    public static final String CUSTOM_CHAPTER = "自定义控制项";

    private static List<String> row(Report report, Finding f, String chapter, String section, String text) {
        List<String> r = new ArrayList<>(COLUMNS.size());
        r.add(f.clause());
        r.add(String.valueOf(f.classLevel()));
        r.add(nz(chapter));
        r.add(nz(section));
        r.add(nz(f.requirement()));
        r.add(String.valueOf(f.mandatory()));
        r.add(f.status().name());
        r.add(f.status().zh());
        r.add(nz(text));
        r.add(f.expected());
        r.add(f.observed());
        r.add(f.message());
        r.add(f.situation());
        r.add(String.join(EVIDENCE_SEPARATOR, f.evidence()));
        r.add(nz(f.waiver()));
        r.add(nz(report.company()));
        r.add(nz(report.edition()));
        r.add(String.valueOf(report.asOf()));
        r.add(nz(report.provenance().get(Report.CATALOG)));
        r.add(nz(report.provenance().get(Report.ENGINE)));
        r.add(nz(report.provenance().get(Report.PROFILE_SHA256)));
        return r;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
