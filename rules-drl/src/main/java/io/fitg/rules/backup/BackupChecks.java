package io.fitg.rules.backup;

import io.fitg.model.backup.Backup;
import io.fitg.model.backup.BackupMedium;
import io.fitg.model.backup.BackupRun;
import io.fitg.model.backup.CoreSystem;
import io.fitg.model.backup.DataCategory;
import io.fitg.model.backup.DrCentre;
import io.fitg.model.backup.DrDrill;
import io.fitg.model.backup.DrEquipment;
import io.fitg.model.backup.DrSupportPerson;
import io.fitg.model.backup.DrSystem;
import io.fitg.model.backup.MediaCustodian;
import io.fitg.model.backup.MediaStore;
import io.fitg.model.backup.MediaTransfer;
import io.fitg.model.backup.Replication;
import io.fitg.model.common.ActivityRecord;
import io.fitg.model.common.DocumentRecord;
import io.fitg.model.company.Company;
import io.fitg.rules.support.Calc;
import io.fitg.rules.support.Tri;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checks behind the rules of chapter x.6, one per requirement. Each returns an {@link Outcome}; the rule turns
 * it into the clause's decision with the class's parameters in its {@code expected} text.
 */
public final class BackupChecks {
    private BackupChecks() {
    }

    // ================================================================ x.6.1 数据备份

    /** x.6.1.1 backup and restore strategies, data graded by importance and effect on the trading system. */
    public static Outcome strategy(Backup b, LocalDate asOf) {
        Parts p = new Parts().fact(b);
        document(p, b.backupStrategy(), "backup.backupStrategy", "backup strategy", "数据备份策略", asOf);
        document(p, b.restoreStrategy(), "backup.restoreStrategy", "restore strategy", "数据恢复策略", asOf);
        List<DataCategory> cats = b.dataCategories();
        if (cats == null) {
            p.add(Tri.UNKNOWN, "data categories not stated", "未提供备份策略中的数据分类", "backup.dataCategories");
        } else if (cats.isEmpty()) {
            p.add(Tri.FALSE, "the strategies grade no data by importance",
                    "备份策略未按数据的重要性及其对交易系统运行的影响对数据分类", null);
        } else {
            List<String> incomplete = new ArrayList<>();
            for (int i = 0; i < cats.size(); i++) {
                DataCategory c = cats.get(i);
                List<String> gaps = new ArrayList<>();
                if (blank(c.importance())) gaps.add("importance");
                if (blank(c.tradingImpact())) gaps.add("tradingImpact");
                if (blank(c.backupMethod())) gaps.add("backupMethod");
                if (blank(c.restoreMethod())) gaps.add("restoreMethod");
                for (String g : gaps) {
                    incomplete.add("backup.dataCategories[" + i + "]." + g);
                }
            }
            String list = cats.stream().map(c -> nz(c.name()) + (blank(c.importance()) ? "" : "（" + c.importance() + "）"))
                    .collect(Collectors.joining("、"));
            if (incomplete.isEmpty()) {
                p.add(Tri.TRUE, cats.size() + " data categories graded by importance and trading impact, each with a backup and a restore method: "
                                + cats.stream().map(c -> nz(c.name()) + " (" + c.importance() + ")").collect(Collectors.joining(", ")),
                        "策略按数据重要性及对交易系统运行的影响将数据分为" + cats.size() + "类：" + list + "，并规定了各类数据的备份和恢复方式", null);
            } else {
                p.add(Tri.UNKNOWN, "data categories without importance, trading impact, backup or restore method: "
                        + String.join(", ", incomplete), "数据分类" + list + "中部分类别未写明重要性、影响或备份恢复方式",
                        String.join(", ", incomplete));
            }
        }
        return p.done();
    }

    /** x.6.1.2 data management, media maintenance, destruction and usage policies. */
    public static Outcome mediaPolicies(Backup b, LocalDate asOf) {
        Parts p = new Parts().fact(b);
        document(p, b.dataManagementPolicy(), "backup.dataManagementPolicy", "data management policy", "数据管理制度", asOf);
        document(p, b.mediaMaintenancePolicy(), "backup.mediaMaintenancePolicy", "media maintenance policy", "介质维护制度", asOf);
        document(p, b.mediaDestructionPolicy(), "backup.mediaDestructionPolicy", "media destruction policy", "介质销毁制度", asOf);
        document(p, b.mediaUsagePolicy(), "backup.mediaUsagePolicy", "media usage policy", "介质使用管理制度", asOf);
        return p.done();
    }

