package io.fitg.cli;

import io.fitg.api.Catalog;
import io.fitg.api.Clause;
import io.fitg.api.Finding;
import io.fitg.api.Report;
import io.fitg.api.Status;

import java.util.Map;

/** Plain-text renderings for a terminal. */
final class Texts {
    private Texts() {
    }

    static String catalog(Catalog c) {
        StringBuilder sb = new StringBuilder();
        sb.append("《期货公司信息技术管理指引》 edition ").append(c.edition()).append(" (").append(c.version()).append("), ")
                .append(c.clauses().size()).append(" clauses\n");
        String chapter = null;
        for (Clause cl : c.clauses()) {
            String ch = cl.classLevel() + "/" + cl.chapter();
            if (!ch.equals(chapter)) {
                chapter = ch;
                sb.append("\n== class ").append(cl.classLevel()).append(" · ").append(cl.chapter()).append('\n');
            }
            sb.append(cl.id()).append(cl.mandatory() ? " [必须]" : " [可选]").append(cl.isNew() ? "[新增] " : "[延续] ")
                    .append(cl.text()).append("  {").append(cl.requirement()).append("}\n");
        }
        return sb.toString();
    }

    static String report(Report r) {
        StringBuilder sb = new StringBuilder();
        sb.append("fitg assessment of ").append(r.company()).append(" as of ").append(r.asOf())
                .append(" (edition ").append(r.edition()).append(")\n");
        sb.append("achieved class: ").append(r.achievedClass()).append("\n\n");
        sb.append(String.format("%-6s %10s %14s %15s %18s %7s%n", "class", "COMPLIANT", "NON_COMPLIANT", "NOT_APPLICABLE",
                "INSUFFICIENT_DATA", "WAIVED"));
        for (Map.Entry<Integer, Map<Status, Integer>> e : r.summary().entrySet()) {
            Map<Status, Integer> m = e.getValue();
            sb.append(String.format("%-6d %10d %14d %15d %18d %7d%n", e.getKey(), m.get(Status.COMPLIANT),
                    m.get(Status.NON_COMPLIANT), m.get(Status.NOT_APPLICABLE), m.get(Status.INSUFFICIENT_DATA),
                    m.get(Status.WAIVED)));
        }
        sb.append('\n');
        for (Finding f : r.findings()) {
            if (f.status() == Status.COMPLIANT || f.status() == Status.NOT_APPLICABLE) {
                continue;
            }
            sb.append(String.format("%-9s %-18s %s%s: %s%n", f.clause(), f.status(), f.mandatory() ? "" : "(optional) ",
                    f.requirement(), f.message()));
        }
        return sb.toString();
    }
}
