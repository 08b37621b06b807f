package io.fitg.bench.baseline;

import io.fitg.api.Clause;
import io.fitg.api.Status;
import io.fitg.model.Profile;
import io.fitg.model.backup.Backup;
import io.fitg.model.backup.BackupMedium;
import io.fitg.model.backup.BackupRun;
import io.fitg.model.backup.CoreSystem;
import io.fitg.model.backup.DrCentre;
import io.fitg.model.backup.DrDrill;
import io.fitg.model.backup.DrSystem;
import io.fitg.model.backup.ProductionCentre;
import io.fitg.model.common.ActivityRecord;
import io.fitg.model.common.DocumentRecord;
import io.fitg.model.company.Company;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static io.fitg.bench.baseline.Tri.NO;
import static io.fitg.bench.baseline.Tri.UNKNOWN;
import static io.fitg.bench.baseline.Tri.YES;

/** x.6 备份与灾难恢复, by hand: daily backups, restore checks, DR centre distance, drill RTO/RPO, DR capacity. */
final class BackupBaseline {
    private static final double EARTH_RADIUS_KM = 6371.0088;
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
    private static final BigDecimal LAT_MAX = BigDecimal.valueOf(90);
    private static final BigDecimal LON_MAX = BigDecimal.valueOf(180);
    private static final int ALL_CORE = (1 << CoreSystem.values().length) - 1;

    private BackupBaseline() {
    }

    // ---- x.6.1.5 每日应对结算后数据进行备份，网站数据应按照备份计划进行备份

    /** The day before the as-of date, moved back over weekends and the company's listed closures. */
    static LocalDate dailyWindowStart(LocalDate asOf, Company co) {
        return TradingDayRecords.previous(asOf, co);
    }

    private static Status inForce(DocumentRecord d, LocalDate asOf) {
        if (d == null) {
            return UNKNOWN;
        }
        if (d.issued() == null) {
            return Boolean.TRUE.equals(d.draft()) ? NO : UNKNOWN;
        }
        return Tri.of(d.inForceOn(asOf));
    }

    static Status dailySettlementBackup(Profile p, Clause c, LocalDate asOf) {
        Backup b = p.backup();
        Company co = p.company();
        if (b == null || co == null) {
            return UNKNOWN;
        }
        Status s;
        List<BackupRun> runs = b.settlementBackups();
        if (runs == null) {
            s = UNKNOWN;
        } else {
            LocalDate from = dailyWindowStart(asOf, co);
            boolean any = false;
            boolean ok = false;
            boolean undecided = false;
            for (BackupRun r : runs) {
                if (!Tri.between(r.date(), from, asOf)) {
                    continue;
                }
                any = true;
                if (Boolean.TRUE.equals(r.successful())) {
                    ok = true;
                    break;
                }
                if (r.successful() == null) {
                    undecided = true;
                }
            }
            s = ok ? YES : undecided ? UNKNOWN : NO;
            if (!any) {
                s = NO;
            }
            // every trading day the records show has a successful backup (P10)
            int failed = 0;
            int unknown = 0;
            for (LocalDate d : TradingDayRecords.judged(p, asOf)) {
                boolean good = false;
                boolean open = false;
                for (BackupRun r : runs) {
                    if (d.equals(r.date())) {
                        good |= Boolean.TRUE.equals(r.successful());
                        open |= r.successful() == null;
                    }
                }
                if (!good) {
                    if (open) {
                        unknown++;
                    } else {
                        failed++;
                    }
                }
            }
            s = Tri.and(s, Tri.every(failed, unknown));
        }
        if (!Tri.flag(c, "websiteBackup", true)) {
            return s;
        }
        if (co.hasWebsite() == null) {
            return Tri.and(s, UNKNOWN);
        }
        if (!co.hasWebsite()) {
            return s;
        }
        s = Tri.and(s, inForce(b.websiteBackupPlan(), asOf));
        Integer days = b.websiteBackupIntervalDays();
        if (days == null || b.websiteBackups() == null) {
            return Tri.and(s, UNKNOWN);
        }
        LocalDate from = asOf.minusDays(days);
        boolean within = false;
        for (ActivityRecord r : b.websiteBackups()) {
            if (Tri.between(r.date(), from, asOf)) {
                within = true;
                break;
            }
        }
        return Tri.and(s, Tri.of(within));
    }

