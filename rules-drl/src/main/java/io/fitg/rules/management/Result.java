package io.fitg.rules.management;

import io.fitg.api.Status;
import io.fitg.rules.support.Tri;
import io.fitg.rules.support.Verdict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a check of chapter x.1 found, before it is recorded on a clause: the status, the texts of the finding and
 * the facts it cites. Rules call a check and hand its result to {@code $a.clause($c)} with {@link #applyTo}.
 */
public final class Result {
    private Status status;
    private String expected = "";
    private String observed = "";
    private String situation = "";
    private String missing = "";
    private String reason = "";
    private final List<Object> facts = new ArrayList<>();
    private final List<Object> considered = new ArrayList<>();

    private Result() {
    }

    /** Starts a result with its expectation (English, with the class's parameters). */
    public static Result expect(String expected) {
        Result r = new Result();
        r.expected = expected;
        return r;
    }

    public Result observed(String text) {
        this.observed = text;
        return this;
    }

    public Result situation(String zh) {
        this.situation = zh;
        return this;
    }

    public Result facts(Object... items) {
        facts.addAll(Arrays.asList(items));
        return this;
    }

    /** COMPLIANT / NON_COMPLIANT / INSUFFICIENT_DATA for TRUE / FALSE / UNKNOWN; {@code missing} names the fields. */
    public Result decide(Tri t, String missing) {
        this.status = switch (t) {
            case TRUE -> Status.COMPLIANT;
            case FALSE -> Status.NON_COMPLIANT;
            case UNKNOWN -> Status.INSUFFICIENT_DATA;
        };
        this.missing = missing;
        return this;
    }

    public Result decide(boolean ok) {
        this.status = ok ? Status.COMPLIANT : Status.NON_COMPLIANT;
        return this;
    }

    public Result insufficient(String missing) {
        this.status = Status.INSUFFICIENT_DATA;
        this.missing = missing;
        return this;
    }

    public Result notApplicable(String why) {
        this.status = Status.NOT_APPLICABLE;
        this.reason = why;
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

    /**
     * The records the check looked at (ids, or a field path such as {@code management.providers} for a list that
     * is empty): cited when the result names no particular failing or unknown record, so that every decision cites
     * what it rests on.
     */
    public Result over(Object... items) {
        considered.addAll(Arrays.asList(items));
        return this;
    }

    public List<Object> facts() {
        return List.copyOf(facts);
    }

    /** Records this result on the clause being decided. */
    public void applyTo(Verdict v) {
        if (status == null) {
            throw new IllegalStateException("a check returned no decision (" + expected + ")");
        }
        v.expected(expected).observed(observed).situation(situation).facts(facts).factsIfNone(considered);
        switch (status) {
            case NOT_APPLICABLE -> v.notApplicable(reason);
            case INSUFFICIENT_DATA -> v.insufficient(missing);
            default -> v.status(status);
        }
    }

    @Override
    public String toString() {
        return status + ": expected " + expected + "; observed " + observed;
    }
}
