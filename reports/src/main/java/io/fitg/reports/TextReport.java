package io.fitg.reports;

import io.fitg.api.Catalog;
import io.fitg.api.Finding;
import io.fitg.api.Report;
import io.fitg.api.Status;

import java.util.Map;

/**
 * The assessment for a terminal ({@code --format text}): provenance, summary per class, the clauses that block the
 * next class, then every finding that is not COMPLIANT or NOT_APPLICABLE.
 */
public final class TextReport {
    private TextReport() {
    }

    public static String render(Report report, Catalog catalog, Lang l) {
        ReportView v = new ReportView(report, catalog, l);
        StringBuilder sb = new StringBuilder();
        sb.append(l.t("fitg 评估报告", "fitg assessment")).append('\n');
        for (ReportView.Row r : v.header()) {
            sb.append("  ").append(Esc.oneLine(r.label())).append(l.t("：", ": ")).append(Esc.oneLine(r.value())).append('\n');
        }
        sb.append('\n');
        sb.append(pad(l.t("类别", "class"), 8, false));
        for (Status s : Status.values()) {
            sb.append(' ').append(pad(label(l, s), 18, true));
        }
        sb.append('\n');
        for (Map.Entry<Integer, Map<Status, Integer>> e : report.summary().entrySet()) {
            sb.append(pad(l == Lang.ZH ? l.className(e.getKey()) : String.valueOf(e.getKey()), 8, false));
            for (Status s : Status.values()) {
                sb.append(String.format(" %18d", e.getValue().get(s)));
            }
            sb.append('\n');
        }
        Integer next = v.nextClass();
        if (next != null) {
            sb.append('\n').append(l.t("达到" + l.className(next) + "尚需解决：", "Blocking class " + next + ":")).append('\n');
            for (Finding f : report.blockers(next)) {
                sb.append("  ").append(line(v, f)).append('\n');
            }
        }
        Integer unassessed = v.unassessedNext();
        if (unassessed != null) {
            sb.append('\n').append(l.t(l.className(unassessed) + "未达到，其差距不在本次评估范围内（用 --class " + unassessed
                    + " 评估以列出）。", "Class " + unassessed + " is not met; its gaps were not assessed in this run "
                    + "(assess --class " + unassessed + " to list them).")).append('\n');
        }
        sb.append('\n').append(l.t("未符合或待补充的条款：", "Findings that are not compliant or not applicable:")).append('\n');
        for (Finding f : report.findings()) {
            if (f.status() == Status.COMPLIANT || f.status() == Status.NOT_APPLICABLE) {
                continue;
            }
            sb.append("  ").append(line(v, f)).append('\n');
        }
        if (!v.custom().isEmpty()) {
            sb.append('\n').append(l.t("自定义控制项（--rules，不计入达到类别）：",
                    "Custom controls (--rules; not counted in the achieved class):")).append('\n');
            for (Finding f : v.custom()) {
                sb.append("  ").append(String.format("%-9s %s  %s", Esc.oneLine(f.clause()), pad(label(l, f.status()), 18, false),
                        Esc.oneLine(ReportView.customTitle(f) + l.t("：", ": ") + v.situation(f)))).append('\n');
            }
        }
        return sb.toString();
    }

    /** The status as the report's language shows it: its Chinese label, or the contract's name in English. */
    static String label(Lang l, Status s) {
        return l == Lang.ZH ? s.zh() : s.name();
    }

    /** Pads to a display width, counting CJK characters as two columns. */
    static String pad(String s, int width, boolean right) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            w += c >= 0x2E80 && c <= 0xFFEF ? 2 : 1;
        }
        String fill = " ".repeat(Math.max(0, width - w));
        return right ? fill + s : s + fill;
    }

    private static String line(ReportView v, Finding f) {
        Lang l = v.lang();
        return String.format("%-9s %s %s%s", f.clause(), pad(label(l, f.status()), 18, false),
                f.mandatory() ? "" : "(" + l.mandatory(false) + ") ", Esc.oneLine(v.situation(f)));
    }
}
