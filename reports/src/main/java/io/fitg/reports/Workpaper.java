package io.fitg.reports;

import io.fitg.api.Catalog;
import io.fitg.api.Finding;
import io.fitg.api.Report;
import io.fitg.api.Status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The self-assessment workpaper (自评工作底稿), in the shape of the regulator's template: for every clause of the
 * assessed classes, in the guideline's order under its class, chapter and section headings, the clause id and
 * text, the result, the 情况说明 and the numbered 证明材料 to attach. Markdown ({@code --format workpaper}) or one
 * self-contained, printable HTML page ({@code --format workpaper-html}).
 */
public final class Workpaper {
    private Workpaper() {
    }

    public static String markdown(Report report, Catalog catalog, Lang lang) {
        Markdown out = new Markdown();
        walk(new ReportView(report, catalog, lang), out);
        return out.sb.toString();
    }

    public static String html(Report report, Catalog catalog, Lang lang) {
        Html out = new Html();
        ReportView v = new ReportView(report, catalog, lang);
        walk(v, out);
        return HtmlPage.render(lang, title(v), HtmlPage.BASE_CSS + CSS, out.sb.toString(), null);
    }

    private static final String CSS = """
            .clause{border-top:1px solid var(--line);padding:.6em 0;break-inside:avoid}
            .clause .id{font-weight:bold}.clause blockquote{margin:.3em 0 .5em;padding:.2em .8em;border-left:4px solid var(--line);background:#fafafa}
            .clause dl{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em;margin:.3em 0}.clause dt{color:var(--muted)}
            .clause dd{margin:0}.clause ol{margin:0;padding-left:1.5em}
            """;

    static String title(ReportView v) {
        return v.lang().t("期货公司信息技术管理指引 自评工作底稿", "Self-assessment workpaper: IT management guideline for futures companies")
                + " — " + v.report().company();
    }

    /** What a workpaper is made of, in order; the two formats render the same walk. */
    interface Sink {
        void title(String text);

        void header(List<ReportView.Row> rows, String labelHead, String valueHead);

        void heading(int level, String number, String text);

        void table(List<String> head, List<List<String>> rows);

        void clause(String id, String flags, String text, List<String[]> fields, String evidenceLabel,
                    List<String> evidence, Status status);

        void paragraph(String text);
    }

    static void walk(ReportView v, Sink out) {
        Lang l = v.lang();
        Report r = v.report();
        out.title(title(v));
        out.header(v.header(), l.t("项目", "Item"), l.t("内容", "Value"));

        out.heading(2, "", l.t("评估结果汇总", "Summary"));
        List<String> head = new ArrayList<>();
        head.add(l.t("类别", "Class"));
        for (Status s : Status.values()) {
            head.add(l.status(s));
        }
        head.add(l.t("合计", "Total"));
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<Integer, Map<Status, Integer>> e : r.summary().entrySet()) {
            List<String> row = new ArrayList<>();
            row.add(l.className(e.getKey()));
            int total = 0;
            for (Status s : Status.values()) {
                row.add(String.valueOf(e.getValue().get(s)));
                total += e.getValue().get(s);
            }
            row.add(String.valueOf(total));
            rows.add(row);
        }
        out.table(head, rows);
        Integer next = v.nextClass();
        if (next != null) {
            out.paragraph(l.t("达到" + l.className(next) + "尚需解决的必须条款：", "Mandatory clauses standing in the way of class " + next + ": ")
                    + String.join(l.t("、", ", "), r.blockers(next).stream().map(Finding::clause).toList()));
        }
        Integer unassessed = v.unassessedNext();
        if (unassessed != null) {
            out.paragraph(l.t(l.className(unassessed) + "未达到，其差距不在本次评估范围内（用 --class " + unassessed
                    + " 评估以列出）。", "Class " + unassessed + " is not met; its gaps were not assessed in this run "
                    + "(assess --class " + unassessed + " to list them)."));
        }

