package io.fitg.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fitg.api.Catalog;
import io.fitg.api.Clause;
import io.fitg.api.Finding;
import io.fitg.api.Report;
import io.fitg.api.Status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of the outward contract: {@code catalog --format json} and {@code assess --format json}. Field
 * order is fixed, so the same report always serialises to the same bytes.
 */
public final class JsonReports {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private JsonReports() {
    }

    public static ObjectNode catalog(Catalog catalog) {
        ObjectNode root = F.objectNode();
        root.put("edition", catalog.edition());
        root.put("version", catalog.version());
        ArrayNode arr = root.putArray("clauses");
        for (Clause c : catalog.clauses()) {
            arr.add(clause(c));
        }
        ObjectNode defs = root.putObject("definitions");
        catalog.definitions().forEach(defs::put);
        return root;
    }

    public static ObjectNode clause(Clause c) {
        ObjectNode o = F.objectNode();
        o.put("id", c.id());
        o.put("class", c.classLevel());
        o.put("mandatory", c.mandatory());
        o.put("new", c.isNew());
        o.put("chapter", c.chapter());
        o.put("section", c.section());
        o.put("text", c.text());
        o.put("requirement", c.requirement());
        o.put("rule", c.rule());
        ObjectNode p = o.putObject("params");
        new java.util.TreeMap<>(c.params()).forEach((k, v) -> p.set(k, value(v)));   // Map.copyOf has no stable order
        return o;
    }

    private static com.fasterxml.jackson.databind.JsonNode value(Object v) {
        if (v instanceof BigDecimal b) {
            return F.numberNode(b);
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

    public static ObjectNode report(Report r) {
        ObjectNode root = F.objectNode();
        root.put("company", r.company());
        root.put("edition", r.edition());
        root.put("asOf", r.asOf().toString());
        ArrayNode cls = root.putArray("classes");
        r.classes().forEach(cls::add);
        root.put("achievedClass", r.achievedClass());
        ArrayNode arr = root.putArray("findings");
        for (Finding f : r.findings()) {
            arr.add(finding(f));
        }
        ObjectNode summary = root.putObject("summary");
        for (Map.Entry<Integer, Map<Status, Integer>> e : r.summary().entrySet()) {
            ObjectNode s = summary.putObject(String.valueOf(e.getKey()));
            e.getValue().forEach((k, v) -> s.put(k.name(), v));
        }
        ObjectNode blockers = root.putObject("blockers");
        // the class above the achieved one; the earlier edition has class 3 only, so 0 there means class 3 is not met
        int next = r.achievedClass() > 0 ? r.achievedClass() + 1 : "earlier".equals(r.edition()) ? 3 : 1;
        if (r.classes().contains(next)) {
            ArrayNode b = blockers.putArray(String.valueOf(next));
            r.blockers(next).forEach(f -> b.add(f.clause()));
        }
        ObjectNode prov = root.putObject("provenance");
        r.provenance().forEach(prov::put);
        if (!r.customFindings().isEmpty()) {
            ArrayNode custom = root.putArray("customFindings");
            r.customFindings().forEach(f -> custom.add(finding(f)));
        }
        return root;
    }

    public static ObjectNode finding(Finding f) {
        ObjectNode o = F.objectNode();
        o.put("clause", f.clause());
        o.put("class", f.classLevel());
        o.put("requirement", f.requirement());
        o.put("mandatory", f.mandatory());
        o.put("status", f.status().name());
        o.put("message", f.message());
        o.put("expected", f.expected());
        o.put("observed", f.observed());
        ArrayNode facts = o.putArray("facts");
        f.facts().forEach(facts::add);
        ArrayNode ev = o.putArray("evidence");
        f.evidence().forEach(ev::add);
        o.put("rule", f.rule());
        if (!f.situation().isEmpty()) {
            o.put("situation", f.situation());
        }
        if (f.waiver() != null) {
            o.put("waiver", f.waiver());
        }
        if (!f.title().isEmpty()) {
            o.put("title", f.title());
        }
        return o;
    }

    public static String write(com.fasterxml.jackson.databind.JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
