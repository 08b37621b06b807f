package io.fitg.rules.support;

import io.fitg.api.Clause;
import io.fitg.api.Status;
import io.fitg.model.Identified;

import java.util.Collection;
import java.util.List;

/**
 * A fluent decision on one clause, used from rule consequences:
 * <pre>
 *   $a.clause($c).rule(drools.getRule().getName())
 *       .expected("技术人员占总部人数不少于 8%").observed("12 / 150 = 8.0%")
 *       .facts($co).decide(ratio &gt;= min);
 * </pre>
 * Terminal calls: {@link #decide(boolean)}, {@link #compliant()}, {@link #nonCompliant()},
 * {@link #notApplicable(String)}, {@link #insufficient(String)}, {@link #status(Status)}.
 */
public final class Verdict {
    private final Assessment assessment;
    private final Clause clause;
    private String rule;
    private String message;
    private String expected = "";
    private String observed = "";
    private String situation = "";
    /** Cited facts in first-cited order; a set, so citing a roster of thousands stays linear. */
    private final java.util.LinkedHashSet<String> facts = new java.util.LinkedHashSet<>();

    Verdict(Assessment assessment, Clause clause) {
        this.assessment = assessment;
        this.clause = clause;
        this.rule = clause.rule();
    }

    /** The rule's name (defaults to the catalog's rule name for the clause). */
    public Verdict rule(String ruleName) {
        this.rule = ruleName;
        return this;
    }

    public Verdict expected(String text) {
        this.expected = text == null ? "" : text;
        return this;
    }

    public Verdict observed(String text) {
        this.observed = text == null ? "" : text;
        return this;
    }

    public Verdict message(String text) {
        this.message = text;
        return this;
    }

    /** 情况说明 in Chinese, written from the company's facts. */
    public Verdict situation(String zh) {
        this.situation = zh == null ? "" : zh;
        return this;
    }

    /** Cites facts: {@link Identified} objects by id, strings as given, collections element by element. */
    public Verdict facts(Object... items) {
        for (Object o : items) {
            addFact(o);
        }
        return this;
    }

    /**
     * Cites {@code items} only when nothing is cited yet: the records a check looked at, for a decision that names
     * no particular failing or unknown one (a COMPLIANT finding rests on all of them).
     */
    public Verdict factsIfNone(Object... items) {
        if (facts.isEmpty()) {
            facts(items);
        }
        return this;
    }

    private void addFact(Object o) {
        if (o == null) {
            return;
        }
        if (o instanceof Collection<?> c) {
            c.forEach(this::addFact);
        } else if (o instanceof Identified i) {
            if (i.id() != null) {
                facts.add(i.id());
            }
        } else {
            facts.add(o.toString());
        }
    }

    /** COMPLIANT when {@code ok}, NON_COMPLIANT otherwise. */
    public void decide(boolean ok) {
        status(ok ? Status.COMPLIANT : Status.NON_COMPLIANT);
    }

    /** COMPLIANT / NON_COMPLIANT / INSUFFICIENT_DATA for true / false / null. */
    public void decide(Boolean ok, String missing) {
        if (ok == null) {
            insufficient(missing);
        } else {
            decide(ok.booleanValue());
        }
    }

    /** Decides from a three-valued {@link Tri}. */
    public void decide(Tri t, String missing) {
        switch (t) {
            case TRUE -> decide(true);
            case FALSE -> decide(false);
            case UNKNOWN -> insufficient(missing);
        }
    }

    public void compliant() {
        status(Status.COMPLIANT);
    }

    public void nonCompliant() {
        status(Status.NON_COMPLIANT);
    }

    /** NOT_APPLICABLE: only for the clause's own condition not holding; {@code why} names that condition. */
    public void notApplicable(String why) {
        this.message = why;
        status(Status.NOT_APPLICABLE);
    }

    /** INSUFFICIENT_DATA: {@code missing} names the profile fields that would decide it. */
    public void insufficient(String missing) {
        this.message = "missing data: " + missing;
        if (observed.isEmpty()) {
            observed = "not stated";
        }
        status(Status.INSUFFICIENT_DATA);
    }

    public void status(Status status) {
        String msg = message;
        if (msg == null) {
            msg = switch (status) {
                case COMPLIANT -> withDetail("meets the requirement");
                case NON_COMPLIANT -> withDetail("does not meet the requirement");
                default -> status.name();
            };
        }
        if (facts.isEmpty() && (status == Status.COMPLIANT || status == Status.NON_COMPLIANT)) {
            // a decision that names no particular record rests on its chapter's part of the profile
            String section = section(clause.requirement());
            if (section != null) {
                facts.add(section);
            }
        }
        assessment.record(new Decision(clause, status, msg, expected, observed, List.copyOf(facts), rule, situation));
    }

    /** The profile section a requirement's facts come from (its id as a fact), by the requirement key's chapter. */
    static String section(String requirement) {
        int dot = requirement == null ? -1 : requirement.indexOf('.');
        return dot < 0 ? null : switch (requirement.substring(0, dot)) {
            case "management", "trading", "security", "operations", "backup", "maintenance" ->
                    requirement.substring(0, dot);
            case "machine-room" -> "machineRooms";
            case "branch" -> "branches";
            default -> null;    // custom controls cite what their rules cite
        };
    }

    /**
     * {@code head: expected …; observed …}. One string of the exact size ({@code String.join} measures its parts
     * first): with the inline string concatenation the build uses, {@code +} grew a builder several times and widened
     * it at the first Chinese character, which made this the largest single allocation of a warm assessment.
     */
    private String withDetail(String head) {
        if (expected.isEmpty() && observed.isEmpty()) {
            return head;
        }
        return String.join("", head, ": expected ", expected, "; observed ", observed);
    }
}
