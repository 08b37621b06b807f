package io.fitg.rules.security;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Retention periods stated as years + months + days, compared with a requirement in months (保存至少6个月,
 * 保存期限至少为2年). The stated period reaches back from the as-of date — years and months first, then days — and
 * must reach at least as far as the required months do: the records of the required period must still exist on the
 * day of the assessment. As of 2026-11-21, 6 months are 184 days and 2 years 730 (731 when a 29 February falls in
 * them): the same reading as the log-retention clauses of x.3.1.3 and x.5.2.5; 23 months 30 days reach
 * 2024-12-21 − 30 days = 2024-11-21, exactly 2 years.
 */
public final class Retention {
    private Retention() {
    }

    /** The days from {@code months} calendar months before {@code asOf} to {@code asOf}. */
    public static long daysIn(int months, LocalDate asOf) {
        return months <= 0 ? 0 : ChronoUnit.DAYS.between(asOf.minusMonths(months), asOf);
    }

    /**
     * Whether a retention of {@code years} + {@code months} + {@code days} (nulls count as 0) is at least
     * {@code requiredMonths} months as of {@code asOf}: the date reached by going back the years and months, then the
     * days, is on or before the date {@code requiredMonths} months back; null when none of the three is given.
     */
    public static Boolean covers(Integer years, Integer months, Integer days, int requiredMonths, LocalDate asOf) {
        if (years == null && months == null && days == null) {
            return null;
        }
        long totalMonths = (years == null ? 0L : years * 12L) + (months == null ? 0L : months);
        if (totalMonths >= requiredMonths) {
            return true;
        }
        LocalDate reached = asOf.minusMonths(totalMonths).minusDays(days == null ? 0 : days);
        return !reached.isAfter(asOf.minusMonths(requiredMonths));
    }

    /** "2 years", "6 months", "1 year 30 days". */
    public static String describe(Integer years, Integer months, Integer days) {
        StringBuilder sb = new StringBuilder();
        if (years != null && years != 0) {
            sb.append(years).append(years == 1 ? " year" : " years");
        }
        if (months != null && months != 0) {
            sb.append(sb.length() > 0 ? " " : "").append(months).append(months == 1 ? " month" : " months");
        }
        if (days != null && days != 0) {
            sb.append(sb.length() > 0 ? " " : "").append(days).append(days == 1 ? " day" : " days");
        }
        return sb.length() == 0 ? (years == null && months == null && days == null ? "not stated" : "0 days")
                : sb.toString();
    }

    /** "2年", "6个月", "1年30天". */
    public static String describeZh(Integer years, Integer months, Integer days) {
        StringBuilder sb = new StringBuilder();
        if (years != null && years != 0) {
            sb.append(years).append("年");
        }
        if (months != null && months != 0) {
            sb.append(months).append("个月");
        }
        if (days != null && days != 0) {
            sb.append(days).append("天");
        }
        return sb.length() == 0 ? (years == null && months == null && days == null ? "未说明" : "0天") : sb.toString();
    }
}