    // ---- x.6.1.7 应定期对主要备份业务数据进行恢复验证，根据介质使用期限及时转储数据

    static Status restoreVerification(Profile p, LocalDate asOf) {
        Backup b = p.backup();
        if (b == null) {
            return UNKNOWN;
        }
        Status s;
        Integer months = b.restoreVerificationIntervalMonths();
        if (months == null) {
            s = UNKNOWN;
        } else if (months < 1) {
            s = NO; // no period
        } else if (b.restoreVerifications() == null) {
            s = UNKNOWN;
        } else {
            LocalDate from = asOf.minusMonths(Math.min(months, 12)); // 定期: at most a year (P2)
            boolean within = false;
            for (ActivityRecord r : b.restoreVerifications()) {
                if (Tri.between(r.date(), from, asOf)) {
                    within = true;
                    break;
                }
            }
            s = Tri.of(within);
        }
        List<BackupMedium> media = b.media();
        if (media == null) {
            return Tri.and(s, UNKNOWN);
        }
        int late = 0;
        int unknown = 0;
        for (BackupMedium m : media) {
            LocalDate until = m.usableUntil();
            if (until == null) {
                unknown++;
            } else if (until.isBefore(asOf)) {
                LocalDate moved = m.dataTransferredOn();
                if (moved == null || moved.isAfter(until)) {
                    late++;
                }
            }
        }
        return Tri.and(s, Tri.every(late, unknown));
    }

    // ---- x.6.2.1 应有灾难备份中心，可以接管所有核心业务的运行 (class 4: 直线距离至少100公里且位于不同城市)

    private static boolean validCoords(BigDecimal lat, BigDecimal lon) {
        return lat != null && lon != null && lat.abs().compareTo(LAT_MAX) <= 0 && lon.abs().compareTo(LON_MAX) <= 0;
    }

