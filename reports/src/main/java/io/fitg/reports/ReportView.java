package io.fitg.reports;

import io.fitg.api.Catalog;
import io.fitg.api.Clause;
import io.fitg.api.Finding;
import io.fitg.api.Report;
import io.fitg.api.Status;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A report joined with its catalog (clause texts, chapters, sections) in one language: what every human-facing
 * writer shows, computed once.
 */
public final class ReportView {
    private final Report report;
    private final Catalog catalog;
    private final Lang lang;

    /** One finding with its clause. */
    public record Item(Finding finding, Clause clause) {
        public int classLevel() {
            return finding.classLevel();
        }

        public int chapterNumber() {
            return clause.chapterNumber();
        }
    }

    /** A label and a value of the report's header. */
    public record Row(String label, String value) {
    }

    public ReportView(Report report, Catalog catalog, Lang lang) {
        this.report = report;
        this.catalog = catalog;
        this.lang = lang;
    }

    public Report report() {
        return report;
    }

    public Catalog catalog() {
        return catalog;
    }

    public Lang lang() {
        return lang;
    }

    /** The clause of a finding; a placeholder clause when the catalog does not know it. */
    public Clause clause(Finding f) {
        return catalog == null ? placeholder(f) : catalog.clause(f.clause()).orElseGet(() -> placeholder(f));
    }

    private static Clause placeholder(Finding f) {
        return new Clause(f.clause(), "", f.classLevel(), f.mandatory(), false, "", "", "", f.requirement(), f.rule(),
                Map.of());
    }

    /** Every finding with its clause, in the report's (catalog) order. */
    public List<Item> items() {
        return report.findings().stream().map(f -> new Item(f, clause(f))).toList();
    }

    /** 情况说明: the rule's own, or one composed from what was expected and observed. */
    public String situation(Finding f) {
        return situation(f, lang);
    }

    public static String situation(Finding f, Lang lang) {
        if (!f.situation().isBlank()) {
            return f.situation().strip();
        }
        List<String> parts = new ArrayList<>();
        if (!f.expected().isBlank()) {
            parts.add(lang.t("要求：", "Expected: ") + f.expected().strip());
        }
        if (!f.observed().isBlank()) {
            String obs = f.observed().strip();
            if (lang == Lang.ZH && "not stated".equals(obs)) {
                obs = "档案未提供";       // the engine's word for a fact the profile does not give
            }
            parts.add(lang.t("实际：", "Observed: ") + obs);
        }
        if (!f.message().isBlank()) {
            parts.add(lang.t("说明：", "Note: ") + f.message().strip());
        }
        return String.join(lang.t("；", "; "), parts);
    }

    /** The header: company, edition, catalog/rule-set version, engine, as-of date, profile SHA-256, classes. */
    public List<Row> header() {
        Map<String, String> prov = new LinkedHashMap<>(report.provenance());
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(lang.t("公司", "Company"), report.company()));
        rows.add(new Row(lang.t("指引版本", "Guideline edition"), report.edition()));
        rows.add(new Row(lang.t("目录与规则集版本", "Catalog and rule-set version"),
                orNone(prov.remove(Report.CATALOG))));
        rows.add(new Row(lang.t("评估引擎", "Engine"), orNone(prov.remove(Report.ENGINE))));
        rows.add(new Row(lang.t("评估基准日", "As-of date"), String.valueOf(report.asOf())));
        String sha = prov.remove(Report.PROFILE_SHA256);
        rows.add(new Row(lang.t("档案文件 SHA-256", "Profile SHA-256"), sha != null ? sha
                : lang.t("未记录（档案不是从文件读取的）", "not recorded (the profile was not read from a file)")));
        prov.forEach((k, v) -> rows.add(new Row(lang.provenanceLabel(k), lang.provenanceValue(k, v))));
        rows.add(new Row(lang.t("评估类别", "Classes assessed"),
                report.classes().stream().map(lang::className).collect(Collectors.joining(lang.t("、", ", ")))));
        rows.add(new Row(lang.t("达到类别", "Achieved class"), achieved(report.achievedClass())));
        return rows;
    }

    private String orNone(String v) {
        return v == null ? lang.t("未记录", "not recorded") : v;
    }

    /** The achieved class in words; 0 names the lowest class of the report's edition (三类 for the earlier one). */
    public String achieved(int c) {
        return lang.achieved(c, lowestClass(report, catalog));
    }

    /** The lowest class of the report's edition (from the catalog; 1 when unknown). */
    public static int lowestClass(Report report, Catalog catalog) {
        if (catalog != null && !catalog.classLevels().isEmpty()) {
            return catalog.classLevels().get(0);
        }
        return "earlier".equals(report.edition()) ? 3 : 1;
    }

    /** Findings of the caller's own controls (custom DRL): class 0, never counted in the achieved class. */
    public List<Finding> custom() {
        return report.customFindings();
    }

    /** A custom finding's title: its control id and the rule that decided it. */
    public static String customTitle(Finding f) {
        if (!f.title().isBlank() && !f.title().equals(f.clause())) {
            return f.title().startsWith(f.clause()) ? f.title() : f.clause() + " " + f.title();
        }
        return f.rule() == null || f.rule().isBlank() || f.rule().equals(f.clause()) ? f.clause()
                : f.rule().startsWith(f.clause()) ? f.rule() : f.clause() + " " + f.rule();
    }

    /**
     * The class above the achieved one when it was not assessed although a higher class was (e.g. {@code --class 4}
     * for a company that does not meet class 1): its blockers are not in the report. Null otherwise.
     */
    public Integer unassessedNext() {
        int next = nextLevel();
        if (next > 4 || report.classes().contains(next) || report.classes().stream().noneMatch(c -> c > next)) {
            return null;
        }
        return next;
    }

    /** The class above the achieved one (the edition's lowest class when none is achieved). */
    public int nextLevel() {
        return report.achievedClass() == 0 ? lowestClass(report, catalog) : report.achievedClass() + 1;
    }

    /** The class whose blockers matter: the one above the achieved class, when it was assessed. */
    public Integer nextClass() {
        int next = nextLevel();
        return report.classes().contains(next) ? next : null;
    }

    /** Counts per class, chapter number and status (every status present). */
    public Map<Integer, Map<Integer, Map<Status, Integer>>> byClassAndChapter() {
        Map<Integer, Map<Integer, Map<Status, Integer>>> out = new TreeMap<>();
        for (int c : report.classes()) {
            Map<Integer, Map<Status, Integer>> chapters = new TreeMap<>();
            out.put(c, chapters);
        }
        for (Item it : items()) {
            Map<Status, Integer> m = out.computeIfAbsent(it.classLevel(), k -> new TreeMap<>())
                    .computeIfAbsent(it.chapterNumber(), k -> zeros());
            m.merge(it.finding().status(), 1, Integer::sum);
        }
        return out;
    }

    static Map<Status, Integer> zeros() {
        Map<Status, Integer> m = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            m.put(s, 0);
        }
        return m;
    }

    /** Chapter number → its title as the guideline writes it (the first clause's), in the report's language. */
    public Map<Integer, String> chapterTitles() {
        Map<Integer, String> out = new TreeMap<>();
        for (Item it : items()) {
            out.putIfAbsent(it.chapterNumber(), lang.title(String.valueOf(it.chapterNumber()), it.clause().chapter()));
        }
        return out;
    }
}
