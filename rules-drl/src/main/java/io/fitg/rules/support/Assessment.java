package io.fitg.rules.support;

import io.fitg.api.Clause;
import io.fitg.api.Status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-assessment context, inserted as a fact. A rule sits in the agenda group named after its requirement
 * ({@code agenda-group "management.tech-staff-ratio"}), matches this context and the company's facts once
 * ({@code $a : Assessment()}), and decides each clause of its requirement in the consequence
 * ({@code for (Clause $c : $a.clauses("management.tech-staff-ratio")) { $a.clause($c)...decide(ok); }}).
 *
 * <p>Only the clauses of the assessed classes are handed out, and the engine gives the focus only to the groups of
 * requirements that have some; the rule of any other requirement is never evaluated (Drools evaluates a rule's
 * conditions lazily, when its group fires). Nothing of the catalog is inserted into the session, and the clauses
 * are not facts: the facts a rule joins are the company's alone.
 */
public final class Assessment {
    private final LocalDate asOf;
    private final String edition;
    private final Map<String, List<Clause>> clausesByRequirement;
    private final Map<String, Decision> decisions = new LinkedHashMap<>();
    private final List<String> conflicts = new ArrayList<>();

    public Assessment(LocalDate asOf, String edition, Map<String, List<Clause>> clausesByRequirement) {
        this.asOf = asOf;
        this.edition = edition;
        this.clausesByRequirement = clausesByRequirement;
    }

    /** The date every time-based clause is judged against. */
    public LocalDate getAsOf() {
        return asOf;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public String getEdition() {
        return edition;
    }

    /** The assessed clauses of one requirement (empty when none of its classes is assessed). */
    public List<Clause> clauses(String requirement) {
        return clausesByRequirement.getOrDefault(requirement, Collections.emptyList());
    }

    /** Starts a decision on {@code clause}. */
    public Verdict clause(Clause clause) {
        return new Verdict(this, clause);
    }

    synchronized void record(Decision d) {
        Decision prev = decisions.putIfAbsent(d.clause().id(), d);
        if (prev != null) {
            conflicts.add(d.clause().id() + " decided twice: by " + prev.rule() + " (" + prev.status() + ") and by "
                    + d.rule() + " (" + d.status() + ")");
        }
    }

    /** The decisions recorded so far, by clause id. */
    public Map<String, Decision> decisions() {
        return Collections.unmodifiableMap(decisions);
    }

    /** Clauses decided more than once (a rule-set bug the engine reports as an internal error). */
    public List<String> conflicts() {
        return List.copyOf(conflicts);
    }

    /** Shorthand used in DRL: decide a clause with a plain status. */
    public void status(Clause clause, Status status, String message) {
        clause(clause).message(message).status(status);
    }
}
