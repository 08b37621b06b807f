package io.fitg.rules.management;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Small text helpers for findings. */
final class Texts {
    private Texts() {
    }

    static final int MAX_LISTED = 10;

    /** The most decimals a figure is printed with to keep it apart from a threshold it does not equal. */
    static final int MAX_DECIMALS = 12;

    private static final MathContext EXACT = new MathContext(34, RoundingMode.HALF_UP);

    /** {@code "T01, T02, T03"}, at most ten, then {@code "… (+5 more)"}. */
    static String list(Collection<String> items) {
        if (items == null || items.isEmpty()) {
            return "none";
        }
        // a record without an id is listed as "(no id)" (List.copyOf rejects nulls)
        List<String> l = items.stream().map(x -> x == null ? "(no id)" : x).toList();
        String head = l.stream().limit(MAX_LISTED).collect(Collectors.joining(", "));
        return l.size() > MAX_LISTED ? head + " … (+" + (l.size() - MAX_LISTED) + " more)" : head;
    }

    /** Chinese list: {@code "T01、T02"}, at most ten, then {@code "等N人/项"}. */
    static String zhList(Collection<String> items) {
        if (items == null || items.isEmpty()) {
            return "无";
        }
        // a record without an id is listed as "(no id)" (List.copyOf rejects nulls)
        List<String> l = items.stream().map(x -> x == null ? "(no id)" : x).toList();
        String head = l.stream().limit(MAX_LISTED).collect(Collectors.joining("、"));
        return l.size() > MAX_LISTED ? head + "等" + l.size() + "项" : head;
    }

    /** A stated value, or "not stated" (never "?" or "null" in a finding). */
    static String orDash(Object o) {
        return o == null ? "not stated" : o.toString();
    }

    /**
     * {@code value} printed with {@code minDecimals} decimals, or more when that would print it equal to
     * {@code threshold} although it is not (P4: rounding never hides a breach): 2.997 against 3 prints "2.997",
     * not "3.0". Trailing zeros are dropped.
     */
    static String apart(BigDecimal value, BigDecimal threshold, int minDecimals) {
        int scale = minDecimals;
        BigDecimal shown = value.setScale(scale, RoundingMode.HALF_UP);
        while (threshold != null && value.compareTo(threshold) != 0 && shown.compareTo(threshold) == 0
                && scale < MAX_DECIMALS) {
            scale++;
            shown = value.setScale(scale, RoundingMode.HALF_UP);
        }
        return shown.stripTrailingZeros().toPlainString();
    }

    /** {@code num / den} as a percentage, one decimal unless more are needed to keep it apart from {@code thresholdPct}. */
    static String pct(BigDecimal num, BigDecimal den, BigDecimal thresholdPct) {
        if (den.signum() == 0) {
            return "n/a";
        }
        BigDecimal p = num.multiply(BigDecimal.valueOf(100)).divide(den, EXACT);
        String s = apart(p, thresholdPct, 1);
        return (s.contains(".") ? s : s + ".0") + "%";
    }

    static String pct(long num, long den, BigDecimal thresholdPct) {
        return pct(BigDecimal.valueOf(num), BigDecimal.valueOf(den), thresholdPct);
    }

    /** An exact quotient (for averages compared with a requirement). */
    static BigDecimal divide(BigDecimal num, int den) {
        return num.divide(BigDecimal.valueOf(den), EXACT);
    }
}
