package io.fitg.rules.trading;

import io.fitg.api.Status;
import io.fitg.rules.support.Tri;
import io.fitg.rules.support.Verdict;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The outcome of one x.3 check, computed in plain Java (so that it can be unit-tested) and then handed to the
 * clause's {@link Verdict} by the DRL rule: {@code TradingChecks.x($t).applyTo($a.clause($c))}.
 */
public final class Check {
    private Status status;
    private String expected = "";
    private String observed = "";
    private String situation = "";
    private String missing = "";
    private String reason = "";
    private final List<Object> facts = new ArrayList<>();

    private Check(String expected) {
        this.expected = expected == null ? "" : expected;
    }

    /** Starts a check with what the clause expects (English, with the class's parameters). */
    public static Check expecting(String expected) {
        return new Check(expected);
    }

    public Check observed(String text) {
        this.observed = text == null ? "" : text;
        return this;
    }

    /** 情况说明 (Chinese). */
    public Check situation(String zh) {
        this.situation = zh == null ? "" : zh;
        return this;
    }

    /** Cites facts (Identified objects by id, collections element by element). */
    public Check facts(Object... items) {
        for (Object o : items) {
            if (o instanceof Collection<?> c) {
                facts.addAll(c);
            } else if (o != null) {
                facts.add(o);
            }
        }
        return this;
    }

    public Check compliant() {
        return done(Status.COMPLIANT);
    }

    public Check nonCompliant() {
        return done(Status.NON_COMPLIANT);
    }

    public Check decide(boolean ok) {
        return done(ok ? Status.COMPLIANT : Status.NON_COMPLIANT);
    }

    /** COMPLIANT / NON_COMPLIANT / INSUFFICIENT_DATA (naming {@code missingFields}) for TRUE / FALSE / UNKNOWN. */
    public Check decide(Tri t, String missingFields) {
        return switch (t) {
            case TRUE -> compliant();
            case FALSE -> nonCompliant();
            case UNKNOWN -> insufficient(missingFields);
        };
    }

    /** INSUFFICIENT_DATA: {@code missingFields} names the profile fields that would decide it. */
    public Check insufficient(String missingFields) {
        this.missing = missingFields == null ? "" : missingFields;
        return done(Status.INSUFFICIENT_DATA);
    }

    /** NOT_APPLICABLE: {@code why} names the clause's own condition that does not hold. */
    public Check notApplicable(String why) {
        this.reason = why == null ? "" : why;
        return done(Status.NOT_APPLICABLE);
    }

    private Check done(Status s) {
        if (status != null) {
            throw new IllegalStateException("check decided twice: " + status + " then " + s);
        }
        this.status = s;
        return this;
    }

    public Status status() {
        return status;
    }

    public String expected() {
        return expected;
    }

    public String observed() {
        return observed;
    }

    public String situation() {
        return situation;
    }

    public String missing() {
        return missing;
    }

    public String reason() {
        return reason;
    }

    public List<Object> facts() {
        return List.copyOf(facts);
    }

    /** Records this outcome as the clause's decision. */
    public void applyTo(Verdict v) {
        if (status == null) {
            throw new IllegalStateException("check not decided: " + expected);
        }
        v.facts(facts.toArray()).expected(expected).observed(observed).situation(situation);
        switch (status) {
            case COMPLIANT -> v.compliant();
            case NON_COMPLIANT -> v.nonCompliant();
            case NOT_APPLICABLE -> v.notApplicable(reason);
            case INSUFFICIENT_DATA -> v.insufficient(missing);
            default -> v.status(status);
        }
    }

    @Override
    public String toString() {
        return status + ": expected " + expected + "; observed " + observed
                + (missing.isEmpty() ? "" : "; missing " + missing) + (reason.isEmpty() ? "" : "; " + reason);
    }
}
