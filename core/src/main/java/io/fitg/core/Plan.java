package io.fitg.core;

import io.fitg.api.Catalog;
import io.fitg.api.Clause;
import io.fitg.api.Finding;
import io.fitg.api.Status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the clauses of one catalog are handed to the rules and how the rules' decisions come back as findings; built
 * once per edition (and per run for a tailoring, which changes clauses' parameters).
 *
 * <p><b>Shared decisions.</b> A requirement's rule decides a clause from the facts and the clause's parameters only
 * (what differs between classes is a parameter, docs/RULES.md). The clauses of one requirement whose parameters are
 * equal therefore get the same decision, so the rule is handed one of them — the first in catalog order — and its
 * decision is given to every clause of the group: 771 clauses are 224 rule firings. Nothing else of the clause
 * (id, class, mandatory flag) reaches a decision; {@code SharedDecisionsTest} compares every scenario with sharing
 * on and off, byte for byte.
 */
final class Plan {
    final Catalog catalog;
    /** Requirement key → the clauses its rule fires for. */
    final Map<String, List<Clause>> handedOut;
    /** Per catalog clause (catalog order): the id of the clause whose decision it takes. */
    final String[] decidedBy;
    /** Per catalog clause: the finding when no rule decided it (the same every time). */
    final Finding[] undecided;
    /** Per catalog clause: the evidence documents of its requirement. */
    final List<List<String>> evidence;
    /** The catalog's classes, ascending. */
    final List<Integer> classLevels;
    final int[] classOf;
    final boolean[] mandatory;
    /** How many rule firings the plan asks for. */
    final int firings;

    /** The plan of a catalog: clauses handed out once per requirement and parameter set when {@code share}. */
    Plan(Catalog catalog, Map<String, List<String>> docs, Set<String> ruleNames, boolean share) {
        this.catalog = catalog;
        List<Clause> clauses = catalog.clauses();
        int n = clauses.size();
        this.classLevels = catalog.classLevels();
        this.classOf = new int[n];
        this.mandatory = new boolean[n];
        this.undecided = new Finding[n];
        List<List<String>> ev = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Clause c = clauses.get(i);
            classOf[i] = c.classLevel();
            mandatory[i] = c.mandatory();
            List<String> d = docs.getOrDefault(c.id(), List.of());
            ev.add(d);
            undecided[i] = undecidedFinding(c, d, ruleNames.contains(c.rule()));
        }
        this.evidence = List.copyOf(ev);
        this.decidedBy = new String[n];
        this.handedOut = group(clauses, clauses, decidedBy, share);
        this.firings = count(handedOut);
    }

    /** The plan for a tailored run: the same catalog, with some clauses' parameters replaced. */
    Plan(Plan base, Map<String, Clause> tailored, boolean share) {
        this.catalog = base.catalog;
        this.classLevels = base.classLevels;
        this.classOf = base.classOf;
        this.mandatory = base.mandatory;
        this.undecided = base.undecided;
        this.evidence = base.evidence;
        List<Clause> clauses = catalog.clauses();
        List<Clause> effective = new ArrayList<>(clauses.size());
        for (Clause c : clauses) {
            effective.add(tailored.getOrDefault(c.id(), c));
        }
        this.decidedBy = new String[clauses.size()];
        this.handedOut = group(clauses, effective, decidedBy, share);
        this.firings = count(handedOut);
    }

    /** The plan restricted to some requirements: the other rules are handed no clause and do not fire. */
    Plan(Plan base, Set<String> requirements) {
        this.catalog = base.catalog;
        this.classLevels = base.classLevels;
        this.classOf = base.classOf;
        this.mandatory = base.mandatory;
        this.undecided = base.undecided;
        this.evidence = base.evidence;
        this.decidedBy = base.decidedBy;
        Map<String, List<Clause>> m = new LinkedHashMap<>();
        base.handedOut.forEach((req, cs) -> {
            if (requirements.contains(req)) {
                m.put(req, cs);
            }
        });
        this.handedOut = Map.copyOf(m);
        this.firings = count(handedOut);
    }

    private record Key(String requirement, String rule, Map<String, Object> params) {
    }

    private static Map<String, List<Clause>> group(List<Clause> clauses, List<Clause> effective, String[] decidedBy,
                                                   boolean share) {
        Map<String, List<Clause>> byReq = new LinkedHashMap<>();
        Map<Key, Clause> representative = new HashMap<>();
        for (int i = 0; i < clauses.size(); i++) {
            Clause c = effective.get(i);
            Clause rep = share
                    ? representative.computeIfAbsent(new Key(c.requirement(), c.rule(), c.params()), k -> c)
                    : c;
            if (rep == c) {
                byReq.computeIfAbsent(c.requirement(), k -> new ArrayList<>()).add(c);
            }
            decidedBy[i] = rep.id();
        }
        byReq.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(byReq);
    }

    private static int count(Map<String, List<Clause>> m) {
        int n = 0;
        for (List<Clause> l : m.values()) {
            n += l.size();
        }
        return n;
    }

    /** The finding of a clause no rule decided. */
    private static Finding undecidedFinding(Clause c, List<String> docs, boolean ruleExists) {
        String msg = ruleExists
                ? "missing data: the facts rule " + c.rule() + " needs are not in the profile"
                : "no rule decides this clause yet (" + c.rule() + ")";
        return new Finding(c.id(), c.classLevel(), c.requirement(), c.mandatory(), Status.INSUFFICIENT_DATA,
                msg, "", "not stated", List.of(), docs, c.rule(), "", null);
    }

    @Override
    public String toString() {
        return "Plan[" + catalog.edition() + ", " + catalog.clauses().size() + " clauses, " + firings + " firings]";
    }
}
