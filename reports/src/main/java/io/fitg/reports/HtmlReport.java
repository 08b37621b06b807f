package io.fitg.reports;

import io.fitg.api.Catalog;
import io.fitg.api.Finding;
import io.fitg.api.Report;
import io.fitg.api.Status;

import java.util.List;
import java.util.Map;

/**
 * The assessment as one self-contained HTML page ({@code --format html}): header with provenance, summary per class
 * and per chapter, an inline-SVG chart of statuses by chapter and class, the mandatory clauses that block the next
 * class, and every finding in a table that plain JavaScript filters by status, class and text. Nothing is fetched
 * (inline CSS, JS and SVG; a Content Security Policy forbids any other source). Every text is escaped.
 *
 * <p>The filters also read the URL fragment, e.g. {@code report.html#status=NON_COMPLIANT,INSUFFICIENT_DATA&class=3},
 * and write it back, so a filtered view can be bookmarked or sent.
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    public static String render(Report report, Catalog catalog, Lang lang) {
        ReportView v = new ReportView(report, catalog, lang);
        StringBuilder b = new StringBuilder(1 << 20);
        String title = lang.t("信息技术管理评估报告", "IT management assessment") + " — " + report.company();
        b.append("<header>\n<h1>").append(Esc.html(title)).append("</h1>\n<table class=\"meta\">\n");
        for (ReportView.Row r : v.header()) {
            b.append("<tr><th>").append(Esc.html(r.label())).append("</th><td>").append(Esc.html(r.value()))
                    .append("</td></tr>\n");
        }
        b.append("</table>\n</header>\n");
        summary(v, b);
        chart(v, b);
        chapters(v, b);
        blockers(v, b);
        findings(v, b);
        custom(v, b);
        return HtmlPage.render(lang, title, HtmlPage.BASE_CSS + CSS, b.toString(), SCRIPT);
    }

    private static void summary(ReportView v, StringBuilder b) {
        Lang l = v.lang();
        b.append("<section id=\"summary\">\n<h2>").append(Esc.html(l.t("按类别汇总", "Summary by class"))).append("</h2>\n");
        b.append("<table>\n<tr><th>").append(Esc.html(l.t("类别", "Class"))).append("</th>");
        for (Status s : Status.values()) {
            b.append("<th>").append(Esc.html(l.status(s))).append("</th>");
        }
        b.append("<th>").append(Esc.html(l.t("合计", "Total"))).append("</th><th>")
                .append(Esc.html(l.t("未通过的必须条款", "Mandatory clauses not passed"))).append("</th></tr>\n");
        for (Map.Entry<Integer, Map<Status, Integer>> e : v.report().summary().entrySet()) {
            int total = e.getValue().values().stream().mapToInt(Integer::intValue).sum();
            b.append("<tr data-class=\"").append(e.getKey()).append("\"><td>").append(Esc.html(l.className(e.getKey())))
                    .append("</td>");
            for (Status s : Status.values()) {
                b.append("<td class=\"n\">").append(e.getValue().get(s)).append("</td>");
            }
            b.append("<td class=\"n\">").append(total).append("</td><td class=\"n\">")
                    .append(v.report().blockers(e.getKey()).size()).append("</td></tr>\n");
        }
        b.append("</table>\n</section>\n");
    }

    private static final int LABEL_W = 230;
    private static final int BAR_W = 560;
    private static final int ROW_H = 20;

    /** Stacked bars: one per class and chapter, one segment per status, lengths to scale across the chart. */
    private static void chart(ReportView v, StringBuilder b) {
        Lang l = v.lang();
        Map<Integer, Map<Integer, Map<Status, Integer>>> data = v.byClassAndChapter();
        Map<Integer, String> titles = v.chapterTitles();
        int max = 1;
        int rows = 0;
        for (Map<Integer, Map<Status, Integer>> chapters : data.values()) {
            for (Map<Status, Integer> m : chapters.values()) {
                max = Math.max(max, m.values().stream().mapToInt(Integer::intValue).sum());
                rows++;
            }
        }
        int legendH = 30;
        int height = legendH + rows * ROW_H + data.size() * 24 + 10;
        int width = LABEL_W + BAR_W + 60;
        String label = l.t("各类别各章节的评估结果分布", "Statuses by chapter and class");
        b.append("<section id=\"chart\">\n<h2>").append(Esc.html(label)).append("</h2>\n");
        b.append("<svg id=\"status-chart\" role=\"img\" aria-label=\"").append(Esc.html(label))
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" font-size=\"12\">\n");
        int x = 0;
        for (Status s : Status.values()) {
            b.append("<rect x=\"").append(x).append("\" y=\"6\" width=\"12\" height=\"12\" fill=\"")
                    .append(HtmlPage.statusColour(s)).append("\"/><text x=\"").append(x + 16).append("\" y=\"16\">")
                    .append(Esc.html(l.status(s))).append("</text>\n");
            x += 24 + l.status(s).length() * (l == Lang.ZH ? 13 : 7);
        }
        int y = legendH;
        for (Map.Entry<Integer, Map<Integer, Map<Status, Integer>>> ce : data.entrySet()) {
            y += 18;
            b.append("<text class=\"cls\" x=\"0\" y=\"").append(y - 4).append("\" font-weight=\"bold\">")
                    .append(Esc.html(l.className(ce.getKey()))).append("</text>\n");
            for (Map.Entry<Integer, Map<Status, Integer>> ch : ce.getValue().entrySet()) {
                String name = ch.getKey() + " " + titles.getOrDefault(ch.getKey(), "");
                b.append("<g class=\"bar\" data-class=\"").append(ce.getKey()).append("\" data-chapter=\"")
                        .append(ch.getKey()).append("\">\n<text x=\"8\" y=\"").append(y + 14).append("\">")
                        .append(Esc.html(shorten(name, l == Lang.ZH ? 16 : 34))).append("</text>\n");
                int bx = LABEL_W;
                int total = 0;
                for (Status s : Status.values()) {
                    int n = ch.getValue().get(s);
                    total += n;
                    if (n == 0) {
                        continue;
                    }
                    int w = Math.max(1, Math.round((float) n * BAR_W / max));
                    b.append("<rect x=\"").append(bx).append("\" y=\"").append(y + 2).append("\" width=\"").append(w)
                            .append("\" height=\"").append(ROW_H - 4).append("\" fill=\"").append(HtmlPage.statusColour(s))
                            .append("\" data-status=\"").append(s.name()).append("\" data-count=\"").append(n)
                            .append("\"><title>").append(Esc.html(l.className(ce.getKey()) + " · " + name + " · "
                                    + l.status(s) + ": " + n)).append("</title></rect>\n");
                    bx += w;
                }
                b.append("<text x=\"").append(bx + 6).append("\" y=\"").append(y + 14).append("\" class=\"muted\">")
                        .append(total).append("</text>\n</g>\n");
                y += ROW_H;
            }
        }
        b.append("</svg>\n</section>\n");
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static void chapters(ReportView v, StringBuilder b) {
        Lang l = v.lang();
        Map<Integer, String> titles = v.chapterTitles();
        b.append("<section id=\"chapters\">\n<h2>").append(Esc.html(l.t("按章节汇总", "Summary by chapter")))
                .append("</h2>\n<table>\n<tr><th>").append(Esc.html(l.t("章节", "Chapter"))).append("</th><th>")
                .append(Esc.html(l.t("类别", "Class"))).append("</th>");
        for (Status s : Status.values()) {
            b.append("<th>").append(Esc.html(l.status(s))).append("</th>");
        }
        b.append("<th>").append(Esc.html(l.t("合计", "Total"))).append("</th></tr>\n");
        for (Map.Entry<Integer, Map<Integer, Map<Status, Integer>>> ce : v.byClassAndChapter().entrySet()) {
            for (Map.Entry<Integer, Map<Status, Integer>> ch : ce.getValue().entrySet()) {
                b.append("<tr><td>").append(Esc.html(ch.getKey() + " " + titles.getOrDefault(ch.getKey(), "")))
                        .append("</td><td>").append(Esc.html(l.className(ce.getKey()))).append("</td>");
                int total = 0;
                for (Status s : Status.values()) {
                    total += ch.getValue().get(s);
                    b.append("<td class=\"n\">").append(ch.getValue().get(s)).append("</td>");
                }
                b.append("<td class=\"n\">").append(total).append("</td></tr>\n");
            }
        }
        b.append("</table>\n</section>\n");
    }

    private static void blockers(ReportView v, StringBuilder b) {
        Lang l = v.lang();
        Report r = v.report();
        b.append("<section id=\"blockers\">\n<h2>").append(Esc.html(l.t("影响达到下一类别的差距", "Gaps blocking the next class")))
                .append("</h2>\n");
        Integer next = v.nextClass();
        if (next == null) {
            int nl = v.nextLevel();
            String why = r.achievedClass() >= 4 || r.classes().isEmpty()
                    || r.achievedClass() >= r.classes().get(r.classes().size() - 1)
                    ? l.t("已达到所评估的最高类别，没有阻碍。", "The highest class assessed is achieved: nothing blocks.")
                    : l.t(l.className(nl) + "未达到，其差距不在本次评估范围内（用 --class " + nl + " 评估以列出）。",
                    "Class " + nl + " is not met; its gaps were not assessed in this run (assess --class " + nl
                            + " to list them).");
            b.append("<p class=\"none\">").append(Esc.html(why)).append("</p>\n</section>\n");
            return;
        }
        List<Finding> bl = r.blockers(next);
        b.append("<p>").append(Esc.html(l.t("达到" + l.className(next) + "须解决以下 " + bl.size() + " 项必须条款：",
                bl.size() + " mandatory clauses of class " + next + " do not pass yet:"))).append("</p>\n");
        b.append("<table class=\"blockers\">\n<tr><th>").append(Esc.html(l.t("条款", "Clause"))).append("</th><th>")
                .append(Esc.html(l.t("结果", "Status"))).append("</th><th>").append(Esc.html(l.t("条款内容", "Clause text")))
                .append("</th><th>").append(Esc.html(l.t("情况说明", "Situation"))).append("</th></tr>\n");
        for (Finding f : bl) {
            b.append("<tr data-clause=\"").append(Esc.html(f.clause())).append("\"><td><a href=\"#f")
                    .append(Esc.html(f.clause())).append("\">").append(Esc.html(f.clause())).append("</a></td><td>")
                    .append(badge(l, f.status())).append("</td><td>").append(Esc.html(v.clause(f).text()))
                    .append("</td><td>").append(Esc.html(v.situation(f))).append("</td></tr>\n");
        }
        b.append("</table>\n</section>\n");
    }

    private static String badge(Lang l, Status s) {
        return "<span class=\"badge " + HtmlPage.statusClass(s) + "\">" + Esc.html(l.status(s)) + "</span>";
    }

    private static void findings(ReportView v, StringBuilder b) {
        Lang l = v.lang();
        b.append("<section id=\"all\">\n<h2>").append(Esc.html(l.t("全部评估结果", "All findings"))).append("</h2>\n");
        b.append("<form id=\"filters\" class=\"noprint\" autocomplete=\"off\">\n<fieldset><legend>")
                .append(Esc.html(l.t("结果", "Status"))).append("</legend>\n");
        for (Status s : Status.values()) {
            b.append("<label><input type=\"checkbox\" name=\"status\" value=\"").append(s.name()).append("\" checked> ")
                    .append(badge(l, s)).append("</label>\n");
        }
        b.append("</fieldset>\n<fieldset><legend>").append(Esc.html(l.t("类别", "Class"))).append("</legend>\n");
        for (int c : v.report().classes()) {
            b.append("<label><input type=\"checkbox\" name=\"class\" value=\"").append(c).append("\" checked> ")
                    .append(Esc.html(l.className(c))).append("</label>\n");
        }
        b.append("</fieldset>\n<fieldset><legend>").append(Esc.html(l.t("搜索", "Search"))).append("</legend>\n")
                .append("<input type=\"search\" id=\"q\" placeholder=\"")
                .append(Esc.html(l.t("条款号或文字", "clause id or text"))).append("\">\n</fieldset>\n<p>")
                .append(Esc.html(l.t("显示", "Showing"))).append(" <output id=\"shown\">")
                .append(v.report().findings().size()).append("</output> / ").append(v.report().findings().size())
                .append("</p>\n</form>\n");
        b.append("<table id=\"findings\">\n<thead><tr><th>").append(Esc.html(l.t("条款", "Clause"))).append("</th><th>")
                .append(Esc.html(l.t("类别", "Class"))).append("</th><th>").append(Esc.html(l.t("章节", "Chapter / section")))
                .append("</th><th>").append(Esc.html(l.t("结果", "Status"))).append("</th><th>")
                .append(Esc.html(l.t("条款内容", "Clause text"))).append("</th><th>")
                .append(Esc.html(l.t("情况说明", "Situation"))).append("</th><th>")
                .append(Esc.html(l.t("证明材料", "Evidence"))).append("</th></tr></thead>\n<tbody>\n");
        for (ReportView.Item it : v.items()) {
            Finding f = it.finding();
            String[] p = f.clause().split("\\.");
            b.append("<tr id=\"f").append(Esc.html(f.clause())).append("\" data-status=\"").append(f.status().name())
                    .append("\" data-class=\"").append(f.classLevel()).append("\"><td class=\"mono\">")
                    .append(Esc.html(f.clause())).append("<br><span class=\"muted\">")
                    .append(Esc.html(l.mandatory(f.mandatory()))).append("</span></td><td>")
                    .append(Esc.html(l.className(f.classLevel()))).append("</td><td>")
                    .append(Esc.html(l.title(p[1], it.clause().chapter()))).append("<br><span class=\"muted\">")
                    .append(Esc.html(l.title(p[1] + "." + p[2], it.clause().section()))).append("</span></td><td>")
                    .append(badge(l, f.status())).append("</td><td>").append(Esc.html(it.clause().text()))
                    .append("</td><td>").append(Esc.html(v.situation(f)));
            if (!f.situation().isBlank() && !f.message().isBlank()) {
                b.append("<br><span class=\"muted\">").append(Esc.html(f.message())).append("</span>");
            }
            if (f.waiver() != null && !f.waiver().isBlank()) {
                b.append("<br><span class=\"muted\">").append(Esc.html(l.t("豁免：", "Waiver: ") + f.waiver()))
                        .append("</span>");
            }
            b.append("</td><td>");
            if (!f.evidence().isEmpty()) {
                b.append("<details><summary>").append(f.evidence().size()).append(Esc.html(l.t(" 项", " documents")))
                        .append("</summary><ol>");
                f.evidence().forEach(e -> b.append("<li>").append(Esc.html(e)).append("</li>"));
                b.append("</ol></details>");
            }
            b.append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n</section>\n");
    }

    /** The company's own controls (custom DRL), apart from the guideline's clauses: class 0, not in any filter. */
    private static void custom(ReportView v, StringBuilder b) {
        if (v.custom().isEmpty()) {
            return;
        }
        Lang l = v.lang();
        b.append("<section id=\"custom\">\n<h2>").append(Esc.html(l.t("自定义控制项（公司自有规则，不计入达到类别）",
                "Custom controls (the company's own rules; not counted in the achieved class)"))).append("</h2>\n");
        b.append("<table id=\"custom-findings\">\n<tr><th>").append(Esc.html(l.t("控制项", "Control"))).append("</th><th>")
                .append(Esc.html(l.t("结果", "Status"))).append("</th><th>").append(Esc.html(l.t("规则", "Rule")))
                .append("</th><th>").append(Esc.html(l.t("情况说明", "Situation"))).append("</th></tr>\n");
        for (Finding f : v.custom()) {
            b.append("<tr data-status=\"").append(f.status().name()).append("\"><td class=\"mono\">")
                    .append(Esc.html(ReportView.customTitle(f))).append("</td><td>").append(badge(l, f.status())).append("</td><td>")
                    .append(Esc.html(f.rule())).append("</td><td>").append(Esc.html(v.situation(f))).append("</td></tr>\n");
        }
        b.append("</table>\n</section>\n");
    }

    private static final String CSS = """
            [hidden]{display:none!important}
            header table.meta td{font-family:ui-monospace,Menlo,Consolas,monospace;word-break:break-all}
            #status-chart{max-width:100%;height:auto}#status-chart text{fill:#1a1a1a}#status-chart text.muted{fill:#5f6368}
            #filters{display:flex;flex-wrap:wrap;gap:.5em 1em;align-items:flex-end;position:sticky;top:0;background:#fff;padding:.4em 0;border-bottom:1px solid var(--line)}
            #filters fieldset{border:1px solid var(--line);padding:.2em .6em}#filters label{margin-right:.6em;white-space:nowrap}
            #filters p{margin:0}#findings{width:100%;font-size:.92em}#findings td:nth-child(5){min-width:16em}
            #findings details ol{margin:.2em 0;padding-left:1.4em}
            """;

    /** Plain JavaScript: filters the findings table by status, class and text; keeps the filter in the URL fragment. */
    static final String SCRIPT = """
            (function () {
              'use strict';
              var table = document.getElementById('findings');
              if (!table) { return; }
              var rows = Array.prototype.slice.call(table.tBodies[0].rows);
              var boxes = Array.prototype.slice.call(document.querySelectorAll('#filters input[type=checkbox]'));
              var q = document.getElementById('q');
              var shown = document.getElementById('shown');
              function selected(name) {
                var out = {};
                boxes.forEach(function (b) { if (b.name === name && b.checked) { out[b.value] = true; } });
                return out;
              }
              function values(name) {
                return boxes.filter(function (b) { return b.name === name && b.checked; })
                  .map(function (b) { return b.value; }).join(',');
              }
              function apply(writeHash) {
                var st = selected('status'), cl = selected('class');
                var text = (q.value || '').trim().toLowerCase();
                var n = 0;
                rows.forEach(function (r) {
                  var ok = st[r.getAttribute('data-status')] === true && cl[r.getAttribute('data-class')] === true
                    && (text === '' || r.textContent.toLowerCase().indexOf(text) >= 0);
                  r.hidden = !ok;
                  if (ok) { n++; }
                });
                shown.textContent = String(n);
                if (writeHash && window.history && history.replaceState) {
                  try { history.replaceState(null, '', '#status=' + values('status') + '&class=' + values('class')); }
                  catch (e) { /* file: URLs in some browsers */ }
                }
              }
              function fromHash() {
                var h = (location.hash || '').replace(/^#/, '');
                if (h === '') { return; }
                h.split('&').forEach(function (kv) {
                  var i = kv.indexOf('=');
                  if (i < 0) { return; }
                  var key = kv.substring(0, i), vals = decodeURIComponent(kv.substring(i + 1)).split(',');
                  if (key !== 'status' && key !== 'class') { return; }
                  boxes.forEach(function (b) { if (b.name === key) { b.checked = vals.indexOf(b.value) >= 0; } });
                });
              }
              boxes.forEach(function (b) { b.addEventListener('change', function () { apply(true); }); });
              q.addEventListener('input', function () { apply(false); });
              document.getElementById('filters').addEventListener('submit', function (e) { e.preventDefault(); });
              fromHash();
              apply(false);
              document.documentElement.setAttribute('data-fitg-ready', String(rows.length));
            })();
            """;
}