    /** x.6.1.3 every backup medium clearly labelled. */
    public static Outcome mediaLabelling(Backup b) {
        Parts p = new Parts().fact(b);
        List<BackupMedium> media = b.media();
        if (media == null) {
            return p.add(Tri.UNKNOWN, "media register not stated", "未提供备份介质登记", "backup.media").done();
        }
        if (media.isEmpty()) {
            return p.add(Tri.FALSE, "no backup media in the register", "备份介质登记为空，无介质标识记录", null).done();
        }
        List<String> unlabelled = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < media.size(); i++) {
            BackupMedium m = media.get(i);
            Tri t = BackupCalc.labelled(m);
            if (t == Tri.FALSE) {
                unlabelled.add(nz(m.id()));
                p.offending(m);
            } else if (t == Tri.UNKNOWN) {
                unknown.add("backup.media[" + i + "].labelled");
            }
            p.fact(m);
        }
        if (!unlabelled.isEmpty()) {
            p.add(Tri.FALSE, unlabelled.size() + " of " + media.size() + " media without a clear label: " + String.join(", ", unlabelled),
                    "共" + media.size() + "个备份介质，其中" + String.join("、", unlabelled) + "未做明确标识", null);
        } else if (!unknown.isEmpty()) {
            p.add(Tri.UNKNOWN, unknown.size() + " of " + media.size() + " media without labelling stated",
                    "部分备份介质未说明标识情况", String.join(", ", unknown));
        } else {
            p.add(Tri.TRUE, "all " + media.size() + " media labelled",
                    "共" + media.size() + "个备份介质，均有明确标识（如" + example(media) + "）", null);
        }
        return p.done();
    }

    private static String example(List<BackupMedium> media) {
        return media.stream().map(m -> m.label() != null && !m.label().isBlank() ? m.label() : m.id())
                .filter(s -> s != null).findFirst().orElse("");
    }

    /** x.6.1.4 media kept in secure stores (access control, fire protection, environment). */
    public static Outcome mediaSecureStorage(Backup b) {
        Parts p = new Parts().fact(b);
        List<MediaStore> stores = b.mediaStores();
        if (stores == null) {
            return p.add(Tri.UNKNOWN, "media stores not stated", "未提供介质存放场所", "backup.mediaStores").done();
        }
        if (stores.isEmpty()) {
            return p.add(Tri.FALSE, "no media store stated: media are not kept in a secured place",
                    "无专门的介质存放场所", null).done();
        }
        for (int i = 0; i < stores.size(); i++) {
            MediaStore s = stores.get(i);
            p.fact(s);
            List<String> lacks = new ArrayList<>();
            List<String> lacksZh = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            check(s.accessControlled(), "access control", "门禁或上锁管控", "backup.mediaStores[" + i + "].accessControlled", lacks, lacksZh, unknown);
            check(s.fireProtected(), "fire protection", "防火措施", "backup.mediaStores[" + i + "].fireProtected", lacks, lacksZh, unknown);
            check(s.environmentControlled(), "temperature/humidity/magnetic protection", "温湿度及防磁措施",
                    "backup.mediaStores[" + i + "].environmentControlled", lacks, lacksZh, unknown);
            String name = storeName(s);
            if (!lacks.isEmpty()) {
                p.offending(s).add(Tri.FALSE, "store " + name + " lacks " + String.join(", ", lacks),
                        "介质存放场所" + name + "缺少" + String.join("、", lacksZh), null);
            } else if (!unknown.isEmpty()) {
                p.add(Tri.UNKNOWN, "store " + name + ": protection not fully stated", "介质存放场所" + name + "的防护情况未完整说明",
                        String.join(", ", unknown));
            } else {
                p.add(Tri.TRUE, "store " + name + " access-controlled, fire-protected, environment-controlled",
                        "介质存放于" + name + "，有门禁管控、防火及温湿度防磁措施", null);
            }
        }
        List<BackupMedium> media = b.media();
        if (media == null) {
            p.add(Tri.UNKNOWN, "media register not stated (where each medium is kept)", "未提供备份介质登记", "backup.media");
        } else {
            List<String> unplaced = new ArrayList<>();
            for (int i = 0; i < media.size(); i++) {
                BackupMedium m = media.get(i);
                if (m.store() == null || findStore(stores, m.store()) == null) {
                    unplaced.add("backup.media[" + i + "].store");
                }
            }
            if (!unplaced.isEmpty()) {
                p.add(Tri.UNKNOWN, unplaced.size() + " media not placed in a listed store", "部分介质未登记存放场所",
                        String.join(", ", unplaced));
            } else {
                p.add(Tri.TRUE, "all " + media.size() + " media kept in listed stores", "", null);
            }
        }
        return p.done();
    }

    /** x.6.1.5 post-settlement backup every day; website data backed up as its plan says. */
    public static Outcome dailyBackup(Backup b, Company co, LocalDate asOf) {
        return dailyBackup(b, co, asOf, true);
    }

    /**
     * As above; with {@code website} false only the post-settlement backup is asked for (the earlier edition's
     * 4.6.1.5: 每日应对结算后数据进行备份, without the website backup plan).
     */
    public static Outcome dailyBackup(Backup b, Company co, LocalDate asOf, boolean website) {
        Parts p = new Parts().fact(b);
        LocalDate start = BackupCalc.dailyWindowStart(asOf);
        List<BackupRun> runs = b.settlementBackups();
        if (runs == null) {
            p.add(Tri.UNKNOWN, "post-settlement backups not stated", "未提供结算后数据备份记录", "backup.settlementBackups");
        } else {
            List<BackupRun> recent = runs.stream().filter(r -> BackupCalc.withinDaily(r.date(), asOf)).toList();
            Optional<LocalDate> latest = Calc.latest(runs, BackupRun::date, asOf);
            Optional<BackupRun> ok = recent.stream().filter(r -> Boolean.TRUE.equals(r.successful())).findFirst();
            String latestEn = latest.map(d -> "latest post-settlement backup " + d).orElse("no post-settlement backup on record");
            String latestZh = latest.map(d -> "最近一次结算后数据备份为" + d).orElse("无结算后数据备份记录");
            if (ok.isPresent()) {
                p.add(Tri.TRUE, "successful post-settlement backup on " + ok.get().date() + " (window " + start + " to " + asOf + ")",
                        "每日结算后进行数据备份，" + latestZh + "，备份成功", null);
            } else if (recent.stream().anyMatch(r -> r.successful() == null)) {
                p.add(Tri.UNKNOWN, "post-settlement backup in the window " + start + " to " + asOf + " without its result",
                        latestZh + "，未说明是否成功", "backup.settlementBackups[].successful");
            } else if (!recent.isEmpty()) {
                p.add(Tri.FALSE, "post-settlement backup in the window " + start + " to " + asOf + " failed",
                        latestZh + "，但该次备份失败", null);
            } else {
                p.add(Tri.FALSE, latestEn + "; none in the window " + start + " to " + asOf,
                        latestZh + "，评估基准日" + asOf + "前一个结算日未见备份", null);
            }
        }
        if (!website) {
            return p.done();
        }
        if (co == null || co.hasWebsite() == null) {
            p.add(Tri.UNKNOWN, "whether the company runs a website not stated", "未说明是否有网站", "company.hasWebsite");
        } else if (!co.hasWebsite()) {
            p.add(Tri.TRUE, "no website (website backup not needed)", "公司无网站，无需网站数据备份", null);
        } else {
            p.fact(co);
            document(p, b.websiteBackupPlan(), "backup.websiteBackupPlan", "website backup plan", "网站数据备份计划", asOf);
            Integer days = b.websiteBackupIntervalDays();
            if (days == null) {
                p.add(Tri.UNKNOWN, "website backup interval not stated", "网站备份计划未写明备份周期", "backup.websiteBackupIntervalDays");
            } else if (b.websiteBackups() == null) {
                p.add(Tri.UNKNOWN, "website backups not stated", "未提供网站数据备份记录", "backup.websiteBackups");
            } else {
                Optional<LocalDate> last = Calc.latest(b.websiteBackups(), ActivityRecord::date, asOf);
                boolean within = last.isPresent() && Calc.withinDays(last.get(), asOf, days);
                p.add(Tri.of(within), "website plan every " + days + " days; latest website backup "
                                + last.map(LocalDate::toString).orElse("none"),
                        "网站数据备份计划每" + days + "天备份一次，最近一次网站数据备份" + last.map(d -> "为" + d).orElse("无记录")
                                + (within ? "，按计划执行" : "，未按计划执行"), null);
            }
        }
        return p.done();
    }

    /** x.6.1.6 each week post-settlement backup media deposited in a same-city and an off-site store. */
    public static Outcome weeklyMediaStorage(Backup b, LocalDate asOf) {
        return weeklyMediaStorage(b, asOf, true);
    }

    /**
     * As above; with {@code sameCity} false only the deposit in another city is asked for (the earlier edition's
     * 4.6.1.6: 每周应将结算后数据备份介质异地存放; 异地 read as another city, as the current edition reads it).
     */
    public static Outcome weeklyMediaStorage(Backup b, LocalDate asOf, boolean sameCity) {
        Parts p = new Parts().fact(b);
        List<MediaTransfer> transfers = b.mediaTransfers();
        String city = b.productionCentre() == null ? null : b.productionCentre().city();
        if (transfers == null) {
            return p.add(Tri.UNKNOWN, "media deposits not stated", "未提供备份介质同城和异地存放记录", "backup.mediaTransfers").done();
        }
        List<MediaTransfer> week = transfers.stream().filter(t -> Calc.withinDays(t.date(), asOf, 7)).toList();
        Tri same = Tri.FALSE;
        Tri other = Tri.FALSE;
        List<String> unknown = new ArrayList<>();
        LocalDate lastSame = null;
        LocalDate lastOther = null;
        for (MediaTransfer t : week) {
            MediaStore s = findStore(b.mediaStores(), t.store());
            BackupCalc.Place place = BackupCalc.place(s, city);
            switch (place) {
                case SAME_CITY -> {
                    same = Tri.TRUE;
                    lastSame = max(lastSame, t.date());
                    p.fact(s);
                }
                case OTHER_CITY -> {
                    other = Tri.TRUE;
                    lastOther = max(lastOther, t.date());
                    p.fact(s);
                }
                case UNKNOWN -> unknown.add(s == null ? "backup.mediaStores (no store '" + t.store() + "')"
                        : city == null ? "backup.productionCentre.city"
                        : "backup.mediaStores[" + b.mediaStores().indexOf(s) + "].city/atProductionSite");
                default -> { }
            }
        }
        if (!unknown.isEmpty()) {
            if (same == Tri.FALSE) same = Tri.UNKNOWN;
            if (other == Tri.FALSE) other = Tri.UNKNOWN;
        }
        String missing = String.join(", ", unknown);
        Optional<LocalDate> any = Calc.latest(transfers, MediaTransfer::date, asOf);
        if (sameCity) {
            p.add(same, same == Tri.TRUE ? "same-city deposit on " + lastSame : "no same-city deposit in the 7 days to " + asOf,
                    same == Tri.TRUE ? "每周将结算后数据备份介质送同城存放（最近一次" + lastSame + "）"
                            : "评估基准日前7天内无同城存放记录", missing);
        } else {
            same = Tri.TRUE;
        }
        p.add(other, other == Tri.TRUE ? "off-site (other city) deposit on " + lastOther : "no off-site deposit in the 7 days to " + asOf,
                other == Tri.TRUE ? "每周送异地存放（最近一次" + lastOther + "）" : "评估基准日前7天内无异地存放记录", missing);
        if (same != Tri.TRUE || other != Tri.TRUE) {
            p.add(Tri.TRUE, any.map(d -> "latest deposit of any kind " + d).orElse("no deposit on record"), "", null);
        }
        return p.done();
    }

    /** x.6.1.7 periodic restore verification of the main business backups; timely transfer by media service life. */
    public static Outcome restoreVerification(Backup b, LocalDate asOf) {
        Parts p = new Parts().fact(b);
        Integer months = b.restoreVerificationIntervalMonths();
        if (months == null) {
            p.add(Tri.UNKNOWN, "restore verification interval not stated", "未说明恢复验证周期", "backup.restoreVerificationIntervalMonths");
        } else if (months > 12 || months < 1) {
            p.add(Tri.FALSE, "the policy's restore verification interval of " + months + " months is not a regular one (at least yearly)",
                    "制度规定的恢复验证周期为" + months + "个月，达不到定期（至少每年）验证", null);
        } else if (b.restoreVerifications() == null) {
            p.add(Tri.UNKNOWN, "restore verifications not stated", "未提供恢复验证记录", "backup.restoreVerifications");
        } else {
            Optional<LocalDate> last = Calc.latest(b.restoreVerifications(), ActivityRecord::date, asOf);
            boolean within = last.isPresent() && Calc.withinMonths(last.get(), asOf, months);
            p.add(Tri.of(within), "restore verification every " + months + " months; latest " + last.map(LocalDate::toString).orElse("none"),
                    "制度规定每" + months + "个月对主要备份业务数据进行恢复验证，最近一次" + last.map(d -> "为" + d).orElse("无记录")
                            + (within ? "" : "，已超出规定周期"), null);
        }
        List<BackupMedium> media = b.media();
        if (media == null) {
            p.add(Tri.UNKNOWN, "media register not stated (service life)", "未提供备份介质登记", "backup.media");
        } else {
            List<String> late = new ArrayList<>();
            List<String> lateIds = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            for (int i = 0; i < media.size(); i++) {
                BackupMedium m = media.get(i);
                Tri t = BackupCalc.mediumLifeOk(m, asOf);
                if (t == Tri.FALSE) {
                    lateIds.add(nz(m.id()));
                    late.add(nz(m.id()) + " (usable until " + m.usableUntil()
                            + (m.dataTransferredOn() == null ? ", not transferred" : ", transferred " + m.dataTransferredOn()) + ")");
                    p.offending(m);
                } else if (t == Tri.UNKNOWN) {
                    unknown.add("backup.media[" + i + "].usableUntil");
                }
            }
            if (!late.isEmpty()) {
                p.add(Tri.FALSE, "data not transferred before the media's service life ended: " + String.join("; ", late),
                        "介质" + String.join("、", lateIds)
                                + "已超过使用期限且未及时转储", null);
            } else if (!unknown.isEmpty()) {
                p.add(Tri.UNKNOWN, "service life not stated for " + unknown.size() + " media", "部分介质未登记使用期限",
                        String.join(", ", unknown));
            } else {
                p.add(Tri.TRUE, "all " + media.size() + " media within service life or transferred in time",
                        "备份介质均在使用期限内或已在到期前转储", null);
            }
        }
        return p.done();
    }

    /** x.6.1.8 (classes 3 and 4) key business data sent in real time over the network to an off-site backup site. */
    public static Outcome realtimeOffsite(Backup b) {
        Parts p = new Parts().fact(b);
        List<Replication> reps = b.replications();
        if (reps == null) {
            return p.add(Tri.UNKNOWN, "data replications not stated", "未提供数据实时传送情况", "backup.replications").done();
        }
        if (reps.isEmpty()) {
            return p.add(Tri.FALSE, "no replication of data to another site", "未利用通信网络将关键业务数据实时传送至异地", null).done();
        }
        String city = b.productionCentre() == null ? null : b.productionCentre().city();
        Tri any = Tri.FALSE;
        Replication good = null;
        List<String> en = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < reps.size(); i++) {
            Replication r = reps.get(i);
            String targetCity = targetCity(b, r);
            Tri offsite = targetCity == null || city == null ? Tri.UNKNOWN : Tri.of(!BackupCalc.sameCity(targetCity, city));
            Tri t = Tri.of(r.keyBusinessData()).and(Tri.of(r.realTime())).and(offsite);
            if (t == Tri.UNKNOWN) {
                if (r.keyBusinessData() == null) missing.add("backup.replications[" + i + "].keyBusinessData");
                if (r.realTime() == null) missing.add("backup.replications[" + i + "].realTime");
                if (offsite == Tri.UNKNOWN) missing.add(city == null ? "backup.productionCentre.city" : "backup.replications[" + i + "].targetCity");
            }
            en.add(nz(r.id()) + ": " + (Boolean.TRUE.equals(r.keyBusinessData()) ? "key data" : Boolean.FALSE.equals(r.keyBusinessData()) ? "not key data" : "data ?")
                    + ", " + (Boolean.TRUE.equals(r.realTime()) ? "real time" : Boolean.FALSE.equals(r.realTime()) ? "batch" : "timing ?")
                    + ", to " + nz(r.target()) + " in " + (targetCity == null ? "?" : targetCity));
            if (t == Tri.TRUE && good == null) {
                good = r;
            }
            any = any.or(t);
            p.fact(r);
        }
        if (good != null) {
            String tc = targetCity(b, good);
            return new Parts().fact(good).add(Tri.TRUE, String.join("; ", en),
                    "通过" + nz(good.method()) + "将" + nz(good.data()) + "实时传送至" + tc + "的" + nz(good.target())
                            + "（生产中心位于" + city + "）", null).done();
        }
        return p.add(any, String.join("; ", en), any == Tri.FALSE
                        ? "现有数据传送均不满足将关键业务数据实时传送至异地（生产中心所在城市以外）的要求"
                        : "数据传送情况未完整说明（是否关键数据、是否实时、目的地城市）",
                String.join(", ", missing)).done();
    }

    /** x.6.1.9 (classes 3 and 4) each day's trading and settlement backup restored and checked immediately. */
    public static Outcome sameDayVerification(Backup b, LocalDate asOf) {
        Parts p = new Parts().fact(b);
        List<BackupRun> runs = b.settlementBackups();
        if (runs == null) {
            return p.add(Tri.UNKNOWN, "post-settlement backups not stated", "未提供结算后数据备份及恢复验证记录",
                    "backup.settlementBackups").done();
        }
        List<BackupRun> week = runs.stream().filter(r -> Calc.withinDays(r.date(), asOf, 7))
                .filter(r -> !Boolean.FALSE.equals(r.successful())).sorted(Comparator.comparing(BackupRun::date)).toList();
        if (week.isEmpty()) {
            return p.add(Tri.FALSE, "no post-settlement backup in the 7 days to " + asOf + ", so none verified",
                    "评估基准日前7天内无结算后数据备份及恢复验证记录", null).done();
        }
        List<String> late = new ArrayList<>();
        List<String> lateZh = new ArrayList<>();
        int ok = 0;
        int pending = 0;
        for (BackupRun r : week) {
            Tri t = BackupCalc.verifiedImmediately(r, asOf);
            if (t == Tri.TRUE) {
                ok++;
            } else if (t == Tri.UNKNOWN) {
                pending++;
            } else {
                boolean none = r.restoreVerifiedOn() == null || r.restoreVerifiedOn().isAfter(asOf);
                late.add(r.date() + (none ? " (not verified)" : " (verified " + r.restoreVerifiedOn() + ")"));
                lateZh.add(r.date() + (none ? "的备份未验证" : "的备份于" + r.restoreVerifiedOn() + "才验证"));
            }
        }
        if (!late.isEmpty()) {
            return p.add(Tri.FALSE, late.size() + " of " + week.size() + " backups in the 7 days to " + asOf
                            + " not verified on the day or the next: " + String.join(", ", late),
                    "评估基准日前7天内的" + week.size() + "次结算后数据备份中，" + late.size() + "次未在当日立即进行恢复验证（"
                            + String.join("，", lateZh) + "）", null).done();
        }
        if (ok == 0) {
            return p.add(Tri.UNKNOWN, "the only backup in the window ran on " + asOf + " and its verification is not recorded yet",
                    "评估基准日当日的备份尚无恢复验证记录", "backup.settlementBackups[].restoreVerifiedOn").done();
        }
        return p.add(Tri.TRUE, "all " + ok + " backups in the 7 days to " + asOf + " verified on the day or the next"
                        + (pending > 0 ? " (" + pending + " from " + asOf + " pending)" : ""),
                "评估基准日前7天内的" + ok + "次结算后数据备份均在备份当日立即进行了恢复验证", null).done();
    }

    /** x.6.1.8 / x.6.1.10 a named person keeps the backup media. */
    public static Outcome mediaCustodian(Backup b, LocalDate asOf) {
        Parts p = new Parts().fact(b);
        List<MediaCustodian> cs = b.mediaCustodians();
        if (cs == null) {
            return p.add(Tri.UNKNOWN, "media custodian not stated", "未说明备份介质保管人员", "backup.mediaCustodians").done();
        }
        List<MediaCustodian> named = cs.stream().filter(c -> !blank(c.name()))
                .filter(c -> c.appointedOn() == null || !c.appointedOn().isAfter(asOf)).toList();
        if (named.isEmpty()) {
            boolean unnamed = cs.stream().anyMatch(c -> blank(c.name()));
            if (unnamed && cs.stream().allMatch(c -> blank(c.name()))) {
                return p.add(Tri.UNKNOWN, "custodian listed without a name", "备份介质保管人员未写明姓名",
                        "backup.mediaCustodians[].name").done();
            }
            return p.add(Tri.FALSE, cs.isEmpty() ? "nobody designated to keep the backup media"
                            : "no custodian designated on or before " + asOf,
                    "未指定专人负责保管业务数据备份介质", null).done();
        }
        named.forEach(p::fact);
        String names = named.stream().map(c -> c.name() + (blank(c.position()) ? "" : "（" + c.position() + "）")).collect(Collectors.joining("、"));
        return p.add(Tri.TRUE, "designated custodian(s): " + named.stream().map(MediaCustodian::name).collect(Collectors.joining(", ")),
                "指定" + names + "负责保管业务数据备份介质", null).done();
    }

    // ================================================================ x.6.2 灾难备份

    /**
     * x.6.2.1 a disaster-recovery centre able to take over all core business; in class 4 at least
     * {@code minDistanceKm} in a straight line from the production centre and in another city.
     */
    public static Outcome drCentre(Backup b, BigDecimal minDistanceKm, boolean differentCity) {
        Parts p = new Parts().fact(b);
        List<DrCentre> centres = b.drCentres();
        if (centres == null) {
            return p.add(Tri.UNKNOWN, "disaster-recovery centres not stated", "未说明灾难备份中心情况", "backup.drCentres").done();
        }
        if (centres.isEmpty()) {
            return p.add(Tri.FALSE, "no disaster-recovery centre", "公司未建设灾难备份中心", null).done();
        }
        String prodCity = b.productionCentre() == null ? null : b.productionCentre().city();
        Tri any = Tri.FALSE;
        DrCentre good = null;
        List<String> en = new ArrayList<>();
        List<String> zh = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < centres.size(); i++) {
            DrCentre c = centres.get(i);
            String path = "backup.drCentres[" + i + "]";
            Tri cover;
            String coverEn;
            String coverZh;
            if (c.systems() == null) {
                cover = Tri.UNKNOWN;
                coverEn = "systems not stated";
                coverZh = "未说明部署的系统";
                missing.add(path + ".systems");
            } else {
                Set<CoreSystem> lacking = lackingCore(c.systems());
                cover = Tri.of(lacking.isEmpty());
                coverEn = lacking.isEmpty() ? "runs all core systems" : "lacks " + lacking.stream().map(CoreSystem::zh).collect(Collectors.joining("、"));
                coverZh = lacking.isEmpty() ? "部署了交易、结算、风控和银期转账全部核心系统，可接管所有核心业务"
                        : "未部署" + lacking.stream().map(CoreSystem::zh).collect(Collectors.joining("、")) + "系统，不能接管所有核心业务";
            }
            Tri t = cover;
            StringBuilder e = new StringBuilder(name(c)).append(": ").append(coverEn);
            StringBuilder z = new StringBuilder("灾难备份中心").append(name(c)).append(c.city() == null ? "" : "（" + c.city() + "）").append(coverZh);
            if (minDistanceKm != null) {
                BackupCalc.Distance d = BackupCalc.distance(b.productionCentre(), c);
                if (d == null) {
                    t = t.and(Tri.UNKNOWN);
                    missing.add(path + ".latitude/longitude or " + path + ".distanceKm");
                    e.append(", distance not stated");
                    z.append("，与生产中心距离未说明");
                } else {
                    boolean far = d.km().compareTo(minDistanceKm) >= 0;
                    t = t.and(Tri.of(far));
                    e.append(", ").append(d.en()).append(" from production");
                    z.append("，与生产中心直线距离").append(d.zh());
                    if (d.computed() && d.km().subtract(minDistanceKm).abs().compareTo(minDistanceKm.multiply(new BigDecimal("0.005"))) <= 0) {
                        e.append(" (within 0.5% of the threshold: confirm by survey)");
                    }
                }
            }
            if (differentCity) {
                if (c.city() == null || prodCity == null) {
                    t = t.and(Tri.UNKNOWN);
                    missing.add(c.city() == null ? path + ".city" : "backup.productionCentre.city");
                    e.append(", city not stated");
                } else {
                    boolean other = !BackupCalc.sameCity(c.city(), prodCity);
                    t = t.and(Tri.of(other));
                    e.append(", in ").append(c.city()).append(other ? " (production in " : " (same city as production, ").append(prodCity).append(")");
                    z.append(other ? "，与生产中心（" + prodCity + "）位于不同城市" : "，与生产中心同在" + prodCity);
                }
            }
            en.add(e.toString());
            zh.add(z.toString());
            if (t == Tri.TRUE && good == null) {
                good = c;
            }
            if (t == Tri.FALSE) {
                p.offending(c);
            }
            p.fact(c);
            any = any.or(t);
        }
        if (good != null) {
            int idx = centres.indexOf(good);
            return new Parts().fact(b).fact(good).add(Tri.TRUE, en.get(idx), zh.get(idx), null).done();
        }
        return p.add(any, String.join("; ", en), String.join("；", zh), String.join(", ", missing)).done();
    }

    /** x.6.2.2 site and facilities for recovering the key business functions. */
    public static Outcome drFacilities(Backup b) {
        return eachCentre(b, (c, path) -> {
            Parts p = new Parts();
            List<String> lacks = new ArrayList<>();
            List<String> lacksZh = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            check(c.machineRoom(), "machine room", "机房场地", path + ".machineRoom", lacks, lacksZh, unknown);
            check(c.powerBackup(), "backup power", "UPS/发电机等备用电源", path + ".powerBackup", lacks, lacksZh, unknown);
            check(c.airConditioning(), "air conditioning", "精密空调", path + ".airConditioning", lacks, lacksZh, unknown);
            check(c.fireProtection(), "fire protection", "消防设施", path + ".fireProtection", lacks, lacksZh, unknown);
            check(c.accessControl(), "access control", "门禁", path + ".accessControl", lacks, lacksZh, unknown);
            check(c.operatorWorkspace(), "operator workspace", "恢复操作人员工作场地", path + ".operatorWorkspace", lacks, lacksZh, unknown);
            if (!lacks.isEmpty()) {
                return p.add(Tri.FALSE, name(c) + " lacks " + String.join(", ", lacks), "灾难备份中心" + name(c) + "缺少" + String.join("、", lacksZh), null);
            }
            if (!unknown.isEmpty()) {
                return p.add(Tri.UNKNOWN, name(c) + ": facilities not fully stated", "灾难备份中心" + name(c) + "的场地设施未完整说明", String.join(", ", unknown));
            }
            return p.add(Tri.TRUE, name(c) + ": machine room, backup power, air conditioning, fire protection, access control, operator workspace",
                    "灾难备份中心" + name(c) + "具备机房场地、备用电源、精密空调、消防、门禁及恢复操作人员工作场地", null);
        });
    }

    /** x.6.2.3 the disaster-recovery centre's data kept consistent with the core systems. */
    public static Outcome drDataConsistency(Backup b) {
        return drDataConsistency(b, false);
    }

    /**
     * As above; with {@code realTime} the replication must run in real time over the network (the earlier edition's
     * 4.6.2.3: 采用远程数据复制技术，并利用通信网络将关键数据实时复制到灾难备份中心).
     */
    public static Outcome drDataConsistency(Backup b, boolean realTime) {
        if (realTime) {
            return drRealTimeReplication(b);
        }
        return eachCentre(b, (c, path) -> {
            Parts p = new Parts();
            if (b.replications() == null) {
                return p.add(Tri.UNKNOWN, "data replications not stated", "未说明灾备数据同步手段", "backup.replications");
            }
            List<Replication> to = b.replications().stream().filter(r -> c.id() != null && c.id().equals(r.target())).toList();
            to.forEach(p::fact);
            if (to.stream().anyMatch(r -> Boolean.TRUE.equals(r.keyBusinessData()))) {
                Replication r = to.stream().filter(x -> Boolean.TRUE.equals(x.keyBusinessData())).findFirst().orElseThrow();
                return p.add(Tri.TRUE, name(c) + ": core data replicated by " + nz(r.method()) + (Boolean.TRUE.equals(r.realTime()) ? " in real time" : ""),
                        "通过" + nz(r.method()) + "将" + nz(r.data()) + "同步至灾难备份中心" + name(c) + "，保持与核心系统数据一致", null);
            }
            if (to.stream().anyMatch(r -> r.keyBusinessData() == null)) {
                return p.add(Tri.UNKNOWN, name(c) + ": replication without the data it carries stated", "同步至" + name(c) + "的数据范围未说明",
                        "backup.replications[].keyBusinessData");
            }
            return p.add(Tri.FALSE, name(c) + ": no replication of the core systems' data to it",
                    "未采取手段将核心系统数据同步至灾难备份中心" + name(c), null);
        });
    }

    /** x.6.2.4 the full running environment, ready or running. */
    public static Outcome drEnvironment(Backup b) {
        return eachCentre(b, (c, path) -> {
            Parts p = new Parts();
            if (c.systems() == null) {
                return p.add(Tri.UNKNOWN, name(c) + ": systems not stated", "未说明灾难备份中心" + name(c) + "的运行环境", path + ".systems");
            }
            Set<CoreSystem> lacking = lackingCore(c.systems());
            List<String> notReady = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            for (int i = 0; i < c.systems().size(); i++) {
                DrSystem s = c.systems().get(i);
                if (s.state() == null) {
                    unknown.add(path + ".systems[" + i + "].state");
                } else if (!s.state().readyOrRunning()) {
                    notReady.add(nz(s.name() != null ? s.name() : s.id()));
                }
            }
            if (!lacking.isEmpty() || !notReady.isEmpty()) {
                List<String> why = new ArrayList<>();
                if (!lacking.isEmpty()) {
                    why.add("no environment for " + lacking.stream().map(CoreSystem::zh).collect(Collectors.joining(", ")));
                }
                if (!notReady.isEmpty()) {
                    why.add("not ready: " + String.join(", ", notReady));
                }
                String en = name(c) + ": " + String.join("; ", why);
                String zh = "灾难备份中心" + name(c) + (lacking.isEmpty() ? "" : "未配备" + lacking.stream().map(CoreSystem::zh).collect(Collectors.joining("、")) + "系统运行环境")
                        + (notReady.isEmpty() ? "" : (lacking.isEmpty() ? "" : "，") + String.join("、", notReady) + "未处于就绪或运行状态");
                return p.add(Tri.FALSE, en, zh, null);
            }
            if (!unknown.isEmpty()) {
                return p.add(Tri.UNKNOWN, name(c) + ": state of some systems not stated", "灾难备份中心" + name(c) + "部分系统状态未说明", String.join(", ", unknown));
            }
            return p.add(Tri.TRUE, name(c) + ": " + c.systems().size() + " systems incl. all core systems, each ready or running",
                    "灾难备份中心" + name(c) + "配备了全部核心系统等" + c.systems().size() + "套运行环境，均处于就绪或运行状态（"
                            + c.systems().stream().map(s -> nz(s.name() != null ? s.name() : s.id()) + s.state().zh()).collect(Collectors.joining("、")) + "）", null);
        });
    }

    /** x.6.2.5 communication links and network devices, ready. */
    public static Outcome drNetwork(Backup b) {
        return eachCentre(b, (c, path) -> {
            Parts p = new Parts();
            equipment(p, c, c.links(), path + ".links", "communication links", "通信链路", "条");
            equipment(p, c, c.networkDevices(), path + ".networkDevices", "network devices", "网络设备", "台");
            return p;
        });
    }

    private static void equipment(Parts p, DrCentre c, List<DrEquipment> items, String path, String en, String zh, String unit) {
        if (items == null) {
            p.add(Tri.UNKNOWN, name(c) + ": " + en + " not stated", "未说明灾难备份中心" + name(c) + "的" + zh, path);
            return;
        }
        if (items.isEmpty()) {
            p.add(Tri.FALSE, name(c) + ": no " + en, "灾难备份中心" + name(c) + "未配备" + zh, null);
            return;
        }
        List<String> notReady = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            DrEquipment e = items.get(i);
            if (e.state() == null) {
                unknown.add(path + "[" + i + "].state");
            } else if (!e.state().readyOrRunning()) {
                notReady.add(nz(e.description() != null ? e.description() : e.id()));
            }
        }
        if (!notReady.isEmpty()) {
            p.add(Tri.FALSE, name(c) + ": " + en + " not ready: " + String.join(", ", notReady),
                    "灾难备份中心" + name(c) + "的" + zh + String.join("、", notReady) + "未处于就绪状态", null);
        } else if (!unknown.isEmpty()) {
            p.add(Tri.UNKNOWN, name(c) + ": state of some " + en + " not stated", "部分" + zh + "状态未说明", String.join(", ", unknown));
        } else {
            p.add(Tri.TRUE, name(c) + ": " + items.size() + " " + en + " ready",
                    "灾难备份中心" + name(c) + "配备" + zh + items.size() + unit + "，均处于就绪状态", null);
        }
    }

    /** x.6.2.6 technical support staff during trading (night sessions included where traded) and settlement. */
    public static Outcome drSupportStaff(Backup b, Company co) {
        return eachCentre(b, (c, path) -> {
            Parts p = new Parts();
            List<DrSupportPerson> staff = c.supportStaff();
            if (staff == null) {
                return p.add(Tri.UNKNOWN, name(c) + ": support staff not stated", "未说明灾难备份中心" + name(c) + "的保障人员", path + ".supportStaff");
            }
            if (staff.isEmpty()) {
                return p.add(Tri.FALSE, name(c) + ": no support staff", "灾难备份中心" + name(c) + "无技术支持和保障人员", null);
            }
            Tri day = Tri.any(staff, DrSupportPerson::tradingHours);
            Tri settle = Tri.any(staff, DrSupportPerson::settlementHours);
            Tri night = Tri.any(staff, DrSupportPerson::nightSession);
            Boolean continuous = co == null ? null : co.continuousTrading();
            Tri nightNeeded;
            String nightEn;
            if (Boolean.FALSE.equals(continuous)) {
                nightNeeded = Tri.TRUE;
                nightEn = "no night sessions traded";
            } else if (night == Tri.TRUE) {
                nightNeeded = Tri.TRUE;
                nightEn = "night sessions covered";
            } else if (continuous == null) {
                nightNeeded = Tri.UNKNOWN;
                nightEn = "night sessions not covered; whether the company trades them is not stated";
            } else {
                nightNeeded = night;
                nightEn = night == Tri.FALSE ? "night sessions not covered" : "night-session cover not stated";
            }
            String miss = day == Tri.UNKNOWN ? path + ".supportStaff[].tradingHours"
                    : settle == Tri.UNKNOWN ? path + ".supportStaff[].settlementHours"
                    : nightNeeded == Tri.UNKNOWN ? (continuous == null ? "company.continuousTrading" : path + ".supportStaff[].nightSession") : null;
            Tri t = day.and(settle).and(nightNeeded);
            String en = name(c) + ": " + staff.size() + " support staff; trading hours " + word(day) + ", settlement " + word(settle) + ", " + nightEn;
            String zh = "灾难备份中心" + name(c) + "配备技术支持和保障人员" + staff.size() + "名（"
                    + staff.stream().map(s -> nz(s.name())).collect(Collectors.joining("、")) + "），"
                    + (day == Tri.TRUE ? "覆盖交易时间" : "交易时间无人保障") + "，"
                    + (settle == Tri.TRUE ? "覆盖结算时间" : "结算时间无人保障")
                    + (Boolean.FALSE.equals(continuous) ? "" : night == Tri.TRUE ? "，覆盖夜盘连续交易时段" : "，夜盘连续交易时段无人保障");
            return p.add(t, en, zh, miss);
        });
    }

    /** x.6.2.7 the disaster-recovery centre's operation and maintenance procedure. */
    public static Outcome drOperationsProcedure(Backup b, LocalDate asOf) {
        return eachCentre(b, (c, path) -> {
            Parts p = new Parts();
            document(p, c.operationsProcedure(), path + ".operationsProcedure", name(c) + " operations procedure",
                    "灾难备份中心" + name(c) + "运行维护流程", asOf);
            return p;
        });
    }

    /** x.6.2.8 detailed recovery plan and procedure, drilled every year. */
    public static Outcome drPlanAndDrills(Backup b, LocalDate asOf) {
        Parts p = new Parts().fact(b);
        document(p, b.drPlan(), "backup.drPlan", "disaster recovery plan", "灾难恢复预案", asOf);
        document(p, b.drProcedure(), "backup.drProcedure", "recovery operating procedure", "灾难恢复操作流程", asOf);
        if (b.drDrills() == null) {
            p.add(Tri.UNKNOWN, "drills not stated", "未提供灾难恢复演练记录", "backup.drDrills");
        } else {
            Optional<LocalDate> last = Calc.latest(b.drDrills(), DrDrill::day, asOf);
            boolean within = last.isPresent() && Calc.withinYears(last.get(), asOf, 1);
            p.add(Tri.of(within), "latest drill " + last.map(LocalDate::toString).orElse("none") + " (must be within 1 year of " + asOf + ")",
                    last.map(d -> "最近一次灾难恢复演练为" + d + (within ? "，近一年内按流程进行了演练" : "，近一年内未进行演练"))
                            .orElse("无灾难恢复演练记录"), null);
        }
        return p.done();
    }

    /**
     * x.6.2.9 RTO and RPO: the designed objectives and the latest drill's measured values, per centre, against
     * {@code rtoHours} and {@code rpoMinutes}.
     */
    private static Outcome drRealTimeReplication(Backup b) {
        return eachCentre(b, (c, path) -> {
            Parts p = new Parts();
            if (b.replications() == null) {
                return p.add(Tri.UNKNOWN, "data replications not stated", "未说明灾备数据复制手段", "backup.replications");
            }
            List<Replication> to = b.replications().stream().filter(r -> c.id() != null && c.id().equals(r.target())).toList();
            to.forEach(p::fact);
            Optional<Replication> ok = to.stream()
                    .filter(r -> Boolean.TRUE.equals(r.keyBusinessData()) && Boolean.TRUE.equals(r.realTime())).findFirst();
            if (ok.isPresent()) {
                Replication r = ok.get();
                return p.add(Tri.TRUE, name(c) + ": key data replicated in real time by " + nz(r.method()),
                        "采用" + nz(r.method()) + "将" + nz(r.data()) + "实时复制到灾难备份中心" + name(c), null);
            }
            if (to.stream().anyMatch(r -> !Boolean.FALSE.equals(r.keyBusinessData()) && !Boolean.FALSE.equals(r.realTime()))) {
                return p.add(Tri.UNKNOWN, name(c) + ": replication without its data or timing stated",
                        "复制至" + name(c) + "的数据范围或实时性未说明", "backup.replications[].keyBusinessData/realTime");
            }
            return p.add(Tri.FALSE, name(c) + ": no real-time replication of the key data to it",
                    "未将关键数据实时复制到灾难备份中心" + name(c), null);
        });
    }

    public static Outcome drRtoRpo(Backup b, BigDecimal rtoHours, BigDecimal rpoMinutes, LocalDate asOf) {
        if (rpoMinutes == null) {
            return drRto(b, rtoHours, asOf);
        }
        BigDecimal rtoMinutes = rtoHours.multiply(BigDecimal.valueOf(60));
        return eachCentre(b, (c, path) -> {
            Parts p = new Parts();
            // designed objectives
            if (c.designRtoMinutes() == null) {
                p.add(Tri.UNKNOWN, name(c) + ": designed RTO not stated", "灾难备份中心" + name(c) + "设计RTO未说明", path + ".designRtoMinutes");
            } else {
                boolean ok = c.designRtoMinutes().compareTo(rtoMinutes) <= 0;
                p.add(Tri.of(ok), name(c) + ": designed RTO " + BackupCalc.en(BackupCalc.minutes(c.designRtoMinutes())),
                        "灾难备份中心" + name(c) + "设计RTO为" + BackupCalc.zh(BackupCalc.minutes(c.designRtoMinutes())), null);
            }
            if (c.designRpoMinutes() == null) {
                p.add(Tri.UNKNOWN, "designed RPO not stated", "设计RPO未说明", path + ".designRpoMinutes");
            } else {
                boolean ok = c.designRpoMinutes().compareTo(rpoMinutes) <= 0;
                p.add(Tri.of(ok), "designed RPO " + BackupCalc.en(BackupCalc.minutes(c.designRpoMinutes())),
                        "设计RPO为" + BackupCalc.zh(BackupCalc.minutes(c.designRpoMinutes())), null);
            }
            // measured in the latest drill of this centre that recorded the times
            if (b.drDrills() == null) {
                return p.add(Tri.UNKNOWN, "drills not stated", "未提供演练记录", "backup.drDrills");
            }
            DrDrill d = latestMeasuredDrill(b, c, asOf);
            if (d == null) {
                return p.add(Tri.UNKNOWN, "no drill recorded the interruption, restoration and recovery-point times",
                        "未见该中心演练实测的RTO/RPO记录", "backup.drDrills[].interruptedAt/restoredAt/recoveryPointAt");
            }
            Duration rto = BackupCalc.measuredRto(d);
            Duration rpo = BackupCalc.measuredRpo(d);
            if (rto.isNegative()) {
                return p.add(Tri.UNKNOWN, "drill " + d.day() + ": restoredAt is before interruptedAt", "演练记录时间有误",
                        "backup.drDrills[].restoredAt");
            }
            boolean rtoOk = BackupCalc.atMostMinutes(rto, rtoMinutes);
            boolean rpoOk = BackupCalc.atMostMinutes(rpo, rpoMinutes);
            p.add(Tri.of(rtoOk && rpoOk), "drill " + d.day() + " measured RTO " + BackupCalc.en(rto) + " (" + d.interruptedAt()
                            + " to " + d.restoredAt() + "), RPO " + BackupCalc.en(rpo) + " (recovery point " + d.recoveryPointAt() + ")",
                    d.day() + "演练实测RTO为" + BackupCalc.zh(rto) + "、RPO为" + BackupCalc.zh(rpo), null);
            return p;
        });
    }

    /**
     * The latest drill of centre {@code c} held on or before {@code asOf} that recorded all three times. A drill
     * naming no centre is taken as the centre's when the company has only one.
     */
    /**
     * The earlier edition's 4.6.2.9 恢复时间目标（RTO）应<=12小时 (no RPO): designed and latest drill-measured RTO of every
     * disaster-recovery centre.
     */
    static Outcome drRto(Backup b, BigDecimal rtoHours, LocalDate asOf) {
        BigDecimal rtoMinutes = rtoHours.multiply(BigDecimal.valueOf(60));
        return eachCentre(b, (c, path) -> {
            Parts p = new Parts();
            if (c.designRtoMinutes() == null) {
                p.add(Tri.UNKNOWN, name(c) + ": designed RTO not stated", "灾难备份中心" + name(c) + "设计RTO未说明", path + ".designRtoMinutes");
            } else {
                boolean ok = c.designRtoMinutes().compareTo(rtoMinutes) <= 0;
                p.add(Tri.of(ok), name(c) + ": designed RTO " + BackupCalc.en(BackupCalc.minutes(c.designRtoMinutes())),
                        "灾难备份中心" + name(c) + "设计RTO为" + BackupCalc.zh(BackupCalc.minutes(c.designRtoMinutes())), null);
            }
            if (b.drDrills() == null) {
                return p.add(Tri.UNKNOWN, "drills not stated", "未提供演练记录", "backup.drDrills");
            }
            boolean single = b.drCentres().size() == 1;
            DrDrill d = b.drDrills().stream()
                    .filter(x -> c.id() != null && c.id().equals(x.centre()) || single && x.centre() == null)
                    .filter(x -> x.day() != null && !x.day().isAfter(asOf))
                    .filter(x -> x.interruptedAt() != null && x.restoredAt() != null)
                    .max(Comparator.comparing(DrDrill::interruptedAt)).orElse(null);
            if (d == null) {
                return p.add(Tri.UNKNOWN, "no drill recorded the interruption and restoration times",
                        "未见该中心演练实测的RTO记录", "backup.drDrills[].interruptedAt/restoredAt");
            }
            Duration rto = BackupCalc.measuredRto(d);
            if (rto.isNegative()) {
                return p.add(Tri.UNKNOWN, "drill " + d.day() + ": restoredAt is before interruptedAt", "演练记录时间有误",
                        "backup.drDrills[].restoredAt");
            }
            p.add(Tri.of(BackupCalc.atMostMinutes(rto, rtoMinutes)), "drill " + d.day() + " measured RTO " + BackupCalc.en(rto)
                            + " (" + d.interruptedAt() + " to " + d.restoredAt() + ")",
                    d.day() + "演练实测RTO为" + BackupCalc.zh(rto), null);
            return p;
        });
    }

    static DrDrill latestMeasuredDrill(Backup b, DrCentre c, LocalDate asOf) {
        boolean single = b.drCentres().size() == 1;
        return b.drDrills().stream()
                .filter(d -> c.id() != null && c.id().equals(d.centre()) || single && d.centre() == null)
                .filter(d -> d.day() != null && !d.day().isAfter(asOf))
                .filter(d -> d.interruptedAt() != null && d.restoredAt() != null && d.recoveryPointAt() != null)
                .max(Comparator.comparing(DrDrill::interruptedAt)).orElse(null);
    }

    /** x.6.2.10 designed processing capacity at least {@code minPercent}% of the primary system's. */
    public static Outcome drCapacity(Backup b, BigDecimal minPercent) {
        return eachCentre(b, (c, path) -> {
            Parts p = new Parts();
            if (c.systems() == null) {
                return p.add(Tri.UNKNOWN, name(c) + ": systems not stated", "", path + ".systems");
            }
            List<String> low = new ArrayList<>();
            List<String> okList = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            int checked = 0;
            for (int i = 0; i < c.systems().size(); i++) {
                DrSystem s = c.systems().get(i);
                boolean core = s.coreSystem() != null;
                boolean both = s.capacity() != null && s.primaryCapacity() != null;
                if (!core && !both) {
                    continue;
                }
                if (!both || s.primaryCapacity().signum() == 0) {
                    unknown.add(path + ".systems[" + i + "]." + (s.capacity() == null ? "capacity" : "primaryCapacity"));
                    continue;
                }
                checked++;
                String desc = nz(s.name() != null ? s.name() : s.id()) + " " + Calc.num(s.capacity()) + "/" + Calc.num(s.primaryCapacity())
                        + (s.capacityUnit() == null ? "" : " " + s.capacityUnit()) + " = " + BackupCalc.sharePct(s.capacity(), s.primaryCapacity());
                if (BackupCalc.shareAtLeast(s.capacity(), s.primaryCapacity(), minPercent)) {
                    okList.add(desc);
                } else {
                    low.add(desc);
                }
            }
            if (!low.isEmpty()) {
                return p.add(Tri.FALSE, name(c) + ": below " + Calc.num(minPercent) + "%: " + String.join("; ", low),
                        "灾难备份中心" + name(c) + "设计处理能力低于主系统" + Calc.num(minPercent) + "%：" + String.join("；", low), null);
            }
            if (!unknown.isEmpty()) {
                return p.add(Tri.UNKNOWN, name(c) + ": capacity not stated for some core systems", "部分核心系统未说明灾备与主系统处理能力",
                        String.join(", ", unknown));
            }
            if (checked == 0) {
                return p.add(Tri.FALSE, name(c) + ": no core system deployed, so no processing capacity", "灾难备份中心" + name(c) + "未部署核心系统，无处理能力", null);
            }
            return p.add(Tri.TRUE, name(c) + ": " + String.join("; ", okList),
                    "灾难备份中心" + name(c) + "设计处理能力与主系统之比：" + String.join("；", okList), null);
        });
    }

    // ================================================================ shared

    /** A per-centre check over every disaster-recovery centre: FALSE if any fails, UNKNOWN if any is unknown. */
    interface CentreCheck {
        Parts apply(DrCentre c, String path);
    }

    static Outcome eachCentre(Backup b, CentreCheck check) {
        Parts p = new Parts().fact(b);
        List<DrCentre> centres = b.drCentres();
        if (centres == null) {
            return p.add(Tri.UNKNOWN, "disaster-recovery centres not stated", "未说明灾难备份中心情况", "backup.drCentres").done();
        }
        if (centres.isEmpty()) {
            return p.add(Tri.FALSE, "no disaster-recovery centre", "公司未建设灾难备份中心", null).done();
        }
        for (int i = 0; i < centres.size(); i++) {
            DrCentre c = centres.get(i);
            Parts one = check.apply(c, "backup.drCentres[" + i + "]");
            Outcome o = one.done();
            p.fact(c);
            if (o.result() == Tri.FALSE) {
                p.offending(c);
            }
            o.facts().forEach(p::fact);
            p.add(o.result(), o.observed(), stripStop(o.situation()), o.missing().isEmpty() ? null : o.missing());
        }
        return p.done();
    }

    private static String stripStop(String s) {
        return s.endsWith("。") ? s.substring(0, s.length() - 1) : s;
    }

    static Set<CoreSystem> lackingCore(List<DrSystem> systems) {
        Set<CoreSystem> lacking = EnumSet.allOf(CoreSystem.class);
        for (DrSystem s : systems) {
            if (s.coreSystem() != null) {
                lacking.remove(s.coreSystem());
            }
        }
        return lacking;
    }

    static String targetCity(Backup b, Replication r) {
        if (r.target() != null && b.drCentres() != null) {
            for (DrCentre c : b.drCentres()) {
                if (r.target().equals(c.id()) && c.city() != null) {
                    return c.city();
                }
            }
        }
        return r.targetCity();
    }

    static MediaStore findStore(List<MediaStore> stores, String id) {
        if (stores == null || id == null) {
            return null;
        }
        return stores.stream().filter(s -> id.equals(s.id())).findFirst().orElse(null);
    }

    static void document(Parts p, DocumentRecord d, String path, String en, String zh, LocalDate asOf) {
        Tri t = BackupCalc.inForce(d, asOf);
        if (d == null) {
            p.add(t, en + " not stated", "未提供" + zh, path);
            return;
        }
        String title = d.title() == null || d.title().isBlank() ? zh : d.title();
        if (d.issued() == null) {
            p.add(t, en + " '" + title + "' without an issue date", "《" + title + "》未写明发布日期", path + ".issued");
        } else if (d.issued().isAfter(asOf)) {
            p.add(t, en + " '" + title + "' issued " + d.issued() + ", after " + asOf, "《" + title + "》于" + d.issued() + "发布，评估基准日尚未生效", null);
        } else if (t == Tri.FALSE) {
            p.add(t, en + " '" + title + "' expired " + d.expires(), "《" + title + "》已于" + d.expires() + "失效", null);
        } else {
            p.add(t, en + " '" + title + "' issued " + d.issued() + (d.revised() == null ? "" : ", revised " + d.revised()),
                    "已制定" + zh + "《" + title + "》（" + d.issued() + "发布" + (d.revised() == null ? "" : "，" + d.revised() + "修订") + "）", null);
        }
    }

    private static void check(Boolean b, String en, String zh, String path, List<String> lacks, List<String> lacksZh, List<String> unknown) {
        if (b == null) {
            unknown.add(path);
        } else if (!b) {
            lacks.add(en);
            lacksZh.add(zh);
        }
    }

    private static String storeName(MediaStore s) {
        return s.name() != null ? s.name() : nz(s.id());
    }

    private static String name(DrCentre c) {
        return c.name() != null ? c.name() : nz(c.id());
    }

    private static String word(Tri t) {
        return t == Tri.TRUE ? "covered" : t == Tri.FALSE ? "not covered" : "not stated";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nz(String s) {
        return s == null ? "?" : s;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null || (b != null && b.isAfter(a)) ? b : a;
    }

}
