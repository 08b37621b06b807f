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
        sb.append(String.format("%-8s", l.t("类别", "class")));
        for (Status s : Status.values()) {
            sb.append(String.format(" %18s", s.name()));
        }
        sb.append('\n');
        for (Map.Entry<Integer, Map<Status, Integer>> e : report.summary().entrySet()) {
            sb.append(String.format("%-8s", e.getKey()));
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
        sb.append('\n').append(l.t("未符合或待补充的条款：", "Findings that are not compliant or not applicable:")).append('\n');
        for (Finding f : report.findings()) {
            if (f.status() == Status.COMPLIANT || f.status() == Status.NOT_APPLICABLE) {
                continue;
            }
            sb.append("  ").append(line(v, f)).append('\n');
        }
        return sb.toString();
    }

    private static String line(ReportView v, Finding f) {
        Lang l = v.lang();
        return String.format("%-9s %-18s %s%s", f.clause(), f.status().name(),
                f.mandatory() ? "" : "(" + l.mandatory(false) + ") ", Esc.oneLine(v.situation(f)));
    }
}
