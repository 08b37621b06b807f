package io.fitg.rules.trading;

import io.fitg.model.trading.DailyPeak;
import io.fitg.model.trading.FailoverDrill;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Computed quantities of chapter x.3: monthly averages of daily bandwidth peaks, log retention against a number of
 * years, the latest switch-over drill and RTO/RPO limits.
 */
public final class TradingCalc {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private TradingCalc() {
    }

    /**
     * The month the 80% bandwidth clauses are judged on: the most recent calendar month that ended before the
     * as-of date (asOf 2026-11-21 → 2026-10; asOf 2026-12-01 → 2026-11; asOf 2026-11-30 → 2026-10).
     */
    public static YearMonth lastCompleteMonth(LocalDate asOf) {
        return YearMonth.from(asOf).minusMonths(1);
    }

    /**
     * The daily peaks of one link in one month, averaged.
     *
     * @param days          trading days with a peak in the month
     * @param sumMbps       sum of the daily peaks
     * @param bandwidthMbps the link's bandwidth
     * @param missing       the field that would let the average be computed (null when it can)
     * @param reason        why it cannot, in English ("no daily peak in 2026-10", "bandwidthMbps is 0")
     */
    public record PeakAverage(YearMonth month, int days, BigDecimal sumMbps, BigDecimal bandwidthMbps,
                              String missing, String reason) {

        public boolean known() {
            return missing == null;
        }

        /** Average of the daily peaks in Mbit/s (display only; 3 decimals). */
        public BigDecimal averageMbps() {
            return sumMbps.divide(BigDecimal.valueOf(days), 3, RoundingMode.HALF_UP);
        }

        /** Average utilisation in percent (display only; 2 decimals). */
        public BigDecimal utilisationPercent() {
            return utilisationPercent(2);
        }

        private BigDecimal utilisationPercent(int scale) {
            return sumMbps.multiply(HUNDRED).divide(bandwidthMbps.multiply(BigDecimal.valueOf(days)), scale,
                    RoundingMode.HALF_UP);
        }

        /**
         * The utilisation as text, "80.00", with more digits where 2 decimals would hide which side of
         * {@code maxPercent} it lies on (P4: 80.001% is printed "80.001", never "80.00").
         */
        public String utilisationText(BigDecimal maxPercent) {
            boolean above = !atMost(maxPercent);
            for (int scale = 2; scale < 12; scale++) {
                BigDecimal shown = utilisationPercent(scale);
                if (above == (shown.compareTo(maxPercent) > 0)) {
                    return shown.toPlainString();
                }
            }
            return utilisationPercent(12).toPlainString();
        }

        /** The average of the daily peaks as text, with more decimals than 3 only when they are needed. */
        public String averageText() {
            BigDecimal exact = sumMbps.divide(BigDecimal.valueOf(days), 12, RoundingMode.HALF_UP).stripTrailingZeros();
            return (exact.scale() <= 3 ? exact : averageMbps()).stripTrailingZeros().toPlainString();
        }

        /** {@code average / bandwidth <= maxPercent / 100}, exactly: {@code sum*100 <= max*bandwidth*days}. */
        public boolean atMost(BigDecimal maxPercent) {
            if (!known()) {
                throw new IllegalStateException("average unknown: " + missing);
            }
            return sumMbps.multiply(HUNDRED)
                    .compareTo(maxPercent.multiply(bandwidthMbps).multiply(BigDecimal.valueOf(days))) <= 0;
        }
    }

