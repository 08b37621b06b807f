package io.fitg.rules.operations;

import io.fitg.rules.support.Tri;
import io.fitg.rules.support.Verdict;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Accumulates the parts of one x.5 decision: what was seen (English for {@code observed}, Chinese for the 情况说明),
 * what fails and which profile fields are missing. A failing part makes the clause NON_COMPLIANT even when another
 * part's data is missing; otherwise a missing part makes it INSUFFICIENT_DATA.
 */
public final class Check {
    private Tri result = Tri.TRUE;
    private final List<String> en = new ArrayList<>();
    private final List<String> zh = new ArrayList<>();
    private final List<String> missing = new ArrayList<>();

    /** Records something seen that does not change the outcome. */
    public Check note(String en, String zh) {
        add(en, zh);
        return this;
    }

    /** Records a shortfall: the clause is not met. */
    public Check fail(String en, String zh) {
        result = result.and(Tri.FALSE);
        add(en, zh);
        return this;
    }

    /** Records that {@code field} is needed and not stated. */
    public Check unknown(String field, String en, String zh) {
        result = result.and(Tri.UNKNOWN);
        if (!missing.contains(field)) {
            missing.add(field);
        }
        add(en, zh);
        return this;
    }

    /** Shorthand for a field that is not stated at all. */
    public Check missing(String field, String whatZh) {
        return unknown(field, field + " not stated", "未提供" + whatZh);
    }

    private void add(String e, String z) {
        if (e != null && !e.isEmpty()) {
            en.add(e);
        }
        if (z != null && !z.isEmpty()) {
            zh.add(z);
        }
    }

    public Tri result() {
        return result;
    }

    public String observed() {
        return String.join("; ", en);
    }

    public String situation() {
        return zh.isEmpty() ? "" : String.join("；", zh) + "。";
    }

    public String missingFields() {
        return String.join(", ", missing);
    }

    /** Hands the outcome to a verdict: COMPLIANT, NON_COMPLIANT or INSUFFICIENT_DATA. */
    public void decide(Verdict v) {
        v.observed(observed()).situation(situation()).decide(result, missingFields());
    }

    /** At most {@code max} items, then "and N more" (findings stay readable for long lists). */
    public static String list(Collection<String> items, int max) {
        List<String> l = new ArrayList<>(items);
        if (l.size() <= max) {
            return String.join(", ", l);
        }
        return String.join(", ", l.subList(0, max)) + " and " + (l.size() - max) + " more";
    }

    /** The Chinese form of {@link #list}. */
    public static String listZh(Collection<String> items, int max) {
        List<String> l = new ArrayList<>(items);
        if (l.size() <= max) {
            return String.join("、", l);
        }
        return String.join("、", l.subList(0, max)) + "等" + l.size() + "项";
    }
}
