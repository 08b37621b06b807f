package io.fitg.reports;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fitg.api.Finding;
import io.fitg.api.Report;
import io.fitg.api.Status;
import io.fitg.core.io.JsonReports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed between two reports ({@code fitg diff OLD.json NEW.json}), clause by clause:
 * <ul>
 *   <li>{@code better} — the clause did not pass (NON_COMPLIANT, INSUFFICIENT_DATA) and now passes
 *       (COMPLIANT, NOT_APPLICABLE, WAIVED);</li>
 *   <li>{@code worse} — it passed and no longer does;</li>
 *   <li>{@code changed} — another change of status on the same side (e.g. INSUFFICIENT_DATA → NON_COMPLIANT,
 *       COMPLIANT → WAIVED);</li>
 *   <li>{@code added} / {@code removed} — the clause was assessed in only one of the two reports;</li>
 * </ul>
 * and the achieved class before and after.
 */
public final class ReportDiff {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    public enum Kind { BETTER, WORSE, CHANGED, ADDED, REMOVED }

    /** One clause's change; {@code before} or {@code after} is null for an added or removed clause. */
    public record Change(Kind kind, String clause, int classLevel, boolean mandatory, String requirement,
                         Status before, Status after, String message, String situation) {
        public Change(Kind kind, String clause, int classLevel, boolean mandatory, String requirement,
                      Status before, Status after, String message) {
            this(kind, clause, classLevel, mandatory, requirement, before, after, message, "");
        }

        /** The later finding's words in a language: its 情况说明 in Chinese when the rule wrote one, else the message. */
        public String text(Lang l) {
            return l == Lang.ZH && situation != null && !situation.isBlank() ? situation : message;
        }
    }

    /** The comparison. */
    public record Result(Report before, Report after, List<Change> changes, int unchanged) {
        public List<Change> of(Kind k) {
            return changes.stream().filter(c -> c.kind() == k).toList();
        }

        /** {@code up}, {@code down} or {@code same}. */
        public String classChange() {
            int d = Integer.compare(after.achievedClass(), before.achievedClass());
            return d > 0 ? "up" : d < 0 ? "down" : "same";
        }
    }

    private ReportDiff() {
    }

    public static Result compare(Report before, Report after) {
        Map<String, Finding> old = new LinkedHashMap<>();
        before.findings().forEach(f -> old.put(f.clause(), f));
        List<Change> changes = new ArrayList<>();
        int unchanged = 0;
        for (Finding n : after.findings()) {
            Finding o = old.remove(n.clause());
            if (o == null) {
                changes.add(new Change(Kind.ADDED, n.clause(), n.classLevel(), n.mandatory(), n.requirement(), null,
                        n.status(), n.message(), n.situation()));
                continue;
            }
            if (o.status() == n.status()) {
                unchanged++;
                continue;
            }
            Kind k = !o.status().passes() && n.status().passes() ? Kind.BETTER
                    : o.status().passes() && !n.status().passes() ? Kind.WORSE : Kind.CHANGED;
            changes.add(new Change(k, n.clause(), n.classLevel(), n.mandatory(), n.requirement(), o.status(), n.status(),
                    n.message(), n.situation()));
        }
        for (Finding o : old.values()) {
            changes.add(new Change(Kind.REMOVED, o.clause(), o.classLevel(), o.mandatory(), o.requirement(), o.status(),
                    null, o.message(), o.situation()));
        }
        return new Result(before, after, changes, unchanged);
    }

    // ---------------------------------------------------------------- JSON

    public static String json(Result r) {
        ObjectNode root = F.objectNode();
        root.set("before", side(r.before()));
        root.set("after", side(r.after()));
        ObjectNode ac = root.putObject("achievedClass");
        ac.put("before", r.before().achievedClass());
        ac.put("after", r.after().achievedClass());
        ac.put("change", r.classChange());
        ObjectNode counts = root.putObject("counts");
        for (Kind k : Kind.values()) {
            counts.put(k.name().toLowerCase(), r.of(k).size());
        }
        counts.put("unchanged", r.unchanged());
        for (Kind k : Kind.values()) {
            ArrayNode arr = root.putArray(k.name().toLowerCase());
            for (Change c : r.of(k)) {
                ObjectNode o = arr.addObject();
                o.put("clause", c.clause());
                o.put("class", c.classLevel());
                o.put("requirement", c.requirement());
                o.put("mandatory", c.mandatory());
                if (c.before() == null) {
                    o.putNull("before");
                } else {
                    o.put("before", c.before().name());
                }
                if (c.after() == null) {
                    o.putNull("after");
                } else {
                    o.put("after", c.after().name());
                }
                o.put("message", c.message());
            }
        }
        return JsonReports.write(root);
    }