        int cls = -1;
        int chapter = -1;
        String section = null;
        for (ReportView.Item it : v.items()) {
            Finding f = it.finding();
            String[] p = f.clause().split("\\.");
            if (it.classLevel() != cls) {
                cls = it.classLevel();
                chapter = -1;
                out.heading(2, p[0], l.classHeading(cls));
            }
            if (it.chapterNumber() != chapter) {
                chapter = it.chapterNumber();
                section = null;
                out.heading(3, p[0] + "." + p[1], l.title(p[1], it.clause().chapter()));
            }
            String sec = p[0] + "." + p[1] + "." + p[2];
            if (!sec.equals(section)) {
                section = sec;
                out.heading(4, sec, l.title(p[1] + "." + p[2], it.clause().section()));
            }
            List<String[]> fields = new ArrayList<>();
            fields.add(new String[]{l.t("评估结果", "Result"), l.status(f.status())});
            fields.add(new String[]{l.t("情况说明", "Situation"), v.situation(f)});
            if (f.waiver() != null && !f.waiver().isBlank()) {
                fields.add(new String[]{l.t("豁免说明", "Waiver"), f.waiver()});
            }
            String flags = "[" + (it.clause().mandatory() ? "必须" : "可选") + "]"
                    + (it.clause().text().isEmpty() ? "" : "[" + (it.clause().isNew() ? "新增" : "延续") + "]");
            out.clause(f.clause(), flags, it.clause().text(), fields, l.t("证明材料", "Evidence to attach"),
                    f.evidence(), f.status());
        }
        if (!v.custom().isEmpty()) {
            out.heading(2, "", l.t("自定义控制项（公司自有规则，不计入达到类别）",
                    "Custom controls (the company's own rules; not counted in the achieved class)"));
            for (Finding f : v.custom()) {
                List<String[]> fields = new ArrayList<>();
                fields.add(new String[]{l.t("评估结果", "Result"), l.status(f.status())});
                fields.add(new String[]{l.t("情况说明", "Situation"), v.situation(f)});
                fields.add(new String[]{l.t("规则", "Rule"), f.rule()});
                out.clause(f.clause(), "[" + l.t("自定义", "custom") + "]", f.title(), fields,
                        l.t("证明材料", "Evidence to attach"), f.evidence(), f.status());
            }
        }
    }

    static final class Markdown implements Sink {
        final StringBuilder sb = new StringBuilder();

        @Override
        public void title(String text) {
            sb.append("# ").append(Esc.md(text)).append("\n\n");
        }

        @Override
        public void header(List<ReportView.Row> rows, String labelHead, String valueHead) {
            sb.append("| ").append(Esc.md(labelHead)).append(" | ").append(Esc.md(valueHead)).append(" |\n| --- | --- |\n");
            for (ReportView.Row r : rows) {
                sb.append("| ").append(Esc.md(r.label())).append(" | ").append(Esc.md(r.value())).append(" |\n");
            }
            sb.append('\n');
        }

        @Override
        public void heading(int level, String number, String text) {
            sb.append("#".repeat(level)).append(' ');
            if (!number.isEmpty()) {
                sb.append(Esc.md(number)).append(' ');
            }
            sb.append(Esc.md(text)).append("\n\n");
        }

        @Override
        public void table(List<String> head, List<List<String>> rows) {
            sb.append('|');
            head.forEach(h -> sb.append(' ').append(Esc.md(h)).append(" |"));
            sb.append("\n|");
            for (int i = 0; i < head.size(); i++) {
                sb.append(i == 0 ? " --- |" : " ---: |");
            }
            sb.append('\n');
            for (List<String> row : rows) {
                sb.append('|');
                row.forEach(c -> sb.append(' ').append(Esc.md(c)).append(" |"));
                sb.append('\n');
            }
            sb.append('\n');
        }

        @Override
        public void clause(String id, String flags, String text, List<String[]> fields, String evidenceLabel,
                           List<String> evidence, Status status) {
            sb.append("##### ").append(Esc.md(id)).append(' ').append(Esc.md(flags)).append("\n\n");
            if (!text.isEmpty()) {
                sb.append("> ").append(Esc.md(text)).append("\n\n");
            }
            for (String[] f : fields) {
                sb.append("- ").append(Esc.md(f[0])).append("：");
                String value = Esc.md(f[1]);
                sb.append(f == fields.get(0) ? "**" + value + "**" : value).append('\n');
            }
            sb.append("- ").append(Esc.md(evidenceLabel)).append("：");
            if (evidence.isEmpty()) {
                sb.append("—\n");
            } else {
                sb.append('\n');
                for (int i = 0; i < evidence.size(); i++) {
                    sb.append("  ").append(i + 1).append(". ").append(Esc.md(evidence.get(i))).append('\n');
                }
            }
            sb.append('\n');
        }

        @Override
        public void paragraph(String text) {
            sb.append(Esc.md(text)).append("\n\n");
        }
    }

    static final class Html implements Sink {
        final StringBuilder sb = new StringBuilder();

        @Override
        public void title(String text) {
            sb.append("<h1>").append(Esc.html(text)).append("</h1>\n");
        }

        @Override
        public void header(List<ReportView.Row> rows, String labelHead, String valueHead) {
            sb.append("<table class=\"meta\">\n");
            for (ReportView.Row r : rows) {
                sb.append("<tr><th>").append(Esc.html(r.label())).append("</th><td>").append(Esc.html(r.value()))
                        .append("</td></tr>\n");
            }
            sb.append("</table>\n");
        }

        @Override
        public void heading(int level, String number, String text) {
            sb.append("<h").append(level);
            if (!number.isEmpty()) {
                sb.append(" id=\"h").append(Esc.html(number)).append('"');
            }
            sb.append('>');
            if (!number.isEmpty()) {
                sb.append(Esc.html(number)).append(' ');
            }
            sb.append(Esc.html(text)).append("</h").append(level).append(">\n");
        }

        @Override
        public void table(List<String> head, List<List<String>> rows) {
            sb.append("<table>\n<tr>");
            head.forEach(h -> sb.append("<th>").append(Esc.html(h)).append("</th>"));
            sb.append("</tr>\n");
            for (List<String> row : rows) {
                sb.append("<tr>");
                for (int i = 0; i < row.size(); i++) {
                    sb.append(i == 0 ? "<td>" : "<td class=\"n\">").append(Esc.html(row.get(i))).append("</td>");
                }
                sb.append("</tr>\n");
            }
            sb.append("</table>\n");
        }

        @Override
        public void clause(String id, String flags, String text, List<String[]> fields, String evidenceLabel,
                           List<String> evidence, Status status) {
            sb.append("<section class=\"clause\" id=\"c").append(Esc.html(id)).append("\">\n<div><span class=\"id\">")
                    .append(Esc.html(id)).append("</span> ").append(Esc.html(flags)).append("</div>\n");
            if (!text.isEmpty()) {
                sb.append("<blockquote>").append(Esc.html(text)).append("</blockquote>\n");
            }
            sb.append("<dl>\n");
            for (String[] f : fields) {
                sb.append("<dt>").append(Esc.html(f[0])).append("</dt><dd>");
                if (f == fields.get(0)) {
                    sb.append("<span class=\"badge ").append(HtmlPage.statusClass(status)).append("\">")
                            .append(Esc.html(f[1])).append("</span>");
                } else {
                    sb.append(Esc.html(f[1]));
                }
                sb.append("</dd>\n");
            }
            sb.append("<dt>").append(Esc.html(evidenceLabel)).append("</dt><dd>");
            if (evidence.isEmpty()) {
                sb.append("—");
            } else {
                sb.append("<ol>");
                evidence.forEach(e -> sb.append("<li>").append(Esc.html(e)).append("</li>"));
                sb.append("</ol>");
            }
            sb.append("</dd>\n</dl>\n</section>\n");
        }

        @Override
        public void paragraph(String text) {
            sb.append("<p>").append(Esc.html(text)).append("</p>\n");
        }
    }
}
