package io.fitg.rules.backup;

import io.fitg.model.backup.BackupMedium;
import io.fitg.model.backup.BackupRun;
import io.fitg.model.backup.DrCentre;
import io.fitg.model.backup.DrDrill;
import io.fitg.model.backup.MediaStore;
import io.fitg.model.backup.ProductionCentre;
import io.fitg.model.common.DocumentRecord;
import io.fitg.model.company.Company;
import io.fitg.rules.support.TradingDays;
import io.fitg.rules.support.Tri;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;

/**
 * The computed quantities of chapter x.6: time windows, straight-line distances, drill-measured RTO and RPO,
 * capacity shares, media service life, where a media store is.
 */
public final class BackupCalc {
    private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("\\s+");
    /** Mean earth radius (IUGG), km: the sphere the straight-line (great-circle) distance is computed on. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    private BackupCalc() {
    }

    // ---------------------------------------------------------------- documents

    /**
     * A document's standing on {@code asOf}: UNKNOWN when not stated or without an issue date (unless marked as a
     * draft); FALSE when a draft, issued after {@code asOf} or expired before it; TRUE when in force.
     */
    public static Tri inForce(DocumentRecord d, LocalDate asOf) {
        if (d == null) {
            return Tri.UNKNOWN;
        }
        if (d.issued() == null) {
            return d.markedDraft() ? Tri.FALSE : Tri.UNKNOWN;
        }
        return d.inForceOn(asOf) ? Tri.TRUE : Tri.FALSE;
    }

    // ---------------------------------------------------------------- time windows

    /**
     * The first day of the 每日 window for a post-settlement activity: the day before {@code asOf}, moved back over
     * a weekend (there is no settlement on Saturdays and Sundays). Saturday, Sunday or Monday as-of dates reach
     * back to the Friday.
     */
    public static LocalDate dailyWindowStart(LocalDate asOf) {
        return dailyWindowStart(asOf, null);
    }

    /** As above, moving back over the days listed in {@code company.nonTradingDays} too. */
    public static LocalDate dailyWindowStart(LocalDate asOf, Company co) {
        return TradingDays.previous(asOf, co);
    }

    /** {@code dailyWindowStart(asOf) <= date <= asOf}. False for a null date. */
    public static boolean withinDaily(LocalDate date, LocalDate asOf) {
        return withinDaily(date, asOf, null);
    }

    /** {@code dailyWindowStart(asOf, co) <= date <= asOf}. False for a null date. */
    public static boolean withinDaily(LocalDate date, LocalDate asOf, Company co) {
        return date != null && !date.isAfter(asOf) && !date.isBefore(dailyWindowStart(asOf, co));
    }

    /**
     * Whether a backup was restored and checked 立即 (immediately): on the day it ran or the next calendar day
     * (a post-settlement backup that finishes late in the evening is often verified after midnight), and not after
     * {@code asOf}. UNKNOWN — not yet due — when no verification is recorded yet and the next day has not passed: a
     * backup that ran on {@code asOf} or the day before (Friday's backup as of Saturday may still be verified on the
     * as-of day).
     */
    public static Tri verifiedImmediately(BackupRun run, LocalDate asOf) {
        LocalDate v = run.restoreVerifiedOn();
        if (v != null && v.isAfter(asOf)) {
            v = null;
        }
        if (v == null) {
            return run.date() != null && !run.date().plusDays(1).isBefore(asOf) ? Tri.UNKNOWN : Tri.FALSE;
        }
        if (run.date() == null) {
            return Tri.UNKNOWN;
        }
        return !v.isBefore(run.date()) && !v.isAfter(run.date().plusDays(1)) ? Tri.TRUE : Tri.FALSE;
    }

    // ---------------------------------------------------------------- media

    /**
     * Whether a medium's data is within its service life or was transferred in time (根据介质使用期限及时转储):
     * TRUE while {@code usableUntil >= asOf}; after that TRUE only if the data was transferred on or before
     * {@code usableUntil}; UNKNOWN without a service-life date.
     */
    public static Tri mediumLifeOk(BackupMedium m, LocalDate asOf) {
        if (m.usableUntil() == null) {
            return Tri.UNKNOWN;
        }
        if (!m.usableUntil().isBefore(asOf)) {
            return Tri.TRUE;
        }
        LocalDate t = m.dataTransferredOn();
        return t != null && !t.isAfter(m.usableUntil()) ? Tri.TRUE : Tri.FALSE;
    }

    /** Whether a medium carries a clear label: an explicit {@code labelled}, else a non-blank label text. */
    public static Tri labelled(BackupMedium m) {
        if (m.labelled() != null) {
            return Tri.of(m.labelled());
        }
        return m.label() != null && !m.label().isBlank() ? Tri.TRUE : Tri.UNKNOWN;
    }

