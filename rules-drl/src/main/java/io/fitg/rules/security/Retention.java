package io.fitg.rules.security;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Retention periods stated as years + months + days, compared with a requirement in months (保存至少6个月,
 * 保存期限至少为2年). Whole months and years compare exactly; days stand in for the months still missing only when
 * they cover those months whatever the calendar (6 months = 184 days at most, 24 months = 731 days at most), so the
 * result does not depend on the as-of date.
 */
public final class Retention {
    private Retention() {
    }

    /** The longest span, in days, of {@code months} consecutive calendar months. */
    public static long maxDaysIn(int months) {
        if (months <= 0) {
            return 0;
        }
        long max = 0;
        // a four-year leap cycle with a leap year in it gives every possible alignment
        LocalDate start = LocalDate.of(2000, 1, 1);
        for (int i = 0; i < 48; i++) {
            LocalDate from = start.plusMonths(i);
            max = Math.max(max, ChronoUnit.DAYS.between(from, from.plusMonths(months)));
        }
        return max;
    }

    /**
     * Whether a retention of {@code years} + {@code months} + {@code days} (nulls count as 0) is at least
     * {@code requiredMonths} months; null when none of the three is given.
     */
    public static Boolean covers(Integer years, Integer months, Integer days, int requiredMonths) {
        if (years == null && months == null && days == null) {
            return null;
        }
        long totalMonths = (years == null ? 0L : years * 12L) + (months == null ? 0L : months);
        if (totalMonths >= requiredMonths) {
            return true;
        }
        long d = days == null ? 0 : days;
        return d >= maxDaysIn((int) (requiredMonths - totalMonths));
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
