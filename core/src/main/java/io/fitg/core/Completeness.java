package io.fitg.core;

import io.fitg.api.Catalog;
import io.fitg.api.Clause;
import io.fitg.api.Finding;
import io.fitg.api.Report;

import java.util.List;

/**
 * The completeness invariant, checked after every assessment: exactly one finding per catalog clause of every
 * assessed class. A violation is an internal error, never a quiet gap.
 */
final class Completeness {
    private Completeness() {
    }

    static void check(Catalog catalog, Report report) {
        // findings are built in catalog order: walk both lists together (linear, no hashing)
        List<Integer> classes = report.classes();
        List<Finding> findings = report.findings();
        int i = 0;
        for (Clause c : catalog.clauses()) {
            if (!classes.contains(c.classLevel())) {
                continue;
            }
            if (i >= findings.size()) {
                throw new IllegalStateException("completeness violated: no finding for " + c.id());
            }
            Finding f = findings.get(i++);
            if (!f.clause().equals(c.id())) {
                throw new IllegalStateException("completeness violated: expected a finding for " + c.id()
                        + " but found " + f.clause());
            }
        }
        if (i != findings.size()) {
            throw new IllegalStateException("completeness violated: " + (findings.size() - i)
                    + " findings beyond the catalog's clauses, first " + findings.get(i).clause());
        }
    }
}
