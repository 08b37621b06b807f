package io.fitg.core.policy;

import io.fitg.api.Catalog;
import io.fitg.api.Clause;
import io.fitg.api.Finding;
import io.fitg.api.FitgInputException;
import io.fitg.api.Status;
import io.fitg.api.Tailoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates and applies a {@link Tailoring}.
 *
 * <p>Which way is stricter comes from the parameter's name: {@code min…} (at least: a higher value is stricter)
 * and {@code max…} (at most: a lower value is stricter), or from {@link #AT_LEAST} / {@link #AT_MOST} for the
 * catalog's other parameters (a test keeps every catalog parameter classified). A change to an unclassified
 * parameter cannot be shown to be stricter, so it is treated as a relaxation. A relaxation is refused unless marked {@code relaxation: true}; a
 * marked one is applied and listed in the report's provenance and in the finding's message.
 */
public final class Tailorings {
    private Tailorings() {
    }

    /** The validated effect of a tailoring on a catalog. */
    public record Applied(String name, Map<String, Clause> tailoredClauses, Map<String, String> notes,
                          Map<String, String> outOfScope, List<String> relaxations) {
        public static final Applied NONE = new Applied(null, Map.of(), Map.of(), Map.of(), List.of());

        public boolean isEmpty() {
            return tailoredClauses.isEmpty() && outOfScope.isEmpty();
        }
    }

    public static Applied validate(Tailoring t, Catalog catalog, String source) {
        if (t == null) {
            return Applied.NONE;
        }
        String name = t.name() == null || t.name().isBlank() ? "tailoring" : t.name();
        Map<String, Clause> tailored = new LinkedHashMap<>();
        Map<String, String> notes = new LinkedHashMap<>();
        Map<String, String> oos = new LinkedHashMap<>();
        List<String> relaxations = new ArrayList<>();
        for (int i = 0; i < t.thresholds().size(); i++) {
            Tailoring.Threshold th = t.thresholds().get(i);
            String at = "thresholds[" + i + "]";
            List<Clause> clauses = target(catalog, th.clause(), th.requirement(), source, at);
            if (th.params().isEmpty()) {
                throw new FitgInputException(source, at + ".params", "at least one parameter to tailor");
            }
            if (th.reason() == null || th.reason().isBlank()) {
                throw new FitgInputException(source, at + ".reason", "the reason for the tailored threshold");
            }
            for (Clause c : clauses) {
                Clause base = tailored.getOrDefault(c.id(), c);
                Map<String, Object> params = new LinkedHashMap<>(base.params());
                List<String> changes = new ArrayList<>();
                for (Map.Entry<String, BigDecimal> e : th.params().entrySet()) {
                    Object old = c.params().get(e.getKey());
                    if (!(old instanceof BigDecimal oldNum)) {
                        throw new FitgInputException(source, at + ".params." + e.getKey(), "a numeric parameter of clause "
                                + c.id() + "; it has " + numericParams(c));
                    }
                    BigDecimal nv = e.getValue();
                    if (nv == null) {
                        throw new FitgInputException(source, at + ".params." + e.getKey(), "a number, not null");
                    }
                    if (e.getKey().toLowerCase(java.util.Locale.ROOT).contains("percent")
                            && nv.compareTo(BigDecimal.valueOf(100)) > 0) {
                        throw new FitgInputException(source, at + ".params." + e.getKey(), "a percentage from 0 to 100, not "
                                + nv.toPlainString());
                    }
                    boolean relax = isRelaxation(e.getKey(), oldNum, nv);
                    if (relax && !Boolean.TRUE.equals(th.relaxation())) {
                        throw new FitgInputException(source, at + ".params." + e.getKey(), "a value at least as strict as "
                                + "the guideline's (" + e.getKey() + " = " + oldNum.toPlainString() + " in clause " + c.id()
                                + "); " + nv.toPlainString() + " relaxes it — refused unless the threshold is marked "
                                + "'relaxation: true'");
                    }
                    String change = e.getKey() + " " + nv.toPlainString() + " instead of " + oldNum.toPlainString();
                    if (relax) {
                        relaxations.add(c.id() + ": " + change + " (RELAXATION: " + th.reason() + ")");
                    }
                    changes.add(change);
                    params.put(e.getKey(), nv);
                }
                tailored.put(c.id(), new Clause(c.id(), c.edition(), c.classLevel(), c.mandatory(), c.isNew(), c.chapter(),
                        c.section(), c.text(), c.requirement(), c.rule(), params));
                notes.merge(c.id(), "tailored by " + name + ": " + String.join(", ", changes) + " (" + th.reason() + ")",
                        (a, b) -> a + "; " + b);
            }
        }
        for (int i = 0; i < t.outOfScope().size(); i++) {
            Tailoring.OutOfScope o = t.outOfScope().get(i);
            String at = "outOfScope[" + i + "]";
            List<Clause> clauses = target(catalog, o.clause(), o.requirement(), source, at);
            if (o.reason() == null || o.reason().isBlank()) {
                throw new FitgInputException(source, at + ".reason", "the reason the clause is out of scope");
            }
            for (Clause c : clauses) {
                if (c.mandatory() && !Boolean.TRUE.equals(o.relaxation())) {
                    throw new FitgInputException(source, at, "only optional clauses out of scope, or 'relaxation: true': "
                            + c.id() + " is mandatory ([必须]) and putting it out of scope relaxes the guideline");
                }
                if (c.mandatory()) {
                    relaxations.add(c.id() + ": out of scope (RELAXATION: " + o.reason() + ")");
                }
                oos.put(c.id(), "out of scope by tailoring " + name + (c.mandatory() ? " (RELAXATION)" : "") + ": "
                        + o.reason());
            }
        }
        return new Applied(name, Map.copyOf(tailored), Map.copyOf(notes), Map.copyOf(oos), List.copyOf(relaxations));
    }

    /** Parameters without a min/max prefix whose higher value is stricter (hours kept, retention, share of spend…). */
    public static final java.util.Set<String> AT_LEAST = java.util.Set.of("daysPerWeek", "hours", "hoursPerDay",
            "liaisons", "multiple", "netProfitPercent", "noBackupHours", "retentionDays", "retentionYears",
            "revenuePercent", "singleFeedBackupHours");
    /** Parameters without a min/max prefix whose lower value is stricter (recovery times, a permitted reduction). */
    public static final java.util.Set<String> AT_MOST = java.util.Set.of("rpoMinutes", "rpoSeconds", "rtoHours",
            "rtoMinutes", "hostedReduction");

    /** {@code +1} higher is stricter, {@code -1} lower is stricter, {@code 0} unknown. */
    public static int direction(String param) {
        if (param.startsWith("min") || AT_LEAST.contains(param)) {
            return 1;
        }
        if (param.startsWith("max") || AT_MOST.contains(param)) {
            return -1;
        }
        return 0;
    }

    static boolean isRelaxation(String param, BigDecimal old, BigDecimal nv) {
        int cmp = nv.compareTo(old);
        if (cmp == 0) {
            return false;
        }
        int dir = direction(param);
        return dir == 0 || cmp * dir < 0;
    }

    private static String numericParams(Clause c) {
        List<String> n = c.params().entrySet().stream().filter(e -> e.getValue() instanceof BigDecimal)
                .map(Map.Entry::getKey).toList();
        return n.isEmpty() ? "no numeric parameters" : "parameters " + n;
    }

    private static List<Clause> target(Catalog catalog, String clause, String requirement, String source, String at) {
        if ((clause == null) == (requirement == null)) {
            throw new FitgInputException(source, at, "exactly one of 'clause' or 'requirement'");
        }
        if (clause != null) {
            return List.of(catalog.clause(clause).orElseThrow(() -> new FitgInputException(source, at + ".clause",
                    "a clause id of the " + catalog.edition() + " edition; there is no clause '" + clause + "'")));
        }
        List<Clause> cs = catalog.requirement(requirement);
        if (cs.isEmpty()) {
            throw new FitgInputException(source, at + ".requirement",
                    "a requirement key of the catalog; there is no requirement '" + requirement + "'");
        }
        return cs;
    }

    /**
     * Out-of-scope clauses become NOT_APPLICABLE — the one documented case where NOT_APPLICABLE does not come from
     * the clause's own condition: the message starts "out of scope by tailoring NAME", the 情况说明 says 经裁剪列为不适用,
     * and the report's provenance names the tailoring. Tailored thresholds say so in their message.
     */
    public static List<Finding> apply(List<Finding> findings, Applied a) {
        if (a.isEmpty()) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            String oos = a.outOfScope().get(f.clause());
            if (oos != null) {
                // the one NOT_APPLICABLE that is not the clause's own condition: marked as tailoring in the message
                // and the 情况说明, with what the rule decided kept in the message
                out.add(new Finding(f.clause(), f.classLevel(), f.requirement(), f.mandatory(), Status.NOT_APPLICABLE,
                        oos + " (rule said " + f.status() + ": " + f.message() + ")", f.expected(), f.observed(),
                        f.facts(), f.evidence(), f.rule(), "经裁剪列为不适用（" + a.name() + "）："
                        + oos.substring(oos.indexOf(": ") + 2), f.waiver()));
                continue;
            }
            String note = a.notes().get(f.clause());
            out.add(note == null ? f : f.withStatus(f.status(), f.message() + " [" + note + "]", f.waiver()));
        }
        return out;
    }
}
