package io.fitg.core.policy;

import io.fitg.api.Catalog;
import io.fitg.api.Clause;
import io.fitg.api.Finding;
import io.fitg.api.FitgInputException;
import io.fitg.api.Status;
import io.fitg.api.Waiver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Validates waivers against a catalog (before anything runs) and applies them to findings.
 *
 * <p>A waiver turns NON_COMPLIANT and INSUFFICIENT_DATA findings of the clauses it covers into WAIVED while it is
 * in force (its {@code expires} date is on or after the as-of date). An expired waiver changes nothing, and the
 * finding says it expired. COMPLIANT and NOT_APPLICABLE findings stay as they are.
 */
public final class Waivers {
    private Waivers() {
    }

    /** Rejects unknown clauses or requirements, missing justification/approver/expiry, and unmarked mandatory waivers. */
    public static void validate(List<Waiver> waivers, Catalog catalog, String source) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < waivers.size(); i++) {
            Waiver w = waivers.get(i);
            String at = "waivers[" + i + "]";
            if (w.id() == null || w.id().isBlank()) {
                throw new FitgInputException(source, at + ".id", "an id for the waiver");
            }
            if (!ids.add(w.id())) {
                throw new FitgInputException(source, at + ".id", "a unique id; '" + w.id() + "' is used twice");
            }
            if (w.justification() == null || w.justification().isBlank()) {
                throw new FitgInputException(source, at + ".justification", "a justification (why the exception is accepted)");
            }
            if (w.approver() == null || w.approver().isBlank()) {
                throw new FitgInputException(source, at + ".approver", "the approver's name");
            }
            if (w.expires() == null) {
                throw new FitgInputException(source, at + ".expires", "an expiry date (YYYY-MM-DD)");
            }
            if (w.clauses().isEmpty() && w.requirements().isEmpty()) {
                throw new FitgInputException(source, at, "at least one clause id or requirement key to cover");
            }
            List<Clause> covered = new ArrayList<>();
            for (int j = 0; j < w.clauses().size(); j++) {
                String id = w.clauses().get(j);
                Clause c = catalog.clause(id).orElseThrow(() -> new FitgInputException(source,
                        at + ".clauses[" + clauseIndex(w, id) + "]", "a clause id of the " + catalog.edition()
                        + " edition; there is no clause '" + id + "'"));
                covered.add(c);
            }
            for (int j = 0; j < w.requirements().size(); j++) {
                String key = w.requirements().get(j);
                List<Clause> cs = catalog.requirement(key);
                if (cs.isEmpty()) {
                    throw new FitgInputException(source, at + ".requirements[" + j + "]",
                            "a requirement key of the catalog; there is no requirement '" + key + "'");
                }
                covered.addAll(cs);
            }
            if (!w.allowsMandatory()) {
                for (Clause c : covered) {
                    if (c.mandatory()) {
                        throw new FitgInputException(source, at + ".mandatory", "true to waive mandatory clause "
                                + c.id() + " ([必须]): mandatory failures are waived only when the waiver says so explicitly");
                    }
                }
            }
        }
    }

    private static int clauseIndex(Waiver w, String id) {
        return w.clauses().indexOf(id);
    }

    /** Applies waivers to findings (in order; the first waiver in force that covers a clause wins). */
    public static List<Finding> apply(List<Finding> findings, List<Waiver> waivers, Catalog catalog, LocalDate asOf) {
        if (waivers.isEmpty()) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Clause c = catalog.clause(f.clause()).orElseThrow();
            Finding result = f;
            String expiredNote = null;
            for (Waiver w : waivers) {
                if (!w.covers(c)) {
                    continue;
                }
                if (!w.inForce(asOf)) {
                    expiredNote = "waiver " + w.id() + " expired on " + w.expires() + " and no longer applies";
                    continue;
                }
                if (f.status() == Status.NON_COMPLIANT || f.status() == Status.INSUFFICIENT_DATA) {
                    result = f.withStatus(Status.WAIVED, "waived by " + w.id() + " (approved by " + w.approver()
                            + ", until " + w.expires() + "): " + w.justification() + " — finding was " + f.status()
                            + ": " + f.message(), w.id());
                } else {
                    result = f.withStatus(f.status(), f.message(), w.id() + " (not needed: " + f.status() + ")");
                }
                expiredNote = null;
                break;
            }
            if (expiredNote != null && result == f) {
                result = f.withStatus(f.status(), f.message() + " (" + expiredNote + ")", expiredNote);
            }
            out.add(result);
        }
        return out;
    }
}
