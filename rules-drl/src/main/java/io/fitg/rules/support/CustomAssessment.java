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
 * The context custom (user-supplied) DRL rules see: the as-of date and a way to record findings under the user's
 * own control ids. Custom rules run in their own session over the same facts; they cannot see or change the
 * decisions of the built-in rules (the built-in rule set is sealed).
 *
 * <pre>
 * rule "ACME-IT-7 tech staff at least 10"
 * when
 *     $a : CustomAssessment()
 *     $n : Long() from accumulate( StaffMember( hqTech() ), count(1) )
 * then
 *     $a.control("ACME-IT-7", "总部技术人员不少于10人").expected("&gt;= 10").observed($n + "").decide($n &gt;= 10);
 * end
 * </pre>
 */
public final class CustomAssessment {
    private final LocalDate asOf;
    private final Map<String, Decision> decisions = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<String> conflicts = Collections.synchronizedList(new ArrayList<>());
    private final Assessment sink;

    public CustomAssessment(LocalDate asOf) {
        this.asOf = asOf;
        this.sink = new Assessment(asOf, "custom", Map.of());
    }

    public LocalDate asOf() {
        return asOf;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    /** Starts a decision on the user's control {@code id} with a title (its text). */
    public Verdict control(String id, String title) {
        Clause pseudo = new Clause(id, "custom", 0, true, false, "custom", "custom", title, "custom." + id,
                "custom", Map.of());
        return sink.clause(pseudo);
    }

    /** The custom decisions recorded, by control id (first decision wins; later ones are conflicts). */
    public Map<String, Decision> decisions() {
        return sink.decisions();
    }

    public List<String> conflicts() {
        return sink.conflicts();
    }

    /** Shorthand: a custom control with a plain status. */
    public void status(String id, String title, Status status, String message) {
        control(id, title).message(message).status(status);
    }
}
