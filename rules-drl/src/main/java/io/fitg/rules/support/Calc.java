package io.fitg.rules.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Calculations shared by the rules. Time windows are judged against the assessment's as-of date:
 * a record dated after the as-of date does not count (it has not happened yet on that date).
 *
 * <p>Reading of periodic words (documented in docs/RULES.md): 每天 = the as-of date or the day before;
 * 每周 = within 7 days; 每季度 = within 3 months; 每年 / 至少每年一次 = within 1 year; 每两年 = within 2 years;
 * all windows include both ends ({@code asOf - period <= date <= asOf}).
 */
public final class Calc {
    private Calc() {
    }

    /** {@code asOf - period <= date <= asOf}. False for a null date. */
    public static boolean within(LocalDate date, LocalDate asOf, Period period) {
        return date != null && !date.isAfter(asOf) && !date.isBefore(asOf.minus(period));
    }

    public static boolean withinYears(LocalDate date, LocalDate asOf, int years) {
        return within(date, asOf, Period.ofYears(years));
    }

    public static boolean withinMonths(LocalDate date, LocalDate asOf, int months) {
        return within(date, asOf, Period.ofMonths(months));
    }

    public static boolean withinDays(LocalDate date, LocalDate asOf, int days) {
        return within(date, asOf, Period.ofDays(days));
    }

    /** The latest date not after {@code asOf} among the items, if any. */
    public static <T> Optional<LocalDate> latest(Collection<T> items, Function<T, LocalDate> date, LocalDate asOf) {
        if (items == null) {
            return Optional.empty();
        }
        return items.stream().map(date).filter(Objects::nonNull).filter(d -> !d.isAfter(asOf))
                .max(Comparator.naturalOrder());
    }

    /** {@code num / den >= pct / 100}, exactly (no floating point at the boundary). */
    public static boolean ratioAtLeast(long num, long den, BigDecimal pct) {
        return BigDecimal.valueOf(num).multiply(BigDecimal.valueOf(100))
                .compareTo(pct.multiply(BigDecimal.valueOf(den))) >= 0;
    }

    /** {@code num / den <= pct / 100}, exactly. */
    public static boolean ratioAtMost(BigDecimal num, BigDecimal den, BigDecimal pct) {
        return num.multiply(BigDecimal.valueOf(100)).compareTo(pct.multiply(den)) <= 0;
    }

    /** A percentage for display: {@code 12 / 150} → {@code "8.0%"}. */
    public static String pct(double num, double den) {
        if (den == 0) {
            return "n/a";
        }
        return BigDecimal.valueOf(num * 100.0 / den).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** A number for display without trailing zeros. */
    public static String num(BigDecimal b) {
        return b == null ? "?" : b.stripTrailingZeros().toPlainString();
    }

    public static String num(double d) {
        return num(BigDecimal.valueOf(d));
    }

    /** Null-safe Boolean.TRUE test. */
    public static boolean yes(Boolean b) {
        return Boolean.TRUE.equals(b);
    }

    /** Null-safe Boolean.FALSE test. */
    public static boolean no(Boolean b) {
        return Boolean.FALSE.equals(b);
    }
}