    /**
     * Averages a link's daily peaks over {@code month}. Peaks dated after {@code asOf} do not count; two entries for
     * the same day count once, with the higher value (a day has one peak). The average is over the trading days
     * that have a peak in the month.
     */
    public static PeakAverage monthlyPeakAverage(List<DailyPeak> peaks, BigDecimal bandwidthMbps, YearMonth month,
                                                 LocalDate asOf) {
        if (bandwidthMbps == null) {
            return new PeakAverage(month, 0, BigDecimal.ZERO, null, "bandwidthMbps", "bandwidthMbps not stated");
        }
        if (bandwidthMbps.signum() <= 0) {
            return new PeakAverage(month, 0, BigDecimal.ZERO, bandwidthMbps, "bandwidthMbps",
                    "bandwidthMbps is " + n(bandwidthMbps) + ": no utilisation can be computed");
        }
        if (peaks == null) {
            return new PeakAverage(month, 0, BigDecimal.ZERO, bandwidthMbps, "dailyPeaks", "dailyPeaks not stated");
        }
        Map<LocalDate, BigDecimal> byDay = new TreeMap<>();
        int later = 0;
        for (DailyPeak p : peaks) {
            LocalDate d = p.date();
            if (d != null && d.isAfter(asOf)) {
                later++;
                continue;
            }
            if (d == null || !YearMonth.from(d).equals(month)) {
                continue;
            }
            if (p.peakMbps() == null) {
                return new PeakAverage(month, 0, BigDecimal.ZERO, bandwidthMbps, "dailyPeaks[" + d + "].peakMbps",
                        "the peak of " + d + " not stated");
            }
            byDay.merge(d, p.peakMbps(), BigDecimal::max);
        }
        if (byDay.isEmpty()) {
            String why = peaks.isEmpty() ? "dailyPeaks is empty"
                    : "no daily peak in " + month + " (" + peaks.size() + (peaks.size() == 1 ? " peak" : " peaks")
                    + " given, none in that month" + (later == 0 ? "" : "; " + later + " after " + asOf) + ")";
            return new PeakAverage(month, 0, BigDecimal.ZERO, bandwidthMbps, "dailyPeaks in " + month, why);
        }
        BigDecimal sum = byDay.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new PeakAverage(month, byDay.size(), sum, bandwidthMbps, null, null);
    }

    /**
     * The number of days a retention period must cover to keep records for {@code years} years as of
     * {@code asOf}: the days from {@code asOf - years} to {@code asOf} (730 or 731 for two years, depending on
     * leap days).
     */
    public static long daysInYearsBefore(LocalDate asOf, int years) {
        return ChronoUnit.DAYS.between(asOf.minusYears(years), asOf);
    }

    /** Whether a retention of {@code retentionDays} covers {@code years} years as of {@code asOf} (至少: ≥). */
    public static boolean retentionCovers(int retentionDays, int years, LocalDate asOf) {
        return retentionDays >= daysInYearsBefore(asOf, years);
    }

    /**
     * The latest drill dated on or before {@code asOf}; of several on that day, the one with the longest measured
     * RTO (the conservative reading).
     */
    public static Optional<FailoverDrill> latestDrill(List<FailoverDrill> drills, LocalDate asOf) {
        if (drills == null) {
            return Optional.empty();
        }
        Comparator<FailoverDrill> byDate = Comparator.comparing(FailoverDrill::date);
        Comparator<FailoverDrill> byRto = Comparator.comparing(d -> d.rtoSeconds() == null
                ? BigDecimal.valueOf(Long.MAX_VALUE) : d.rtoSeconds());
        return drills.stream().filter(d -> d.date() != null && !d.date().isAfter(asOf))
                .max(byDate.thenComparing(byRto));
    }

    /** Minutes as seconds: 5 → 300. */
    public static BigDecimal minutesToSeconds(BigDecimal minutes) {
        return minutes.multiply(SIXTY);
    }

    /** {@code value <= limit} (<= includes the limit); null when the value is missing. */
    public static Boolean atMost(BigDecimal value, BigDecimal limit) {
        return value == null ? null : value.compareTo(limit) <= 0;
    }

    /** A number for display without trailing zeros. */
    public static String n(BigDecimal b) {
        return b == null ? "not stated" : b.stripTrailingZeros().toPlainString();
    }

    /** The number of different carriers named (normalised by {@link Carriers}; blank names and negatives do not count). */
    public static int distinctCarriers(java.util.Collection<String> carriers) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String c : carriers) {
            String k = Carriers.key(c);
            if (k != null) {
                out.add(k);
            }
        }
        return out.size();
    }
}