    /** Where a media store is relative to the production centre. */
    public enum Place { PRODUCTION_SITE, SAME_CITY, OTHER_CITY, UNKNOWN }

    public static Place place(MediaStore s, String productionCity) {
        if (s == null) {
            return Place.UNKNOWN;
        }
        if (Boolean.TRUE.equals(s.atProductionSite())) {
            return Place.PRODUCTION_SITE;
        }
        if (s.city() == null || s.city().isBlank() || productionCity == null || productionCity.isBlank()) {
            return Place.UNKNOWN;
        }
        if (!sameCity(s.city(), productionCity)) {
            return Place.OTHER_CITY;
        }
        return Boolean.FALSE.equals(s.atProductionSite()) ? Place.SAME_CITY : Place.UNKNOWN;
    }

    /** City names compared without spaces and a trailing 市 (上海 = 上海市), case-insensitively. */
    public static boolean sameCity(String a, String b) {
        return normCity(a).equals(normCity(b));
    }

    static String normCity(String c) {
        String s = BLANKS.matcher(c).replaceAll("").toLowerCase(java.util.Locale.ROOT);
        if (s.endsWith("市") && s.length() > 1) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    // ---------------------------------------------------------------- distance

    /** Great-circle distance in km between two WGS-84 points (haversine on the mean-radius sphere). */
    public static double greatCircleKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = Math.toRadians(lat2 - lat1);
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }

    /** A straight-line distance and where it came from. */
    public record Distance(BigDecimal km, boolean computed) {
        public String en() {
            return floor2(km) + " km" + (computed ? " (computed from coordinates)" : " (as surveyed)");
        }

        public String zh() {
            return floor2(km) + "公里" + (computed ? "（按坐标计算）" : "（测量值）");
        }

        /** As {@link #en()}, with as many digits as it takes to show on which side of {@code min} the distance lies. */
        public String en(BigDecimal min) {
            return beside(km, min) + " km" + (computed ? " (computed from coordinates)" : " (as surveyed)");
        }

        public String zh(BigDecimal min) {
            return beside(km, min) + "公里" + (computed ? "（按坐标计算）" : "（测量值）");
        }
    }

    /**
     * The straight-line distance from the production centre to a disaster-recovery centre: computed from both
     * sites' coordinates when given (and valid), else the surveyed {@code distanceKm}, else null.
     */
    public static Distance distance(ProductionCentre p, DrCentre c) {
        if (p != null && validCoords(p.latitude(), p.longitude()) && validCoords(c.latitude(), c.longitude())) {
            double km = greatCircleKm(p.latitude().doubleValue(), p.longitude().doubleValue(),
                    c.latitude().doubleValue(), c.longitude().doubleValue());
            return new Distance(BigDecimal.valueOf(km), true);
        }
        return c.distanceKm() == null ? null : new Distance(c.distanceKm(), false);
    }

    static boolean validCoords(BigDecimal lat, BigDecimal lon) {
        return lat != null && lon != null && lat.abs().compareTo(BigDecimal.valueOf(90)) <= 0
                && lon.abs().compareTo(BigDecimal.valueOf(180)) <= 0;
    }

    // ---------------------------------------------------------------- drills

    /** Drill-measured RTO: {@code restoredAt - interruptedAt}; null when either is missing. May be negative (bad data). */
    public static Duration measuredRto(DrDrill d) {
        if (d.interruptedAt() == null || d.restoredAt() == null) {
            return null;
        }
        return Duration.between(d.interruptedAt(), d.restoredAt());
    }

    /**
     * Drill-measured RPO: how much data before the interruption was lost, {@code interruptedAt - recoveryPointAt},
     * zero when the recovered data reaches the interruption; null when either is missing.
     */
    public static Duration measuredRpo(DrDrill d) {
        if (d.interruptedAt() == null || d.recoveryPointAt() == null) {
            return null;
        }
        Duration lost = Duration.between(d.recoveryPointAt(), d.interruptedAt());
        return lost.isNegative() ? Duration.ZERO : lost;
    }

