package io.fitg.rules.backup;

import io.fitg.model.backup.BackupMedium;
import io.fitg.model.backup.BackupRun;
import io.fitg.model.backup.DrCentre;
import io.fitg.model.backup.DrDrill;
import io.fitg.model.backup.MediaStore;
import io.fitg.model.backup.ProductionCentre;
import io.fitg.model.common.DocumentRecord;
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
    /** Mean earth radius (IUGG), km: the sphere the straight-line (great-circle) distance is computed on. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    private BackupCalc() {
    }

    // ---------------------------------------------------------------- documents

    /**
     * A document's standing on {@code asOf}: UNKNOWN when not stated or without an issue date; FALSE when issued
     * after {@code asOf} or expired before it; TRUE when in force.
     */
    public static Tri inForce(DocumentRecord d, LocalDate asOf) {
        if (d == null || d.issued() == null) {
            return Tri.UNKNOWN;
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
        LocalDate d = asOf.minusDays(1);
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** {@code dailyWindowStart(asOf) <= date <= asOf}. False for a null date. */
    public static boolean withinDaily(LocalDate date, LocalDate asOf) {
        return date != null && !date.isAfter(asOf) && !date.isBefore(dailyWindowStart(asOf));
    }

    /**
     * Whether a backup was restored and checked 立即 (immediately): on the day it ran or the next calendar day
     * (a post-settlement backup that finishes late in the evening is often verified after midnight), and not after
     * {@code asOf}. UNKNOWN when no verification is recorded yet for a backup that ran on {@code asOf} itself.
     */
    public static Tri verifiedImmediately(BackupRun run, LocalDate asOf) {
        LocalDate v = run.restoreVerifiedOn();
        if (v != null && v.isAfter(asOf)) {
            v = null;
        }
        if (v == null) {
            return run.date() != null && run.date().equals(asOf) ? Tri.UNKNOWN : Tri.FALSE;
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
        String s = c.replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
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

    /** {@code 2 h 5 min 30 s}, {@code 4 min}, {@code 0 s}. */
    public static String en(Duration d) {
        return fmt(d, " h", " min", " s", " ");
    }

    /** {@code 2小时5分30秒}. */
    public static String zh(Duration d) {
        return fmt(d, "小时", "分", "秒", "");
    }

    private static String fmt(Duration d, String h, String m, String s, String sep) {
        if (d.isNegative()) {
            return "-" + fmt(d.negated(), h, m, s, sep);
        }
        long total = d.getSeconds();
        long hh = total / 3600;
        long mm = (total % 3600) / 60;
        long ss = total % 60;
        StringBuilder b = new StringBuilder();
        if (hh > 0) {
            b.append(hh).append(h);
        }
        if (mm > 0) {
            b.append(b.length() > 0 ? sep : "").append(mm).append(m);
        }
        if (ss > 0 || b.length() == 0) {
            b.append(b.length() > 0 ? sep : "").append(ss).append(s);
        }
        return b.toString();
    }

    /** Minutes as a readable duration: 720 → 12 h, 0.5 → 30 s. */
    public static Duration minutes(BigDecimal minutes) {
        BigDecimal secs = minutes.multiply(BigDecimal.valueOf(60));
        return Duration.ofSeconds(secs.longValue(), secs.remainder(BigDecimal.ONE).movePointRight(9).longValue());
    }

    // ---------------------------------------------------------------- capacity

    /** {@code part / whole >= pct / 100}, exactly; {@code whole} must be positive. */
    public static boolean shareAtLeast(BigDecimal part, BigDecimal whole, BigDecimal pct) {
        return part.multiply(BigDecimal.valueOf(100)).compareTo(pct.multiply(whole)) >= 0;
    }

    /** {@code part / whole} as a percentage, truncated to 2 decimals (so a failing share never displays as the threshold). */
    public static String sharePct(BigDecimal part, BigDecimal whole) {
        return floor2(part.multiply(BigDecimal.valueOf(100)).divide(whole, 10, RoundingMode.DOWN)) + "%";
    }

    /** Truncated to 2 decimals, trailing zeros stripped (99.996 → 99.99, 100 → 100). */
    public static String floor2(BigDecimal b) {
        return b.setScale(2, RoundingMode.DOWN).stripTrailingZeros().toPlainString();
    }
}
