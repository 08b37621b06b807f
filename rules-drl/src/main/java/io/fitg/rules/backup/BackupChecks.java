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
import io.fitg.model.management.StaffMember;
import io.fitg.model.operations.Operations;
import io.fitg.model.trading.Trading;
import io.fitg.rules.support.Calc;
import io.fitg.rules.support.Roster;
import io.fitg.rules.support.TradingDays;
import io.fitg.rules.support.Tri;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
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

    /** The window in which the media used by backups and deposits must be in the register: the last 30 days. */
    public static final int MEDIA_USE_DAYS = TradingDays.WINDOW_DAYS;

    /**
     * The media that post-settlement backups and deposits of the last 30 days were written to, by id, with the first
     * record that used each ({@code post-settlement backup 2026-11-17}).
     */
    static Map<String, String> usedMedia(Backup b, LocalDate asOf) {
        Map<String, String> used = new LinkedHashMap<>();
        if (b.settlementBackups() != null) {
            for (BackupRun r : b.settlementBackups()) {
                if (!blank(r.medium()) && Calc.withinDays(r.date(), asOf, MEDIA_USE_DAYS)) {
                    used.putIfAbsent(r.medium().strip(), "post-settlement backup " + r.date());
                }
            }
        }
        if (b.mediaTransfers() != null) {
            for (MediaTransfer t : b.mediaTransfers()) {
                if (!blank(t.medium()) && Calc.withinDays(t.date(), asOf, MEDIA_USE_DAYS)) {
                    used.putIfAbsent(t.medium().strip(), "deposit " + t.date());
                }
            }
        }
        return used;
    }

    /** Media used in the last 30 days (see {@link #usedMedia}) that the register does not list. */
    static Map<String, String> unregisteredMedia(Backup b, LocalDate asOf) {
        Map<String, String> out = new LinkedHashMap<>(usedMedia(b, asOf));
        if (b.media() != null) {
            for (BackupMedium m : b.media()) {
                if (m.id() != null) {
                    out.remove(m.id().strip());
                }
            }
        }
        return out;
    }

    /**
     * Adds the UNKNOWN part for media used by backups or deposits but missing from the register: what they carry on
     * them, and where they are kept, is not known (a contradiction between the register and the records).
     */
    private static void unregistered(Parts p, Map<String, String> unreg, String whatEn, String whatZh) {
        if (unreg.isEmpty()) {
            return;
        }
        List<String> l = unreg.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList();
        p.add(Tri.UNKNOWN, unreg.size() + " medium/media used in the " + MEDIA_USE_DAYS + " days to the as-of date but not in "
                        + "the media register, so " + whatEn + " is not known: " + String.join(", ", l.subList(0, Math.min(10, l.size())))
                        + (l.size() > 10 ? " and " + (l.size() - 10) + " more" : ""),
                "近" + MEDIA_USE_DAYS + "天备份或存放记录使用的介质" + String.join("、", unreg.keySet().stream().limit(10).toList())
                        + (unreg.size() > 10 ? "等" + unreg.size() + "个" : "") + "未列入备份介质登记，其" + whatZh + "情况不明",
                "backup.media (" + String.join(", ", unreg.keySet()) + ")");
    }

    /**
     * x.6.1.3 every backup medium clearly labelled: the media in the register and those that the backups and
     * deposits of the last 30 days used. With none of either the clause is met: there is nothing to label.
     */
    public static Outcome mediaLabelling(Backup b, LocalDate asOf) {
        Parts p = new Parts().fact(b);
        List<BackupMedium> media = b.media();
        if (media == null) {
            return p.add(Tri.UNKNOWN, "media register not stated", "未提供备份介质登记", "backup.media").done();
        }
        Map<String, String> unreg = unregisteredMedia(b, asOf);
        if (media.isEmpty() && unreg.isEmpty()) {
            return p.add(Tri.TRUE, "no backup medium: the register is empty and no backup or deposit of the "
                            + MEDIA_USE_DAYS + " days to " + asOf + " used one; nothing to label",
                    "备份介质登记为空，近" + MEDIA_USE_DAYS + "天的备份及存放记录亦未使用介质，无需标识的介质", null).done();
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
        } else if (!media.isEmpty()) {
            p.add(Tri.TRUE, "all " + media.size() + " media in the register labelled",
                    "共" + media.size() + "个备份介质，均有明确标识（如" + example(media) + "）", null);
        }
        unregistered(p, unreg, "its labelling", "标识");
        return p.done();
    }

    private static String example(List<BackupMedium> media) {
        return media.stream().map(m -> m.label() != null && !m.label().isBlank() ? m.label() : m.id())
                .filter(s -> s != null).findFirst().orElse("");
    }

    /**
     * x.6.1.4 every medium — in the register or used by the backups and deposits of the last 30 days — kept in a
     * listed store that is access-controlled, fire-protected and environment-controlled. With no medium at all the
     * clause is met: there is nothing to keep.
     */
    public static Outcome mediaSecureStorage(Backup b, LocalDate asOf) {
        Parts p = new Parts().fact(b);
        List<MediaStore> stores = b.mediaStores();
        if (stores == null) {
            return p.add(Tri.UNKNOWN, "media stores not stated", "未提供介质存放场所", "backup.mediaStores").done();
        }
        List<BackupMedium> media = b.media();
        Map<String, String> unreg = unregisteredMedia(b, asOf);
        boolean anyMedium = (media != null && !media.isEmpty()) || !unreg.isEmpty();
        if (stores.isEmpty()) {
            if (anyMedium) {
                return p.add(Tri.FALSE, "no media store stated: the backup media are not kept in a secured place",
                        "无专门的介质存放场所，备份介质未存放在安全环境中", null).done();
            }
            if (media == null) {
                return p.add(Tri.UNKNOWN, "no media store stated, and the media register is not stated", "未提供备份介质登记",
                        "backup.media").done();
            }
            return p.add(Tri.TRUE, "no backup medium: the register is empty and no backup or deposit of the "
                            + MEDIA_USE_DAYS + " days to " + asOf + " used one; nothing to keep",
                    "备份介质登记为空，近" + MEDIA_USE_DAYS + "天的备份及存放记录亦未使用介质，无需存放的介质", null).done();
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
        if (media == null) {
            p.add(Tri.UNKNOWN, "media register not stated (where each medium is kept)", "未提供备份介质登记", "backup.media");
        } else {
            List<String> unplaced = new ArrayList<>();
            List<String> unplacedIds = new ArrayList<>();
            for (int i = 0; i < media.size(); i++) {
                BackupMedium m = media.get(i);
                if (m.store() == null || findStore(stores, m.store()) == null) {
                    unplaced.add("backup.media[" + i + "].store");
                    unplacedIds.add(nz(m.id()) + (m.store() == null ? " (store not stated)" : " (store " + m.store() + " not in backup.mediaStores)"));
                }
            }
            if (!unplaced.isEmpty()) {
                p.add(Tri.UNKNOWN, unplaced.size() + " media not placed in a listed store: " + String.join(", ", unplacedIds),
                        "部分介质未登记存放场所或登记的场所不在存放场所清单中", String.join(", ", unplaced));
            } else if (media.isEmpty()) {
                p.add(Tri.TRUE, "no medium in the register", "", null);
            } else {
                p.add(Tri.TRUE, "all " + media.size() + " media in the register kept in listed stores", "", null);
            }
        }
        unregistered(p, unreg, "where it is kept", "存放");
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
        return dailyBackup(b, co, null, null, asOf, website);
    }

    /**
     * x.6.1.5 (每日应对结算后数据进行备份): a successful post-settlement backup on the as-of date or the previous trading
     * day, and on every trading day the records of the last 30 days show ({@link TradingDays}: duty shifts,
     * inspections, initialisation and settlement records, the backups themselves, exchange-link peaks), the as-of
     * day excluded (its settlement may be still to come). A failed backup retried successfully the same day counts.
     * With a website, the website backups follow the plan's interval.
     */
    public static Outcome dailyBackup(Backup b, Company co, Operations o, Trading t, LocalDate asOf, boolean website) {
        Parts p = new Parts().fact(b);
        LocalDate start = BackupCalc.dailyWindowStart(asOf, co);
        List<BackupRun> runs = b.settlementBackups();
        if (runs == null) {
            p.add(Tri.UNKNOWN, "post-settlement backups not stated", "未提供结算后数据备份记录", "backup.settlementBackups");
        } else {
            List<BackupRun> recent = runs.stream().filter(r -> BackupCalc.withinDaily(r.date(), asOf, co)).toList();
            Optional<LocalDate> latest = Calc.latest(runs, BackupRun::date, asOf);
            Optional<BackupRun> ok = recent.stream().filter(r -> Boolean.TRUE.equals(r.successful()))
                    .max(Comparator.comparing(BackupRun::date));
            String latestEn = latest.map(d -> "latest post-settlement backup " + d).orElse("no post-settlement backup on record");
            String latestZh = latest.map(d -> "最近一次结算后数据备份为" + d).orElse("无结算后数据备份记录");
            if (ok.isPresent()) {
                p.add(Tri.TRUE, "successful post-settlement backup on " + ok.get().date() + " (the as-of date or the previous "
                                + "trading day: " + start + " to " + asOf + ")",
                        "最近一次结算后数据备份为" + ok.get().date() + "，备份成功", null);
            } else if (recent.stream().anyMatch(r -> r.successful() == null)) {
                p.add(Tri.UNKNOWN, "post-settlement backup in the window " + start + " to " + asOf + " without its result",
                        latestZh + "，未说明是否成功", "backup.settlementBackups[].successful");
            } else if (!recent.isEmpty()) {
                p.add(Tri.FALSE, "the post-settlement backup of " + recent.get(recent.size() - 1).date() + " (window " + start
                                + " to " + asOf + ") failed and was not redone successfully",
                        latestZh + "，但该次备份失败且未重新备份成功", null);
            } else {
                p.add(Tri.FALSE, latestEn + "; none on the as-of date or the previous trading day (" + start + " to " + asOf + ")",
                        latestZh + "，评估基准日" + asOf + "及前一交易日" + start + "均无结算后数据备份", null);
            }
            everyTradingDay(p, runs, TradingDays.judged(co, o, b, t, asOf), asOf);
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
                String en;
                String zh;
                if (last.isEmpty()) {
                    en = "website plan every " + days + " days; no website backup on or before " + asOf;
                    zh = "网站数据备份计划每" + days + "天备份一次，评估基准日前无网站数据备份记录，未按计划执行";
                } else if (within) {
                    en = "website plan every " + days + " days; latest website backup " + last.get() + ", within "
                            + days + " days of " + asOf;
                    zh = "网站数据备份计划每" + days + "天备份一次，最近一次网站数据备份为" + last.get() + "，按计划执行";
                } else {
                    en = "website plan every " + days + " days; latest website backup " + last.get() + ", more than "
                            + days + " days before " + asOf + ": overdue since " + last.get().plusDays(days + 1L);
                    zh = "网站数据备份计划每" + days + "天备份一次，最近一次网站数据备份为" + last.get() + "，自"
                            + last.get().plusDays(days + 1L) + "起已逾期，未按计划执行";
                }
                p.add(Tri.of(within), en, zh, null);
            }
        }
        return p.done();
    }

    /** Every trading day the records show in the 30 days before the as-of date has a successful post-settlement backup. */
    private static void everyTradingDay(Parts p, List<BackupRun> runs, SortedMap<LocalDate, Set<TradingDays.Source>> days,
                                        LocalDate asOf) {
        if (days.isEmpty()) {
            return;
        }
        List<LocalDate> missing = new ArrayList<>();
        List<LocalDate> failed = new ArrayList<>();
        List<LocalDate> unknown = new ArrayList<>();
        for (LocalDate d : days.keySet()) {
            List<BackupRun> that = runs.stream().filter(r -> d.equals(r.date())).toList();
            if (that.stream().anyMatch(r -> Boolean.TRUE.equals(r.successful()))) {
                continue;
            }
            if (that.isEmpty()) {
                missing.add(d);
            } else if (that.stream().anyMatch(r -> r.successful() == null)) {
                unknown.add(d);
            } else {
                failed.add(d);
            }
        }
        String window = "the " + TradingDays.WINDOW_DAYS + " days before " + asOf;
        String windowZh = "评估基准日前" + TradingDays.WINDOW_DAYS + "天";
        if (!missing.isEmpty() || !failed.isEmpty()) {
            List<String> en = new ArrayList<>();
            List<String> zh = new ArrayList<>();
            if (!missing.isEmpty()) {
                en.add("no post-settlement backup on " + listed(TradingDays.describe(days, missing)));
                zh.add(listedZh(TradingDays.describeZh(days, missing)) + "无结算后数据备份");
            }
            if (!failed.isEmpty()) {
                en.add("only failed post-settlement backups on " + listed(failed.stream().map(LocalDate::toString).toList()));
                zh.add(listedZh(failed.stream().map(LocalDate::toString).toList()) + "的结算后数据备份失败且未重新备份成功");
            }
            p.add(Tri.FALSE, (missing.size() + failed.size()) + " of " + days.size() + " trading day(s) in " + window
                            + " without a successful post-settlement backup: " + String.join("; ", en),
                    windowZh + "共" + days.size() + "个交易日，其中" + (missing.size() + failed.size()) + "个交易日无成功的结算后数据备份："
                            + String.join("；", zh), null);
        } else if (!unknown.isEmpty()) {
            p.add(Tri.UNKNOWN, "the result of the post-settlement backup of " + listed(unknown.stream().map(LocalDate::toString).toList())
                            + " is not stated", listedZh(unknown.stream().map(LocalDate::toString).toList()) + "的结算后数据备份未说明是否成功",
                    "backup.settlementBackups[].successful");
        } else {
            p.add(Tri.TRUE, "a successful post-settlement backup on each of the " + days.size() + " trading days in " + window,
                    windowZh + "共" + days.size() + "个交易日，每日均完成结算后数据备份", null);
        }
    }

    private static String listed(List<String> items) {
        return items.size() <= 10 ? String.join(", ", items)
                : String.join(", ", items.subList(0, 10)) + " and " + (items.size() - 10) + " more";
    }

    private static String listedZh(List<String> items) {
        return items.size() <= 10 ? String.join("、", items) : String.join("、", items.subList(0, 10)) + "等" + items.size() + "天";
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

    /** 定期 with a period the company sets is never longer than a year (the lead's reading P2). */
    public static final int MAX_INTERVAL_MONTHS = 12;

    /** x.6.1.7 periodic restore verification of the main business backups; timely transfer by media service life. */
    public static Outcome restoreVerification(Backup b, LocalDate asOf) {
        Parts p = new Parts().fact(b);
        Integer stated = b.restoreVerificationIntervalMonths();
        if (stated == null) {
            p.add(Tri.UNKNOWN, "restore verification interval not stated", "未说明恢复验证周期", "backup.restoreVerificationIntervalMonths");
        } else if (stated < 1) {
            p.add(Tri.FALSE, "the policy's restore verification interval of " + stated + " months sets no period",
                    "制度规定的恢复验证周期为" + stated + "个月，未设定验证周期", null);
        } else if (b.restoreVerifications() == null) {
            p.add(Tri.UNKNOWN, "restore verifications not stated", "未提供恢复验证记录", "backup.restoreVerifications");
        } else {
            // 定期 with the company's period: never longer than a year (the lead's reading P2)
            int months = Math.min(stated, MAX_INTERVAL_MONTHS);
            boolean capped = stated > MAX_INTERVAL_MONTHS;
            Optional<LocalDate> last = Calc.latest(b.restoreVerifications(), ActivityRecord::date, asOf);
            boolean within = last.isPresent() && Calc.withinMonths(last.get(), asOf, months);
            String interval = capped ? "the policy's " + stated + " months, capped at " + months + " months (定期: at least yearly)"
                    : months + " months (the policy's interval)";
            String intervalZh = capped ? "制度规定每" + stated + "个月验证一次，长于一年，按" + months + "个月评价"
                    : "制度规定每" + months + "个月对主要备份业务数据进行恢复验证";
            p.add(Tri.of(within), "restore verification interval applied: " + interval + "; latest verification "
                            + last.map(d -> d + (within ? ", within it" : ", more than " + months + " months before " + asOf))
                                    .orElse("none on or before " + asOf),
                    intervalZh + "，最近一次" + last.map(d -> "为" + d).orElse("无记录") + (within ? "" : "，已超出规定周期"), null);
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
            en.add(nz(r.id()) + ": " + (Boolean.TRUE.equals(r.keyBusinessData()) ? "key data" : Boolean.FALSE.equals(r.keyBusinessData()) ? "not key data" : "whether key data not stated")
                    + ", " + (Boolean.TRUE.equals(r.realTime()) ? "real time" : Boolean.FALSE.equals(r.realTime()) ? "batch" : "timing not stated")
                    + ", to " + (blank(r.target()) ? "a target not stated" : r.target()) + (targetCity == null ? ", city not stated" : " in " + targetCity));
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
        List<String> pending = new ArrayList<>();
        List<String> pendingZh = new ArrayList<>();
        int ok = 0;
        for (BackupRun r : week) {
            Tri t = BackupCalc.verifiedImmediately(r, asOf);
            if (t == Tri.TRUE) {
                ok++;
            } else if (t == Tri.UNKNOWN) {
                // 立即 = the day it ran or the next: not yet due until the end of the next day
                pending.add(r.date() + " (not yet due: until " + (r.date() == null ? asOf : r.date().plusDays(1)) + ")");
                pendingZh.add(r.date() + "的备份尚未到验证期限（至" + (r.date() == null ? asOf : r.date().plusDays(1)) + "）");
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
        String pend = pending.isEmpty() ? "" : "; " + String.join(", ", pending);
        String pendZh = pendingZh.isEmpty() ? "" : "；" + String.join("，", pendingZh);
        if (ok == 0) {
            return p.add(Tri.TRUE, "no backup in the 7 days to " + asOf + " is past its verification day yet" + pend,
                    "评估基准日前7天内的结算后数据备份均未到恢复验证期限" + pendZh, null).done();
        }
        return p.add(Tri.TRUE, ok + " backup(s) in the 7 days to " + asOf + " verified on the day or the next" + pend,
                "评估基准日前7天内的" + ok + "次结算后数据备份均在备份当日或次日立即进行了恢复验证" + pendZh, null).done();
    }

    /** x.6.1.8 / x.6.1.10 a named person keeps the backup media. */
    public static Outcome mediaCustodian(Backup b, LocalDate asOf) {
        return mediaCustodian(b, null, asOf);
    }

    /**
     * x.6.1.8 / x.6.1.10 应指定专人负责保管业务数据备份介质: at least one custodian designated on or before the as-of date
     * who is on the staff roster ({@code management.staff}: by {@code staffId}, else by name) and in post on the
     * as-of date (the lead's reading P5). A custodian who left or is not on the roster does not count; an
     * appointment without a date, or a roster that is not stated ({@code roster} null), is missing data.
     */
    public static Outcome mediaCustodian(Backup b, List<StaffMember> roster, LocalDate asOf) {
        Parts p = new Parts().fact(b);
        List<MediaCustodian> cs = b.mediaCustodians();
        if (cs == null) {
            return p.add(Tri.UNKNOWN, "media custodian not stated", "未说明备份介质保管人员", "backup.mediaCustodians").done();
        }
        if (cs.isEmpty()) {
            return p.add(Tri.FALSE, "nobody designated to keep the backup media", "未指定专人负责保管业务数据备份介质", null).done();
        }
        Tri any = Tri.FALSE;
        MediaCustodian good = null;
        List<String> en = new ArrayList<>();
        List<String> zh = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < cs.size(); i++) {
            MediaCustodian c = cs.get(i);
            String path = "backup.mediaCustodians[" + i + "]";
            String who = !blank(c.name()) ? c.name().strip() + (blank(c.staffId()) ? "" : " (" + c.staffId().strip() + ")")
                    : !blank(c.staffId()) ? c.staffId().strip() : "custodian " + (i + 1);
            String whoZh = !blank(c.name()) ? c.name().strip() : !blank(c.staffId()) ? c.staffId().strip() : "第" + (i + 1) + "名保管人";
            Tri t;
            if (blank(c.name()) && blank(c.staffId())) {
                t = Tri.UNKNOWN;
                en.add("a custodian listed without a name or staff id");
                zh.add("备份介质保管人员未写明姓名或工号");
                missing.add(path + ".name");
            } else if (c.appointedOn() != null && c.appointedOn().isAfter(asOf)) {
                t = Tri.FALSE;
                en.add(who + " designated only on " + c.appointedOn() + ", after " + asOf);
                zh.add(whoZh + "于" + c.appointedOn() + "才被指定，晚于评估基准日");
            } else {
                t = Tri.TRUE;
                List<String> e = new ArrayList<>();
                List<String> z = new ArrayList<>();
                if (c.appointedOn() == null) {
                    t = Tri.UNKNOWN;
                    e.add("the date " + who + " was designated is not stated");
                    z.add("未说明" + whoZh + "被指定的日期");
                    missing.add(path + ".appointedOn");
                }
                if (roster == null) {
                    t = t.and(Tri.UNKNOWN);
                    e.add("whether " + who + " is on the staff and in post cannot be checked: the staff roster "
                            + "(management.staff) is not stated");
                    z.add("未提供人员名册，无法确认" + whoZh + "是否在岗");
                    missing.add("management.staff");
                } else {
                    List<StaffMember> found = !blank(c.staffId()) ? Roster.byId(roster, c.staffId())
                            : Roster.byNameOrId(roster, c.name());
                    List<StaffMember> inPost = found.stream()
                            .filter(m -> Roster.standing(m, asOf) == Roster.Standing.IN_POST).toList();
                    if (found.isEmpty()) {
                        t = Tri.FALSE;
                        e.add(who + " is not on the staff roster (management.staff"
                                + (blank(c.staffId()) ? ", by name" : ", by staff id") + ")");
                        z.add(whoZh + "不在人员名册中");
                    } else if (inPost.isEmpty()) {
                        t = Tri.FALSE;
                        e.add("the custodian " + Roster.notInPostEn(found.get(0), asOf));
                        z.add("保管人" + Roster.notInPostZh(found.get(0), asOf));
                    }
                }
                if (t == Tri.TRUE) {
                    e.add(who + (blank(c.position()) ? "" : ", " + c.position()) + ", designated " + c.appointedOn()
                            + ", in post");
                    z.add("指定" + whoZh + (blank(c.position()) ? "" : "（" + c.position() + "）") + "自" + c.appointedOn()
                            + "起负责保管业务数据备份介质");
                }
                en.add(String.join("; ", e));
                zh.add(String.join("，", z));
            }
            if (t == Tri.TRUE && good == null) {
                good = c;
            }
            any = any.or(t);
            p.fact(c);
        }
        if (good != null) {
            int idx = cs.indexOf(good);
            return new Parts().fact(b).fact(good).add(Tri.TRUE, en.get(idx), zh.get(idx), null).done();
        }
        return p.add(any, String.join("; ", en), String.join("；", zh),
                any == Tri.UNKNOWN ? String.join(", ", missing.stream().distinct().toList()) : null).done();
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
            StringBuilder z = new StringBuilder("灾难备份中心").append(name(c)).append(blank(c.city()) ? "" : "（" + c.city() + "）").append(coverZh);
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
                    e.append(", ").append(d.en(minDistanceKm)).append(" from production")
                            .append(far ? "" : ", less than " + Calc.num(minDistanceKm) + " km");
                    z.append("，与生产中心直线距离").append(d.zh(minDistanceKm)).append(far ? "" : "，不足" + Calc.num(minDistanceKm) + "公里");
                    if (d.computed() && d.km().subtract(minDistanceKm).abs().compareTo(minDistanceKm.multiply(new BigDecimal("0.005"))) <= 0) {
                        e.append(" (within 0.5% of the threshold: confirm by survey)");
                    }
                }
            }
            if (differentCity) {
                if (c.city() == null || prodCity == null) {
                    t = t.and(Tri.UNKNOWN);
                    if (c.city() == null) {
                        missing.add(path + ".city");
                        e.append(", its city not stated");
                        z.append("，所在城市未说明");
                    }
                    if (prodCity == null) {
                        missing.add("backup.productionCentre.city");
                        e.append(c.city() == null ? "; " : ", in " + c.city() + "; ").append("the production centre's city not stated");
                        z.append("，生产中心所在城市未说明");
                    }
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
            drills(p, b, asOf);
        }
        return p.done();
    }

    /**
     * The yearly drill of x.6.2.8: a drill within 1 year of the as-of date of a listed disaster-recovery centre (its
     * {@code centre} one of {@code drCentres}' ids; a drill naming no centre is the centre's when there is exactly
     * one). A drill of a centre that is not listed does not count.
     */
    private static void drills(Parts p, Backup b, LocalDate asOf) {
        List<DrDrill> year = b.drDrills().stream().filter(d -> Calc.withinYears(d.day(), asOf, 1)).toList();
        Optional<LocalDate> last = Calc.latest(b.drDrills(), DrDrill::day, asOf);
        if (year.isEmpty()) {
            p.add(Tri.FALSE, "latest drill " + last.map(d -> d + ", more than a year before " + asOf).orElse("none on or before " + asOf),
                    last.map(d -> "最近一次灾难恢复演练为" + d + "，近一年内未进行演练").orElse("无灾难恢复演练记录"), null);
            return;
        }
        List<DrCentre> centres = b.drCentres();
        if (centres == null) {
            p.add(Tri.UNKNOWN, "drill(s) within the year (latest " + last.get() + "), but the disaster-recovery centres "
                    + "they drilled are not stated", "近一年有灾难恢复演练，但未说明灾难备份中心", "backup.drCentres");
            return;
        }
        DrDrill ok = null;
        boolean unknownCentre = false;
        List<String> strays = new ArrayList<>();
        for (DrDrill d : year) {
            if (blank(d.centre())) {
                if (centres.size() == 1) {
                    ok = later(ok, d);
                } else if (centres.size() > 1) {
                    unknownCentre = true;
                } else {
                    strays.add(d.day() + " (no centre)");
                }
            } else if (centres.stream().anyMatch(c -> c.id() != null && c.id().strip().equals(d.centre().strip()))) {
                ok = later(ok, d);
            } else {
                strays.add(d.day() + " of " + d.centre().strip());
            }
        }
        if (ok != null) {
            DrDrill d = ok;
            String centre = blank(d.centre()) ? name(centres.get(0)) : d.centre().strip();
            p.add(Tri.TRUE, "latest drill " + d.day() + " of " + centre + ", within 1 year of " + asOf,
                    "最近一次灾难恢复演练为" + d.day() + "（" + centre + "），近一年内按流程进行了演练", null);
        } else if (unknownCentre) {
            p.add(Tri.UNKNOWN, "drill(s) within the year name no centre, and there are " + centres.size() + " centres",
                    "近一年的灾难恢复演练未说明演练的灾难备份中心", "backup.drDrills[].centre");
        } else {
            String ids = centres.isEmpty() ? "there is no disaster-recovery centre"
                    : "the listed centres are " + centres.stream().map(c -> nz(c.id())).collect(Collectors.joining(", "));
            p.add(Tri.FALSE, "no drill within 1 year of " + asOf + " of a listed disaster-recovery centre: " + String.join(", ", strays)
                            + " (" + ids + ")",
                    "近一年的灾难恢复演练（" + String.join("、", strays) + "）均非针对所列灾难备份中心", null);
        }
    }

    private static DrDrill later(DrDrill a, DrDrill b) {
        return a == null || b.day().isAfter(a.day()) ? b : a;
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
            designRto(p, c, path, rtoMinutes);
            if (c.designRpoMinutes() == null) {
                p.add(Tri.UNKNOWN, "designed RPO not stated", "设计RPO未说明", path + ".designRpoMinutes");
            } else {
                boolean ok = c.designRpoMinutes().compareTo(rpoMinutes) <= 0;
                p.add(Tri.of(ok), "designed RPO " + BackupCalc.minutesEn(c.designRpoMinutes())
                                + (ok ? "" : ", more than " + BackupCalc.minutesEn(rpoMinutes)),
                        "设计RPO为" + BackupCalc.minutesZh(c.designRpoMinutes()) + (ok ? "" : "，超过" + BackupCalc.minutesZh(rpoMinutes)), null);
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
                            + " to " + d.restoredAt() + ")" + (rtoOk ? "" : ", more than " + BackupCalc.minutesEn(rtoMinutes))
                            + ", RPO " + BackupCalc.en(rpo) + " (recovery point " + d.recoveryPointAt() + ")"
                            + (rpoOk ? "" : ", more than " + BackupCalc.minutesEn(rpoMinutes)),
                    d.day() + "演练实测RTO为" + BackupCalc.zh(rto) + (rtoOk ? "" : "（超过" + BackupCalc.minutesZh(rtoMinutes) + "）")
                            + "、RPO为" + BackupCalc.zh(rpo) + (rpoOk ? "" : "（超过" + BackupCalc.minutesZh(rpoMinutes) + "）"), null);
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
            designRto(p, c, path, rtoMinutes);
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
            boolean rtoOk = BackupCalc.atMostMinutes(rto, rtoMinutes);
            p.add(Tri.of(rtoOk), "drill " + d.day() + " measured RTO " + BackupCalc.en(rto)
                            + " (" + d.interruptedAt() + " to " + d.restoredAt() + ")" + (rtoOk ? "" : ", more than " + BackupCalc.minutesEn(rtoMinutes)),
                    d.day() + "演练实测RTO为" + BackupCalc.zh(rto) + (rtoOk ? "" : "（超过" + BackupCalc.minutesZh(rtoMinutes) + "）"), null);
            return p;
        });
    }

    /** The designed RTO of a centre against the limit, printed exactly (the lead's reading P4). */
    private static void designRto(Parts p, DrCentre c, String path, BigDecimal rtoMinutes) {
        if (c.designRtoMinutes() == null) {
            p.add(Tri.UNKNOWN, name(c) + ": designed RTO not stated", "灾难备份中心" + name(c) + "设计RTO未说明", path + ".designRtoMinutes");
        } else {
            boolean ok = c.designRtoMinutes().compareTo(rtoMinutes) <= 0;
            p.add(Tri.of(ok), name(c) + ": designed RTO " + BackupCalc.minutesEn(c.designRtoMinutes())
                            + (ok ? "" : ", more than " + BackupCalc.minutesEn(rtoMinutes)),
                    "灾难备份中心" + name(c) + "设计RTO为" + BackupCalc.minutesZh(c.designRtoMinutes())
                            + (ok ? "" : "，超过" + BackupCalc.minutesZh(rtoMinutes)), null);
        }
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
                return p.add(Tri.UNKNOWN, name(c) + ": systems not stated", "未说明灾难备份中心" + name(c) + "部署的系统", path + ".systems");
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
                        + (s.capacityUnit() == null ? "" : " " + s.capacityUnit()) + " = " + BackupCalc.sharePct(s.capacity(), s.primaryCapacity(), minPercent);
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
        if (d.issued() == null && d.markedDraft()) {
            p.add(t, en + " '" + title + "' is a draft that has not been issued", "《" + title + "》为草稿，尚未正式发布", null);
        } else if (d.issued() == null) {
            p.add(t, en + " '" + title + "': issue date not stated", "《" + title + "》未写明发布日期", path + ".issued");
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
        return s == null || s.isBlank() ? "unnamed" : s;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null || (b != null && b.isAfter(a)) ? b : a;
    }

}
