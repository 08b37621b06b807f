package io.fitg.bench.baseline;

import io.fitg.api.Clause;
import io.fitg.api.Status;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Three-valued results written as statuses (COMPLIANT = true, NON_COMPLIANT = false, INSUFFICIENT_DATA = unknown),
 * and the few date and number helpers the hand-written checks share. Independent of the rule set's own helpers.
 */
final class Tri {
    static final Status YES = Status.COMPLIANT;
    static final Status NO = Status.NON_COMPLIANT;
    static final Status UNKNOWN = Status.INSUFFICIENT_DATA;
    static final Status NA = Status.NOT_APPLICABLE;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Tri() {
    }

    static Status of(Boolean b) {
        return b == null ? UNKNOWN : b ? YES : NO;
    }

    static Status of(boolean b) {
        return b ? YES : NO;
    }

    /** Both: false wins over unknown. */
    static Status and(Status a, Status b) {
        if (a == NO || b == NO) {
            return NO;
        }
        if (a == UNKNOWN || b == UNKNOWN) {
            return UNKNOWN;
        }
        return YES;
    }

    /** Either: true wins over unknown. */
    static Status or(Status a, Status b) {
        if (a == YES || b == YES) {
            return YES;
        }
        if (a == UNKNOWN || b == UNKNOWN) {
            return UNKNOWN;
        }
        return NO;
    }

    /** "Every item" over counts: any failure, else any unknown, else met. */
    static Status every(int failed, int unknown) {
        return failed > 0 ? NO : unknown > 0 ? UNKNOWN : YES;
    }

    // ---- clause parameters (the catalog holds numbers as BigDecimal)

    static BigDecimal num(Clause c, String name) {
        Object v = c.params().get(name);
        if (v instanceof BigDecimal b) {
            return b;
        }
        if (v == null) {
            throw new IllegalStateException("clause " + c.id() + " has no parameter '" + name + "'");
        }
        return new BigDecimal(v.toString());
    }

    static int intParam(Clause c, String name) {
        return num(c, name).intValueExact();
    }

    static boolean flag(Clause c, String name, boolean absent) {
        Object v = c.params().get(name);
        return v == null ? absent : (Boolean) v;
    }

    // ---- numbers

    /** {@code num / den >= pct / 100}, exactly. */
    static boolean ratioAtLeast(long num, long den, BigDecimal pct) {
        if (pct.scale() == 0 && pct.precision() <= 9) {
            return num * 100 >= pct.longValueExact() * den;
        }
        return BigDecimal.valueOf(num).multiply(HUNDRED).compareTo(pct.multiply(BigDecimal.valueOf(den))) >= 0;
    }

    /** {@code 100 * part >= pct * whole}, exactly. */
    static boolean shareAtLeast(BigDecimal part, BigDecimal whole, BigDecimal pct) {
        return part.multiply(HUNDRED).compareTo(pct.multiply(whole)) >= 0;
    }

    // ---- dates: every window includes both ends, and nothing after the as-of date counts

    /** {@code from <= date <= asOf}. */
    static boolean between(LocalDate date, LocalDate from, LocalDate asOf) {
        return date != null && !date.isAfter(asOf) && !date.isBefore(from);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
