package io.fitg.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fitg.api.Clause;
import io.fitg.core.catalog.EditionDiff;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The JSON and text renderings of an {@link EditionDiff} ({@code fitg catalog --diff A B --class N}). */
public final class DiffReports {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private DiffReports() {
    }

    /**
     * <pre>
     * {"from": {"edition": "earlier", "class": 3, "clauses": 187}, "to": {"edition": "current", "class": 3, ...},
     *  "summary": {"tightened": 0, "relaxed": 0, "changed": 0, "added": 0, "removed": 0, "unchanged": 0},
     *  "requirements": [{"requirement": "...", "change": "tightened", "from": {clause}, "to": {clause},
     *                    "params": [{"name": "minPercent", "from": 6, "to": 8, "change": "tightened"}],
     *                    "mandatory": "tightened", "textChanged": false, "note": "..."}]}
     * </pre>
     */
    public static ObjectNode json(EditionDiff d) {
        ObjectNode root = F.objectNode();
        ObjectNode from = root.putObject("from");
        from.put("edition", d.from());
        from.put("class", d.fromClass());
        from.put("clauses", d.fromClauses());
        ObjectNode to = root.putObject("to");
        to.put("edition", d.to());
        to.put("class", d.toClass());
        to.put("clauses", d.toClauses());
        ObjectNode sum = root.putObject("summary");
        d.summary().forEach((k, v) -> sum.put(k.word(), v));
        ArrayNode arr = root.putArray("requirements");
        for (EditionDiff.Entry e : d.entries()) {
            ObjectNode o = arr.addObject();
            o.put("requirement", e.requirement());
            o.put("change", e.kind().word());
            o.set("from", clause(e.fromClause()));
            o.set("to", clause(e.toClause()));
            ArrayNode ps = o.putArray("params");
            for (EditionDiff.ParamChange p : e.params()) {
                ObjectNode po = ps.addObject();
                po.put("name", p.name());
                po.set("from", value(p.fromValue()));
                po.set("to", value(p.toValue()));
                po.put("fromText", p.fromText());
                po.put("toText", p.toText());
                po.put("change", p.kind().word());
            }
            if (e.mandatory() != null) {
                o.put("mandatory", e.mandatory().word());
            } else {
                o.putNull("mandatory");
            }
            o.put("textChanged", e.textChanged());
            o.put("note", e.note());
        }
        return root;
    }

    private static JsonNode clause(Clause c) {
        if (c == null) {
            return F.nullNode();
        }
        ObjectNode o = F.objectNode();
        o.put("clause", c.id());
        o.put("mandatory", c.mandatory());
        o.put("new", c.isNew());
        o.put("text", c.text());
        ObjectNode p = o.putObject("params");
        new TreeMap<>(c.params()).forEach((k, v) -> p.set(k, value(v)));
        return o;
    }

    private static JsonNode value(Object v) {
        if (v == null) {
            return F.nullNode();
        }
        if (v instanceof BigDecimal b) {
            return F.numberNode(b.stripTrailingZeros().scale() <= 0 ? new BigDecimal(b.toBigInteger()) : b);
        }
        if (v instanceof Boolean b) {
            return F.booleanNode(b);
        }
        if (v instanceof List<?> l) {
            ArrayNode a = F.arrayNode();
            l.forEach(x -> a.add(value(x)));
            return a;
        }
        return F.textNode(String.valueOf(v));
    }

    /** Plain text: a header, the counts, then every requirement that differs with its thresholds side by side. */
    public static String text(EditionDiff d) {
        StringBuilder sb = new StringBuilder();
        sb.append("《期货公司信息技术管理指引》 ").append(d.from()).append(" class ").append(d.fromClass()).append(" (")
                .append(d.fromClauses()).append(" clauses) → ").append(d.to()).append(" class ").append(d.toClass())
                .append(" (").append(d.toClauses()).append(" clauses)\n");
        Map<EditionDiff.Kind, Integer> s = d.summary();
        sb.append(String.join(", ", s.entrySet().stream().map(e -> e.getKey().word() + " " + e.getValue()).toList()))
                .append("\n");
        for (EditionDiff.Kind k : List.of(EditionDiff.Kind.TIGHTENED, EditionDiff.Kind.RELAXED, EditionDiff.Kind.CHANGED,
                EditionDiff.Kind.ADDED, EditionDiff.Kind.REMOVED)) {
            List<EditionDiff.Entry> es = d.entries().stream().filter(e -> e.kind() == k).toList();
            if (es.isEmpty()) {
                continue;
            }
            sb.append("\n== ").append(k.word()).append(" (").append(es.size()).append(")\n");
            for (EditionDiff.Entry e : es) {
                sb.append(e.requirement()).append("  ").append(id(e.fromClause())).append(" → ").append(id(e.toClause()))
                        .append('\n');
                for (EditionDiff.ParamChange p : e.params()) {
                    sb.append("    ").append(p.name()).append(": ").append(p.fromText()).append(" → ").append(p.toText())
                            .append("  (").append(p.kind().word()).append(")\n");
                }
                if (e.mandatory() != null) {
                    sb.append("    ").append(e.fromClause().mandatory() ? "[必须]" : "[可选]").append(" → ")
                            .append(e.toClause().mandatory() ? "[必须]" : "[可选]").append("  (").append(e.mandatory().word())
                            .append(")\n");
                }
                if (k == EditionDiff.Kind.ADDED) {
                    sb.append("    ").append(e.toClause().text()).append('\n');
                } else if (k == EditionDiff.Kind.REMOVED) {
                    sb.append("    ").append(e.fromClause().text()).append('\n');
                } else if (e.textChanged()) {
                    sb.append("    was: ").append(e.fromClause().text()).append('\n');
                    sb.append("    now: ").append(e.toClause().text()).append('\n');
                }
                if (!e.note().isEmpty()) {
                    sb.append("    note: ").append(e.note()).append('\n');
                }
            }
        }
        return sb.toString();
    }

    private static String id(Clause c) {
        return c == null ? "—" : c.id();
    }
}
