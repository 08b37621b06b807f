package io.fitg.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One clause of the guideline, as the catalog holds it: the verbatim text from the seed plus the requirement it
 * belongs to and the class-specific parameters the rule reads (a headcount, hours, days, a distance…).
 *
 * @param id          clause id exactly as in the guideline, e.g. {@code 2.1.1.3}
 * @param edition     {@code current} or {@code earlier}
 * @param classLevel  1 to 4 (一类…四类)
 * @param mandatory   [必须] true, [可选] false
 * @param isNew       [新增] true, [延续] false
 * @param chapter     chapter title, e.g. 技术管理
 * @param section     section title, e.g. 组织结构
 * @param text        the verbatim clause text (whitespace trimmed)
 * @param requirement stable requirement key shared by the same requirement across classes
 * @param rule        name of the DRL rule that decides it
 * @param params      class-specific parameters, every number of which appears in the clause text
 */
public record Clause(String id, String edition, int classLevel, boolean mandatory, boolean isNew,
                     String chapter, String section, String text, String requirement, String rule,
                     Map<String, Object> params) {

    public Clause {
        Objects.requireNonNull(id, "id");
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    /** The chapter number within a class: 1 (技术管理) … 8 (分支机构). */
    public int chapterNumber() {
        return Integer.parseInt(id.split("\\.")[1]);
    }

    /** The id without its class prefix, e.g. {@code x.1.1.3} for {@code 2.1.1.3}. */
    public String sectionPath() {
        String[] p = id.split("\\.");
        return p[1] + "." + p[2];
    }

    public boolean hasParam(String name) {
        return params.containsKey(name);
    }

    /**
     * A boolean parameter, or {@code absent} when the clause does not carry it. Used where one edition's wording asks
     * for less (or more) than another's and the same rule serves both, e.g. {@code departureManagement: false} on the
     * earlier edition's clause that asks for confidentiality agreements only.
     */
    public boolean flag(String name, boolean absent) {
        Object v = params.get(name);
        if (v == null) {
            return absent;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        throw new IllegalStateException("clause " + id + ": parameter '" + name + "' is not a boolean");
    }

    /** A numeric parameter; fails loudly if the catalog does not carry it (a catalog bug, not a data gap). */
    public BigDecimal num(String name) {
        Object v = params.get(name);
        if (v == null) {
            throw new IllegalStateException("clause " + id + " has no parameter '" + name + "'");
        }
        return v instanceof BigDecimal b ? b : new BigDecimal(v.toString());
    }

    public int intParam(String name) {
        return num(name).intValueExact();
    }

    public double dbl(String name) {
        return num(name).doubleValue();
    }

    public String str(String name) {
        Object v = params.get(name);
        if (v == null) {
            throw new IllegalStateException("clause " + id + " has no parameter '" + name + "'");
        }
        return v.toString();
    }

    @SuppressWarnings("unchecked")
    public List<String> strList(String name) {
        Object v = params.get(name);
        if (v instanceof List<?> l) {
            return (List<String>) l;
        }
        throw new IllegalStateException("clause " + id + " has no list parameter '" + name + "'");
    }
}
