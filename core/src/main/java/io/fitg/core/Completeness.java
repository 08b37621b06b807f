package io.fitg.core;

import io.fitg.api.Catalog;
import io.fitg.api.Clause;
import io.fitg.api.Finding;
import io.fitg.api.Report;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The completeness invariant, checked after every assessment: exactly one finding per catalog clause of every
 * assessed class. A violation is an internal error, never a quiet gap.
 */
final class Completeness {
    private Completeness() {
    }

    static void check(Catalog catalog, Report report) {
        List<Integer> classes = report.classes();
        Set<String> expected = new HashSet<>();
        for (Clause c : catalog.clauses()) {
            if (classes.contains(c.classLevel())) {
                expected.add(c.id());
            }
        }
        Set<String> seen = new HashSet<>();
        for (Finding f : report.findings()) {
            if (!seen.add(f.clause())) {
                throw new IllegalStateException("completeness violated: two findings for clause " + f.clause());
            }
            if (!expected.contains(f.clause())) {
                throw new IllegalStateException("completeness violated: finding for unassessed clause " + f.clause());
            }
        }
        if (!seen.equals(expected)) {
            expected.removeAll(seen);
            throw new IllegalStateException("completeness violated: no finding for " + expected);
        }
    }
}