    /** Haversine on the mean-radius sphere. */
    private static double greatCircleKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = Math.toRadians(lat2 - lat1);
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2)
                + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }

    /** City names compared without whitespace and a trailing 市, case-insensitively. */
    static String normCity(String c) {
        StringBuilder sb = new StringBuilder(c.length());
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            if (ch != ' ' && ch != '\t' && ch != '\n' && ch != '\u000B' && ch != '\f' && ch != '\r') {
                sb.append(ch);
            }
        }
        String s = sb.toString().toLowerCase(Locale.ROOT);
        return s.endsWith("市") && s.length() > 1 ? s.substring(0, s.length() - 1) : s;
    }

    static Status drCentre(Profile p, Clause c) {
        Backup b = p.backup();
        if (b == null || b.drCentres() == null) {
            return UNKNOWN;
        }
        if (b.drCentres().isEmpty()) {
            return NO;
        }
        BigDecimal minKm = c.params().containsKey("minDistanceKm") ? Tri.num(c, "minDistanceKm") : null;
        boolean otherCity = Boolean.TRUE.equals(c.params().get("differentCity"));
        ProductionCentre prod = b.productionCentre();
        String prodCity = prod == null ? null : prod.city();
        Status any = NO;
        for (DrCentre d : b.drCentres()) {
            Status t;
            if (d.systems() == null) {
                t = UNKNOWN;
            } else {
                int seen = 0;
                for (DrSystem s : d.systems()) {
                    if (s.coreSystem() != null) {
                        seen |= 1 << s.coreSystem().ordinal();
                    }
                }
                t = Tri.of(seen == ALL_CORE);
            }
            if (minKm != null) {
                BigDecimal km = null;
                if (prod != null && validCoords(prod.latitude(), prod.longitude())
                        && validCoords(d.latitude(), d.longitude())) {
                    km = BigDecimal.valueOf(greatCircleKm(prod.latitude().doubleValue(), prod.longitude().doubleValue(),
                            d.latitude().doubleValue(), d.longitude().doubleValue()));
                } else if (d.distanceKm() != null) {
                    km = d.distanceKm();
                }
                t = Tri.and(t, km == null ? UNKNOWN : Tri.of(km.compareTo(minKm) >= 0));
            }
            if (otherCity) {
                t = Tri.and(t, d.city() == null || prodCity == null ? UNKNOWN
                        : Tri.of(!normCity(d.city()).equals(normCity(prodCity))));
            }
            if (t == YES) {
                return YES;
            }
            any = Tri.or(any, t);
        }
        return any;
    }

    // ---- x.6.2.9 灾难备份中心的备份能力应达到RTO<=12小时、RPO<=5分钟 (designed, and measured in the latest drill)

    private static boolean atMostMinutes(Duration d, BigDecimal limitMinutes) {
        BigDecimal seconds = BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9));
        return seconds.compareTo(limitMinutes.multiply(SIXTY)) <= 0;
    }

    static Status drRtoRpo(Profile p, Clause c, LocalDate asOf) {
        Backup b = p.backup();
        if (b == null || b.drCentres() == null) {
            return UNKNOWN;
        }
        List<DrCentre> centres = b.drCentres();
        if (centres.isEmpty()) {
            return NO;
        }
        if (!c.params().containsKey("rpoMinutes")) {
            throw new IllegalArgumentException("the earlier edition's RTO-only reading is not hand-written");
        }
        BigDecimal rtoMinutes = Tri.num(c, "rtoHours").multiply(SIXTY);
        BigDecimal rpoMinutes = Tri.num(c, "rpoMinutes");
        boolean single = centres.size() == 1;
        Status all = YES;
        for (DrCentre centre : centres) {
            Status s = centre.designRtoMinutes() == null ? UNKNOWN
                    : Tri.of(centre.designRtoMinutes().compareTo(rtoMinutes) <= 0);
            s = Tri.and(s, centre.designRpoMinutes() == null ? UNKNOWN
                    : Tri.of(centre.designRpoMinutes().compareTo(rpoMinutes) <= 0));
            if (b.drDrills() == null) {
                s = Tri.and(s, UNKNOWN);
            } else {
                // the latest drill of this centre, on or before the as-of date, that recorded all three times
                DrDrill latest = null;
                for (DrDrill d : b.drDrills()) {
                    boolean ofCentre = centre.id() != null && centre.id().equals(d.centre())
                            || single && d.centre() == null;
                    LocalDate day = d.day();
                    if (!ofCentre || day == null || day.isAfter(asOf) || d.interruptedAt() == null
                            || d.restoredAt() == null || d.recoveryPointAt() == null) {
                        continue;
                    }
                    if (latest == null || d.interruptedAt().isAfter(latest.interruptedAt())) {
                        latest = d;
                    }
                }
                if (latest == null) {
                    s = Tri.and(s, UNKNOWN);
                } else {
                    Duration rto = Duration.between(latest.interruptedAt(), latest.restoredAt());
                    if (rto.isNegative()) {
                        s = Tri.and(s, UNKNOWN); // restored before interrupted: bad data
                    } else {
                        Duration rpo = Duration.between(latest.recoveryPointAt(), latest.interruptedAt());
                        if (rpo.isNegative()) {
                            rpo = Duration.ZERO;
                        }
                        s = Tri.and(s, Tri.of(atMostMinutes(rto, rtoMinutes) && atMostMinutes(rpo, rpoMinutes)));
                    }
                }
            }
            all = Tri.and(all, s);
        }
        return all;
    }

    // ---- x.6.2.10 设计灾难备份中心运行时，处理能力应不低于主系统处理能力的50%

    static Status drCapacity(Profile p, Clause c) {
        Backup b = p.backup();
        if (b == null || b.drCentres() == null) {
            return UNKNOWN;
        }
        if (b.drCentres().isEmpty()) {
            return NO;
        }
        BigDecimal minPercent = Tri.num(c, "minPercent");
        Status all = YES;
        for (DrCentre centre : b.drCentres()) {
            Status s;
            if (centre.systems() == null) {
                s = UNKNOWN;
            } else {
                int low = 0;
                int unknown = 0;
                int checked = 0;
                for (DrSystem sys : centre.systems()) {
                    boolean both = sys.capacity() != null && sys.primaryCapacity() != null;
                    if (sys.coreSystem() == null && !both) {
                        continue; // a supporting system with no capacities stated
                    }
                    if (!both || sys.primaryCapacity().signum() == 0) {
                        unknown++;
                        continue;
                    }
                    checked++;
                    if (!Tri.shareAtLeast(sys.capacity(), sys.primaryCapacity(), minPercent)) {
                        low++;
                    }
                }
                s = low > 0 ? NO : unknown > 0 ? UNKNOWN : checked == 0 ? NO : YES;
            }
            all = Tri.and(all, s);
        }
        return all;
    }
}
