package io.fitg.rules.maintenance;

import io.fitg.api.Status;
import io.fitg.rules.support.Tri;
import io.fitg.rules.support.Verdict;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The outcome of one x.7 check, computed in plain Java (so it can be unit-tested) and handed to the rule's
 * {@link Verdict} by {@link #applyTo(Verdict)}.
 *
 * @param status    COMPLIANT, NON_COMPLIANT, NOT_APPLICABLE or INSUFFICIENT_DATA
 * @param expected  what the clause asks, in English
 * @param observed  what the facts show, in English with the dates and counts
 * @param situation 情况说明 in Chinese
 * @param detail    for INSUFFICIENT_DATA the missing field paths; for NOT_APPLICABLE the condition that does not
 *                  hold; empty otherwise
 * @param facts     the facts cited (Identified records by id, strings as given)
 */
public record Check(Status status, String expected, String observed, String situation, String detail,
                    List<Object> facts) {

    public Check {
        facts = facts == null ? List.of() : List.copyOf(facts);
    }

    /** COMPLIANT / NON_COMPLIANT / INSUFFICIENT_DATA (missing {@code missing}) from a three-valued result. */
    public static Check of(Tri t, String expected, String observed, String situation, String missing,
                           Collection<?> facts) {
        Status s = switch (t) {
            case TRUE -> Status.COMPLIANT;
            case FALSE -> Status.NON_COMPLIANT;
            case UNKNOWN -> Status.INSUFFICIENT_DATA;
        };
        return new Check(s, expected, observed, situation, t == Tri.UNKNOWN ? missing : "", list(facts));
    }

    public static Check insufficient(String missing, String expected, String observed, String situation,
                                     Collection<?> facts) {
        return new Check(Status.INSUFFICIENT_DATA, expected, observed, situation, missing, list(facts));
    }

    /**
     * COMPLIANT because nothing the clause covers exists ("every change / incident / report" with none stated in an
     * explicit empty list): the clause states no condition, so it is met, never NOT_APPLICABLE; {@code observed}
     * says there was nothing ("no change recorded up to …").
     */
    public static Check vacuous(String expected, String observed, String situation, Collection<?> facts) {
        return new Check(Status.COMPLIANT, expected, observed, situation, "", list(facts));
    }

    public static Check notApplicable(String why, String expected, String observed, String situation,
                                      Collection<?> facts) {
        return new Check(Status.NOT_APPLICABLE, expected, observed, situation, why, list(facts));
    }

    private static List<Object> list(Collection<?> c) {
        List<Object> out = new ArrayList<>();
        if (c != null) {
            for (Object o : c) {
                if (o != null) {
                    out.add(o);
                }
            }
        }
        return out;
    }

    /** Records this outcome as the clause's decision. */
    public void applyTo(Verdict v) {
        v.expected(expected).observed(observed).situation(situation).facts(facts.toArray());
        switch (status) {
            case COMPLIANT -> v.compliant();
            case NON_COMPLIANT -> v.nonCompliant();
            case NOT_APPLICABLE -> v.notApplicable(detail);
            default -> v.insufficient(detail);
        }
    }
}
