package io.fitg.core;

import io.fitg.api.Clause;
import io.fitg.model.Identified;
import io.fitg.rules.support.Assessment;
import io.fitg.rules.support.Collected;
import org.kie.api.runtime.rule.Match;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Records the facts the rule of one clause matched when it fired (for {@code explain}). */
final class MatchRecorder extends DefaultAgendaEventListener {
    private final Clause clause;
    private final List<String> facts = new ArrayList<>();

    MatchRecorder(Clause clause) {
        this.clause = clause;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        if (!event.getMatch().getRule().getName().equals(clause.rule())) {
            return;
        }
        // a rule matches its facts once and decides every clause of its requirement in the consequence, so the
        // facts it matched are those of the explained clause
        Match match = event.getMatch();
        boolean listsDescribed = false;
        for (Object o : match.getObjects()) {
            if (o instanceof Assessment || o instanceof Clause) {
                continue;
            }
            if (o instanceof Collected collected) {
                // the lists the rule bound from it ("every room", "the security section, if given"), once even
                // when the rule matches it in two patterns
                if (listsDescribed) {
                    continue;
                }
                listsDescribed = true;
                for (String id : match.getDeclarationIds()) {
                    Object v = match.getDeclarationValue(id);
                    if (collected.holds(v)) {
                        facts.add(describe(v));
                    }
                }
                continue;
            }
            facts.add(describe(o));
        }
    }

    static String describe(Object o) {
        if (o instanceof Collection<?> c) {
            List<String> ids = new ArrayList<>();
            for (Object x : c) {
                ids.add(x instanceof Identified i ? i.id() : String.valueOf(x));
            }
            return "collection of " + c.size() + ": " + ids;
        }
        String s = String.valueOf(o);
        if (s.length() > 400) {
            s = s.substring(0, 400) + "…";
        }
        if (o instanceof Identified i) {
            return o.getClass().getSimpleName() + " " + i.id() + ": " + s;
        }
        return o.getClass().getSimpleName() + ": " + s;
    }

    List<String> facts() {
        return List.copyOf(facts);
    }
}
