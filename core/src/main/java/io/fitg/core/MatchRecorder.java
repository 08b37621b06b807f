package io.fitg.core;

import io.fitg.api.Clause;
import io.fitg.model.Identified;
import io.fitg.rules.support.Assessment;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Records the facts a rule matched when it fired for one clause (for {@code explain}). */
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
        List<Object> objs = event.getMatch().getObjects();
        boolean forThisClause = objs.stream().anyMatch(o -> o instanceof Clause c && c.id().equals(clause.id()));
        if (!forThisClause) {
            return;
        }
        for (Object o : objs) {
            if (o instanceof Assessment || o instanceof Clause) {
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