    /** {@code d <= limitMinutes} minutes, exactly. */
    public static boolean atMostMinutes(Duration d, BigDecimal limitMinutes) {
        BigDecimal seconds = BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9));
        return seconds.compareTo(limitMinutes.multiply(BigDecimal.valueOf(60))) <= 0;
    }

    /** {@code 2 h 5 min 30 s}, {@code 4 min}, {@code 0 s}, {@code 5 min 0.6 s}. */
    public static String en(Duration d) {
        return fmt(d, " h", " min", " s", " ");
    }

    /** {@code 2小时5分钟30秒}, {@code 5分钟0.6秒}. */
    public static String zh(Duration d) {
        return fmt(d, "小时", "分钟", "秒", "");
    }

    private static String fmt(Duration d, String h, String m, String s, String sep) {
        if (d.isNegative()) {
            return "-" + fmt(d.negated(), h, m, s, sep);
        }
        long total = d.getSeconds();
        long hh = total / 3600;
        long mm = (total % 3600) / 60;
        BigDecimal ss = BigDecimal.valueOf(total % 60).add(BigDecimal.valueOf(d.getNano(), 9)).stripTrailingZeros();
        StringBuilder b = new StringBuilder();
        if (hh > 0) {
            b.append(hh).append(h);
        }
        if (mm > 0) {
            b.append(b.length() > 0 ? sep : "").append(mm).append(m);
        }
        if (ss.signum() > 0 || b.length() == 0) {
            b.append(b.length() > 0 ? sep : "").append(ss.toPlainString()).append(s);
        }
        return b.toString();
    }

    /** Minutes as a readable duration: 720 → 12 h, 0.5 → 30 s. */
    public static Duration minutes(BigDecimal minutes) {
        BigDecimal secs = minutes.multiply(BigDecimal.valueOf(60));
        return Duration.ofSeconds(secs.longValue(), secs.remainder(BigDecimal.ONE).movePointRight(9).longValue());
    }

    /**
     * A number of minutes exactly as given, in full units: {@code 5.01 min}, {@code 12 h (720 min)} (the lead's
     * reading P4: never rounded so that it hides a breach).
     */
    public static String minutesEn(BigDecimal minutes) {
        String m = minutes.stripTrailingZeros().toPlainString() + " min";
        BigDecimal[] hm = minutes.divideAndRemainder(BigDecimal.valueOf(60));
        return hm[1].signum() == 0 && hm[0].signum() > 0 ? hm[0].stripTrailingZeros().toPlainString() + " h (" + m + ")" : m;
    }

    /** {@code 5.01分钟}, {@code 12小时（720分钟）}. */
    public static String minutesZh(BigDecimal minutes) {
        String m = minutes.stripTrailingZeros().toPlainString() + "分钟";
        BigDecimal[] hm = minutes.divideAndRemainder(BigDecimal.valueOf(60));
        return hm[1].signum() == 0 && hm[0].signum() > 0 ? hm[0].stripTrailingZeros().toPlainString() + "小时（" + m + "）" : m;
    }

    // ---------------------------------------------------------------- capacity

    /** {@code part / whole >= pct / 100}, exactly; {@code whole} must be positive. */
    public static boolean shareAtLeast(BigDecimal part, BigDecimal whole, BigDecimal pct) {
        return part.multiply(BigDecimal.valueOf(100)).compareTo(pct.multiply(whole)) >= 0;
    }

    /**
     * {@code part / whole} as a percentage rounded half up to 2 decimals (2/3 → 66.67%), with more decimals where the
     * rounded figure would land on the other side of {@code threshold} than the exact share (49.999% is not shown
     * as 50%).
     */
    public static String sharePct(BigDecimal part, BigDecimal whole, BigDecimal threshold) {
        return beside(part.multiply(BigDecimal.valueOf(100)).divide(whole, 20, RoundingMode.HALF_UP), threshold) + "%";
    }

    /** As above with the 50% threshold of x.6.2.10. */
    public static String sharePct(BigDecimal part, BigDecimal whole) {
        return sharePct(part, whole, BigDecimal.valueOf(50));
    }

    /**
     * {@code exact} rounded half up to 2 decimals, trailing zeros stripped; with as many more decimals as it takes
     * for the figure to fall on the same side of {@code threshold} (below it, at it, above it) as the exact value.
     */
    public static String beside(BigDecimal exact, BigDecimal threshold) {
        if (threshold == null) {
            return exact.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        }
        int side = Integer.signum(exact.compareTo(threshold));
        for (int scale = 2; scale <= 20; scale++) {
            BigDecimal r = exact.setScale(scale, RoundingMode.HALF_UP);
            if (Integer.signum(r.compareTo(threshold)) == side) {
                return r.stripTrailingZeros().toPlainString();
            }
        }
        return exact.stripTrailingZeros().toPlainString();
    }

    /** Truncated to 2 decimals, trailing zeros stripped (99.996 → 99.99, 100 → 100). */
    public static String floor2(BigDecimal b) {
        return b.setScale(2, RoundingMode.DOWN).stripTrailingZeros().toPlainString();
    }
}