    private static ObjectNode side(Report r) {
        ObjectNode o = F.objectNode();
        o.put("company", r.company());
        o.put("edition", r.edition());
        o.put("asOf", String.valueOf(r.asOf()));
        ArrayNode cls = o.putArray("classes");
        r.classes().forEach(cls::add);
        o.put("achievedClass", r.achievedClass());
        ObjectNode p = o.putObject("provenance");
        r.provenance().forEach(p::put);
        return o;
    }

    // ---------------------------------------------------------------- text

    public static String text(Result r, Lang l) {
        StringBuilder sb = new StringBuilder();
        sb.append(l.t("fitg 评估对比", "fitg report comparison")).append('\n');
        describe(sb, l.t("之前", "before"), r.before(), l);
        describe(sb, l.t("之后", "after"), r.after(), l);
        sb.append('\n').append(l.t("达到类别：", "Achieved class: "))
                .append(l.achieved(r.before().achievedClass(), ReportView.lowestClass(r.before(), null)))
                .append(" → ").append(l.achieved(r.after().achievedClass(), ReportView.lowestClass(r.after(), null))).append(' ')
                .append(switch (r.classChange()) {
                    case "up" -> l.t("（提高）", "(up)");
                    case "down" -> l.t("（下降）", "(down)");
                    default -> l.t("（不变）", "(unchanged)");
                }).append('\n');
        section(sb, r, Kind.BETTER, l.t("变好", "Better"), l);
        section(sb, r, Kind.WORSE, l.t("变差", "Worse"), l);
        section(sb, r, Kind.CHANGED, l.t("其他状态变化", "Other status changes"), l);
        section(sb, r, Kind.ADDED, l.t("仅在之后的报告中", "Only in the later report"), l);
        section(sb, r, Kind.REMOVED, l.t("仅在之前的报告中", "Only in the earlier report"), l);
        sb.append('\n').append(l.t("未变：", "Unchanged: ")).append(r.unchanged()).append('\n');
        return sb.toString();
    }

    private static void describe(StringBuilder sb, String label, Report r, Lang l) {
        sb.append("  ").append(label).append(l.t("：", ": ")).append(Esc.oneLine(r.company())).append(l.t("，基准日 ", ", as of "))
                .append(r.asOf()).append(l.t("，版本 ", ", edition ")).append(r.edition());
        String cat = r.provenance().get(Report.CATALOG);
        if (cat != null) {
            sb.append(l.t("，目录 ", ", catalog ")).append(cat);
        }
        String engine = r.provenance().get(Report.ENGINE);
        if (engine != null) {
            sb.append(l.t("，引擎 ", ", engine ")).append(engine);
        }
        String sha = r.provenance().get(Report.PROFILE_SHA256);
        if (sha != null) {
            sb.append(l.t("，档案 SHA-256 ", ", profile SHA-256 ")).append(sha);
        }
        sb.append('\n');
    }

    private static void section(StringBuilder sb, Result r, Kind k, String title, Lang l) {
        List<Change> cs = r.of(k);
        if (cs.isEmpty()) {
            return;
        }
        sb.append('\n').append(title).append(l.t("（" + cs.size() + " 项）：", " (" + cs.size() + "):")).append('\n');
        for (Change c : cs) {
            sb.append(String.format("  %-9s %-5s %-9s %s → %s  %s\n", c.clause(), l.className(c.classLevel()),
                    l.mandatory(c.mandatory()), c.before() == null ? "—" : l.status(c.before()),
                    c.after() == null ? "—" : l.status(c.after()), Esc.oneLine(c.text(l))));
        }
    }
}
