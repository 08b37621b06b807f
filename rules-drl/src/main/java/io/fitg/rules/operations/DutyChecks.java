package io.fitg.rules.operations;

import io.fitg.model.company.Company;
import io.fitg.model.operations.DutyShift;
import io.fitg.model.operations.Monitor;
import io.fitg.model.operations.OperationRecord;
import io.fitg.model.operations.Operations;
import io.fitg.model.operations.OpsPost;

import io.fitg.rules.support.TradingDays;
import io.fitg.rules.support.Tri;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Predicate;

import static io.fitg.rules.operations.OperationsCalc.RECENT_DAYS;
import static io.fitg.rules.operations.OperationsCalc.document;
import static io.fitg.rules.operations.OperationsCalc.filter;
import static io.fitg.rules.operations.OperationsCalc.people;
import static io.fitg.rules.operations.OperationsCalc.recent;
import static io.fitg.rules.operations.OperationsCalc.recentFrom;

/** The checks of x.5.1 岗位: duty system, key-operation review, on-site support, posts and backups, documents. */
public final class DutyChecks {
    private DutyChecks() {
    }

    private static String window(LocalDate asOf) {
        return "the last " + RECENT_DAYS + " days (" + recentFrom(asOf) + " to " + asOf + ")";
    }

    private static String windowZh(LocalDate asOf) {
        return "近" + RECENT_DAYS + "天（" + recentFrom(asOf) + "至" + asOf + "）";
    }

    /** The trading days to judge when only the operations section is at hand (the roster, sheets and records). */
    static SortedMap<LocalDate, Set<TradingDays.Source>> days(Operations o, LocalDate asOf) {
        return TradingDays.judged(null, o, null, null, asOf);
    }

    /**
     * Every trading day of the window must have a shift that {@code meets}; a day without one fails, unless a shift
     * of that day {@code mightMeet} (its data is incomplete), which makes it missing data ({@code field}).
     */
    static void everyTradingDay(Check k, List<DutyShift> roster, Map<LocalDate, Set<TradingDays.Source>> days,
                                LocalDate asOf, Predicate<DutyShift> meets, Predicate<DutyShift> mightMeet,
                                String field, String whatEn, String whatZh) {
        if (days.isEmpty()) {
            return;
        }
        List<LocalDate> failing = new ArrayList<>();
        List<LocalDate> unknown = new ArrayList<>();
        for (LocalDate d : days.keySet()) {
            List<DutyShift> that = filter(roster, sh -> d.equals(sh.date()));
            if (that.stream().anyMatch(meets)) {
                continue;
            }
            if (that.stream().anyMatch(mightMeet)) {
                unknown.add(d);
            } else {
                failing.add(d);
            }
        }
        if (!failing.isEmpty()) {
            k.fail(failing.size() + " of " + days.size() + " trading day(s) in " + window(asOf) + " without " + whatEn
                            + ": " + Check.list(TradingDays.describe(days, failing), 10),
                    windowZh(asOf) + "共" + days.size() + "个交易日，其中" + failing.size() + "个交易日无" + whatZh + "："
                            + Check.listZh(TradingDays.describeZh(days, failing), 10));
        }
        if (!unknown.isEmpty()) {
            k.unknown(field, "for " + Check.list(unknown.stream().map(LocalDate::toString).toList(), 10)
                            + " the roster does not say whether there was " + whatEn,
                    Check.listZh(unknown.stream().map(LocalDate::toString).toList(), 10) + "的值班记录未能说明是否有" + whatZh);
        }
        if (failing.isEmpty() && unknown.isEmpty()) {
            k.note("each of the " + days.size() + " trading days in " + window(asOf) + " had " + whatEn,
                    windowZh(asOf) + "共" + days.size() + "个交易日，每日均有" + whatZh);
        }
    }

    /**
     * The people on each shift who count — on the staff roster and in post on the shift's day (P5) — with why each
     * other name does not ({@code 2026-11-20 夜盘: 路人甲 is not on the staff roster}).
     */
    static Map<DutyShift, Set<String>> onDuty(List<DutyShift> shifts, People pp, List<String> whyEn, List<String> whyZh) {
        Map<DutyShift, Set<String>> out = new java.util.IdentityHashMap<>();
        for (DutyShift sh : shifts) {
            List<String> e = new ArrayList<>();
            List<String> z = new ArrayList<>();
            out.put(sh, pp.inPost(sh.staff(), sh.date(), e, z));
            e.forEach(x -> whyEn.add(sh.label() + ": " + x));
            z.forEach(x -> whyZh.add(sh.label() + "：" + x));
        }
        return out;
    }

    private static List<String> shiftLabels(List<DutyShift> shifts) {
        return shifts.stream().map(s -> s.label() + " (" + String.join(", ", people(s.staff())) + ")").toList();
    }

    private static String areaEn(OpsPost.Area a) {
        return switch (a) {
            case OPERATIONS_SUPPORT -> "operations support post";
            case DUTY_LEAD -> "duty lead post";
            case NETWORK -> "network operations post";
            case HOST -> "host operations post";
            case DATABASE -> "database operations post";
            case APPLICATION -> "application operations post";
            case OTHER -> "post";
        };
    }

    private static String areaZh(OpsPost.Area a) {
        return switch (a) {
            case OPERATIONS_SUPPORT -> "专门运行保障岗位";
            case DUTY_LEAD -> "运维值班负责人";
            case NETWORK -> "网络运维岗";
            case HOST -> "主机运维岗";
            case DATABASE -> "数据库运维岗";
            case APPLICATION -> "应用系统运维岗";
            case OTHER -> "岗位";
        };
    }

    /**
     * Every post of {@code area} is held, and, when {@code needBackup}, has a backup who is not one of its holders;
     * there must be at least one such post.
     */
    static void posts(Check k, List<OpsPost> posts, OpsPost.Area area, boolean needBackup) {
        posts(k, posts, area, needBackup, People.UNCHECKED, null);
    }

    /**
     * As above, the holders and backups being people on the staff roster in post on {@code asOf} (the lead's reading
     * P5): a name that is not on the roster, or has left, does not hold or back up the post.
     */
    static void posts(Check k, List<OpsPost> posts, OpsPost.Area area, boolean needBackup, People pp, LocalDate asOf) {
        List<OpsPost> ps = filter(posts, p -> p.area() == area);
        String en = areaEn(area);
        String zh = areaZh(area);
        if (ps.isEmpty()) {
            boolean unknownArea = posts.stream().anyMatch(p -> p.area() == null);
            if (unknownArea) {
                k.unknown("operations.posts[].area", "no " + en + " among the posts with a stated area",
                        "岗位清单中部分岗位未说明职责，未见" + zh);
            } else {
                k.fail("no " + en, "未设立" + zh);
            }
            return;
        }
        for (OpsPost p : ps) {
            String name = p.name() != null ? p.name() : p.id() != null ? p.id() : en;
            // "运维值班负责人“运维值班负责人”" reads badly: name the post once when its name is the label
            String zhPost = name.equals(zh) ? zh : zh + "“" + name + "”";
            if (p.holders() == null) {
                k.unknown("operations.posts[" + name + "].holders", en + " " + name + ": holders not stated",
                        zhPost + "未说明在岗人员");
                continue;
            }
            Set<String> named = people(p.holders());
            if (named.isEmpty()) {
                k.fail(en + " " + name + " is vacant", zhPost + "无人在岗");
                continue;
            }
            List<String> whyEn = new ArrayList<>();
            List<String> whyZh = new ArrayList<>();
            Set<String> holders = pp.inPost(named, asOf, whyEn, whyZh);
            if (holders.isEmpty()) {
                k.fail(en + " " + name + " has no holder in post: " + String.join("; ", whyEn),
                        zhPost + "无在岗人员：" + String.join("；", whyZh));
                continue;
            }
            if (!needBackup) {
                k.note(en + " " + name + ": " + String.join(", ", holders),
                        zhPost + "由" + String.join("、", holders) + "担任");
                continue;
            }
            if (p.backups() == null) {
                k.unknown("operations.posts[" + name + "].backups", en + " " + name + ": backups not stated",
                        zhPost + "未说明备岗人员");
                continue;
            }
            Set<String> namedBackups = people(p.backups());
            namedBackups.removeAll(holders);
            List<String> bWhyEn = new ArrayList<>();
            List<String> bWhyZh = new ArrayList<>();
            Set<String> backups = pp.inPost(namedBackups, asOf, bWhyEn, bWhyZh);
            if (backups.isEmpty()) {
                k.fail(en + " " + name + " (" + String.join(", ", holders) + ") has no backup other than its holders"
                                + (bWhyEn.isEmpty() ? "" : " in post: " + String.join("; ", bWhyEn)),
                        zhPost + "（" + String.join("、", holders) + "）无备岗人员" + (bWhyZh.isEmpty() ? "" : "：" + String.join("；", bWhyZh)));
            } else {
                k.note(en + " " + name + ": " + String.join(", ", holders) + ", backup " + String.join(", ", backups),
                        zhPost + "由" + String.join("、", holders) + "担任，备岗" + String.join("、", backups));
            }
        }
    }

    /** x.5.1.1 duty system, operations support post, duty lead with backup, current roster, trading hours staffed. */
    public static Check dutySystem(Operations o, LocalDate asOf) {
        return dutySystem(o, asOf, true);
    }

    /**
     * As above; with {@code dutyLead} false no duty lead with a backup is asked for (the earlier edition's 4.5.1.1,
     * without 指定运维值班负责人，运维值班负责人应有备岗).
     */
    public static Check dutySystem(Operations o, LocalDate asOf, boolean dutyLead) {
        return dutySystem(o, asOf, dutyLead, days(o, asOf));
    }

    /**
     * As above, with the trading days the records show ({@link TradingDays}): each must have a trading-hours shift
     * with someone on duty (保障交易期间有人值守).
     */
    public static Check dutySystem(Operations o, LocalDate asOf, boolean dutyLead,
                                   Map<LocalDate, Set<TradingDays.Source>> tradingDays) {
        return dutySystem(o, asOf, dutyLead, tradingDays, People.UNCHECKED);
    }

    /** As above, the post holders and the people on duty checked against the staff roster (P5). */
    public static Check dutySystem(Operations o, LocalDate asOf, boolean dutyLead,
                                   Map<LocalDate, Set<TradingDays.Source>> tradingDays, People pp) {
        Check k = new Check();
        document(k, o.dutySystem(), asOf, "operations.dutySystem", "duty system", "日常值班制度");
        if (o.posts() == null) {
            k.missing("operations.posts", "岗位设置");
        } else {
            posts(k, o.posts(), OpsPost.Area.OPERATIONS_SUPPORT, false, pp, asOf);
            if (dutyLead) {
                posts(k, o.posts(), OpsPost.Area.DUTY_LEAD, true, pp, asOf);
            }
        }
        if (o.dutyRoster() == null) {
            k.missing("operations.dutyRoster", "值班表");
            pp.report(k, "the post holders", "岗位人员");
            return k;
        }
        List<DutyShift> shifts = recent(o.dutyRoster(), DutyShift::date, asOf);
        if (shifts.isEmpty()) {
            pp.report(k, "the post holders", "岗位人员");
            return k.fail("the duty roster has no shift in " + window(asOf), windowZh(asOf) + "值班表无排班");
        }
        List<String> whyEn = new ArrayList<>();
        List<String> whyZh = new ArrayList<>();
        Map<DutyShift, Set<String>> duty = onDuty(shifts, pp, whyEn, whyZh);
        tradingShiftsStaffed(k, shifts, duty, whyEn, whyZh, asOf);
        everyTradingDay(k, shifts, tradingDays, asOf,
                sh -> Boolean.TRUE.equals(sh.duringTrading()) && sh.staff() != null && !duty.get(sh).isEmpty(),
                sh -> !Boolean.FALSE.equals(sh.duringTrading()) && (sh.staff() == null || !duty.get(sh).isEmpty()),
                "operations.dutyRoster[].duringTrading/staff", "a trading-hours shift with someone on duty", "交易时段值守班次");
        pp.report(k, "the post holders and the people on duty", "岗位人员及值班人员");
        return k;
    }

    private static void tradingShiftsStaffed(Check k, List<DutyShift> shifts, Map<DutyShift, Set<String>> duty,
                                             List<String> whyEn, List<String> whyZh, LocalDate asOf) {
        List<DutyShift> trading = filter(shifts, s -> Boolean.TRUE.equals(s.duringTrading()));
        if (trading.isEmpty()) {
            if (shifts.stream().anyMatch(s -> s.duringTrading() == null)) {
                k.unknown("operations.dutyRoster[].duringTrading", "which shifts cover trading hours is not stated",
                        "值班表未说明哪些班次覆盖交易时段");
            } else {
                k.fail("no shift in " + window(asOf) + " covers trading hours", windowZh(asOf) + "无覆盖交易时段的值班班次");
            }
            return;
        }
        List<DutyShift> unmanned = filter(trading, s -> s.staff() != null && duty.get(s).isEmpty());
        List<DutyShift> unstated = filter(trading, s -> s.staff() == null);
        if (!unmanned.isEmpty()) {
            List<String> l = unmanned.stream().map(DutyShift::label).toList();
            k.fail(unmanned.size() + " trading-hours shift(s) with nobody on duty: " + Check.list(l, 10)
                            + (whyEn.isEmpty() ? "" : " (" + Check.list(whyEn, 10) + ")"),
                    "交易时段班次无人值守：" + Check.listZh(l, 10) + (whyZh.isEmpty() ? "" : "（" + Check.listZh(whyZh, 10) + "）"));
        }
        if (!unstated.isEmpty()) {
            List<String> l = unstated.stream().map(DutyShift::label).toList();
            k.unknown("operations.dutyRoster[].staff", "staff not stated for " + Check.list(l, 10),
                    "班次" + Check.listZh(l, 10) + "未列明值班人员");
        }
        if (unmanned.isEmpty() && unstated.isEmpty()) {
            k.note(shifts.size() + " shifts in " + window(asOf) + ", " + trading.size()
                            + " covering trading hours, each with someone on duty",
                    windowZh(asOf) + "值班表共" + shifts.size() + "个班次，其中交易时段" + trading.size() + "个，均有人值守");
        }
    }

    /** x.5.1.2 every key operation of the last 30 days reviewed by a second person; each named kind recorded. */
    public static Check keyOperationReview(Operations o, LocalDate asOf) {
        Check k = new Check();
        if (o.operationRecords() == null) {
            return k.missing("operations.operationRecords", "操作记录");
        }
        List<OperationRecord> rs = recent(o.operationRecords(), OperationRecord::date, asOf);
        for (OperationRecord.Kind kind : List.of(OperationRecord.Kind.INITIALISATION, OperationRecord.Kind.SETTLEMENT,
                OperationRecord.Kind.DATA_BACKUP)) {
            if (rs.stream().noneMatch(r -> r.kind() == kind)) {
                if (rs.stream().anyMatch(r -> r.kind() == null)) {
                    k.unknown("operations.operationRecords[].kind", "kind of some operation records not stated",
                            "部分操作记录未说明操作类型");
                } else {
                    k.fail("no " + kindEn(kind) + " record in " + window(asOf), windowZh(asOf) + "无" + kindZh(kind) + "记录");
                }
            }
        }
        List<OperationRecord> key = filter(rs, r -> r.kind() != null && r.kind().key());
        List<OperationRecord> unreviewed = filter(key, r -> !OperationsCalc.reviewedByOther(r.operator(), r.reviewer()));
        List<OperationRecord> unknownKind = filter(rs, r -> r.kind() == null
                && !OperationsCalc.reviewedByOther(r.operator(), r.reviewer()));
        if (!unreviewed.isEmpty()) {
            List<String> l = unreviewed.stream().map(DutyChecks::opLabel).toList();
            List<String> lz = unreviewed.stream().map(DutyChecks::opLabelZh).toList();
            k.fail(unreviewed.size() + " of " + key.size() + " key operation record(s) in " + window(asOf)
                            + " not reviewed by a second person: " + Check.list(l, 10),
                    windowZh(asOf) + "关键操作记录" + key.size() + "条，其中" + unreviewed.size() + "条无他人复核：" + Check.listZh(lz, 10));
        } else if (!key.isEmpty()) {
            k.note(key.size() + " key operation record(s) in " + window(asOf) + ", each reviewed by a second person",
                    windowZh(asOf) + "关键操作记录" + key.size() + "条，均有他人复核");
        }
        if (!unknownKind.isEmpty()) {
            k.unknown("operations.operationRecords[].kind", unknownKind.size()
                    + " unreviewed record(s) of unstated kind", unknownKind.size() + "条未复核记录未说明操作类型");
        }
        return k;
    }

    /**
     * The earlier edition's 4.5.2.5 (earlier only) 应保留关键操作的记录和签名: key operations (初始化、结算、数据备份 and
     * the like) of the last 30 days are on record, each signed by whoever performed it.
     */
    public static Check keyOperationRecords(Operations o, LocalDate asOf) {
        Check k = new Check();
        if (o.operationRecords() == null) {
            return k.missing("operations.operationRecords", "操作记录");
        }
        List<OperationRecord> rs = recent(o.operationRecords(), OperationRecord::date, asOf);
        List<OperationRecord> key = filter(rs, r -> r.kind() != null && r.kind().key());
        if (key.isEmpty()) {
            if (rs.stream().anyMatch(r -> r.kind() == null)) {
                return k.unknown("operations.operationRecords[].kind", "kind of some operation records not stated",
                        "部分操作记录未说明操作类型");
            }
            return k.fail("no key operation record in " + window(asOf), windowZh(asOf) + "无关键操作记录");
        }
        List<OperationRecord> unsigned = filter(key, r -> !OperationsCalc.given(r.operator()));
        if (!unsigned.isEmpty()) {
            List<String> l = unsigned.stream().map(DutyChecks::opLabel).toList();
            List<String> lz = unsigned.stream().map(DutyChecks::opLabelZh).toList();
            k.fail(unsigned.size() + " of " + key.size() + " key operation record(s) in " + window(asOf)
                            + " not signed: " + Check.list(l, 10),
                    windowZh(asOf) + "关键操作记录" + key.size() + "条，其中" + unsigned.size() + "条无签名：" + Check.listZh(lz, 10));
        } else {
            k.note(key.size() + " key operation record(s) in " + window(asOf) + ", each signed",
                    windowZh(asOf) + "保留关键操作记录" + key.size() + "条，均有签名");
        }
        return k;
    }

    static String opLabel(OperationRecord r) {
        return r.date() + " " + (r.kind() == null ? "operation of unstated kind" : r.kind().name()) + " (operator "
                + (OperationsCalc.given(r.operator()) ? r.operator() : "unsigned") + ", reviewer "
                + (OperationsCalc.given(r.reviewer()) ? r.reviewer() : "none") + ")";
    }

    static String opLabelZh(OperationRecord r) {
        return r.date() + (r.kind() == null ? "操作" : kindZh(r.kind())) + "（操作人"
                + (OperationsCalc.given(r.operator()) ? r.operator() : "未签名") + "，复核人"
                + (OperationsCalc.given(r.reviewer()) ? r.reviewer() : "无") + "）";
    }

    private static String kindEn(OperationRecord.Kind k) {
        return switch (k) {
            case INITIALISATION -> "initialisation";
            case SETTLEMENT -> "settlement";
            case DATA_BACKUP -> "data backup";
            default -> k.name().toLowerCase();
        };
    }

    static String kindZh(OperationRecord.Kind k) {
        return switch (k) {
            case INITIALISATION -> "初始化";
            case SETTLEMENT -> "结算";
            case DATA_BACKUP -> "数据备份";
            case OTHER_KEY -> "关键操作";
            case ROUTINE -> "日常操作";
            case MAINTENANCE -> "定期维护";
        };
    }

    /** x.5.1.3 on-site staff on every trading-hours shift of the last 30 days, and a duty phone. */
    public static Check onSiteSupport(Operations o, LocalDate asOf) {
        return onSiteSupport(o, asOf, true);
    }

    /**
     * As above; with {@code dutyPhone} false no duty phone is asked for (the earlier edition's 4.5.1.3, without
     * 设置运维值班电话).
     */
    public static Check onSiteSupport(Operations o, LocalDate asOf, boolean dutyPhone) {
        return onSiteSupport(o, asOf, dutyPhone, days(o, asOf));
    }

    /**
     * As above, with the trading days the records show ({@link TradingDays}): each must have a trading-hours shift
     * with staff on site (交易运行期间应有现场保障人员).
     */
    public static Check onSiteSupport(Operations o, LocalDate asOf, boolean dutyPhone,
                                      Map<LocalDate, Set<TradingDays.Source>> tradingDays) {
        return onSiteSupport(o, asOf, dutyPhone, tradingDays, People.UNCHECKED);
    }

    /** As above, the people on duty checked against the staff roster (P5). */
    public static Check onSiteSupport(Operations o, LocalDate asOf, boolean dutyPhone,
                                      Map<LocalDate, Set<TradingDays.Source>> tradingDays, People pp) {
        Check k = new Check();
        if (!dutyPhone) {
            // not asked for
        } else if (o.dutyPhones() == null) {
            k.missing("operations.dutyPhones", "运维值班电话");
        } else if (people(o.dutyPhones()).isEmpty()) {
            k.fail("no operations duty phone", "未设置运维值班电话");
        } else {
            k.note("duty phone " + String.join(", ", people(o.dutyPhones())),
                    "运维值班电话" + String.join("、", people(o.dutyPhones())));
        }
        if (o.dutyRoster() == null) {
            return k.missing("operations.dutyRoster", "值班表");
        }
        List<DutyShift> shifts = recent(o.dutyRoster(), DutyShift::date, asOf);
        List<String> whyEn = new ArrayList<>();
        List<String> whyZh = new ArrayList<>();
        Map<DutyShift, Set<String>> duty = onDuty(shifts, pp, whyEn, whyZh);
        List<DutyShift> trading = filter(shifts, s -> Boolean.TRUE.equals(s.duringTrading()));
        if (trading.isEmpty()) {
            if (shifts.stream().anyMatch(s -> s.duringTrading() == null)) {
                return k.unknown("operations.dutyRoster[].duringTrading", "which shifts cover trading hours is not stated",
                        "值班表未说明哪些班次覆盖交易时段");
            }
            return k.fail("no shift in " + window(asOf) + " covers trading hours", windowZh(asOf) + "无覆盖交易时段的值班班次");
        }
        List<DutyShift> offSite = filter(trading, s -> Boolean.FALSE.equals(s.onSite())
                || (s.staff() != null && duty.get(s).isEmpty()));
        List<DutyShift> unstated = filter(trading, s -> !offSite.contains(s) && (s.onSite() == null || s.staff() == null));
        if (!offSite.isEmpty()) {
            List<String> l = offSite.stream().map(DutyShift::label).toList();
            k.fail(offSite.size() + " of " + trading.size() + " trading-hours shift(s) in " + window(asOf)
                            + " without on-site staff: " + Check.list(l, 10) + (whyEn.isEmpty() ? "" : " (" + Check.list(whyEn, 10) + ")"),
                    windowZh(asOf) + "交易时段班次" + trading.size() + "个，其中" + offSite.size() + "个无现场保障人员：" + Check.listZh(l, 10));
        }
        if (!unstated.isEmpty()) {
            List<String> l = unstated.stream().map(DutyShift::label).toList();
            k.unknown("operations.dutyRoster[].onSite", "whether staff were on site is not stated for " + Check.list(l, 10),
                    "班次" + Check.listZh(l, 10) + "未说明是否现场值守");
        }
        if (offSite.isEmpty() && unstated.isEmpty()) {
            k.note("all " + trading.size() + " trading-hours shifts in " + window(asOf) + " had staff on site",
                    windowZh(asOf) + "交易时段班次" + trading.size() + "个，均有现场保障人员");
        }
        everyTradingDay(k, shifts, tradingDays, asOf,
                sh -> Boolean.TRUE.equals(sh.duringTrading()) && Boolean.TRUE.equals(sh.onSite())
                        && sh.staff() != null && !duty.get(sh).isEmpty(),
                sh -> !Boolean.FALSE.equals(sh.duringTrading()) && !Boolean.FALSE.equals(sh.onSite())
                        && (sh.staff() == null || !duty.get(sh).isEmpty()),
                "operations.dutyRoster[].duringTrading/onSite/staff", "a trading-hours shift with staff on site",
                "交易时段现场保障人员");
        pp.report(k, "the people on duty", "值班人员");
        return k;
    }

    /** x.5.1.4 (class 2+) network, host, database and application posts each have a backup. */
    public static Check keyPostBackup(Operations o) {
        return keyPostBackup(o, People.UNCHECKED, null);
    }

    /** As above, the holders and backups checked against the staff roster, in post on {@code asOf} (P5). */
    public static Check keyPostBackup(Operations o, People pp, LocalDate asOf) {
        Check k = new Check();
        if (o.posts() == null) {
            return k.missing("operations.posts", "岗位设置");
        }
        for (OpsPost.Area a : List.of(OpsPost.Area.NETWORK, OpsPost.Area.HOST, OpsPost.Area.DATABASE,
                OpsPost.Area.APPLICATION)) {
            posts(k, o.posts(), a, true, pp, asOf);
        }
        pp.report(k, "the post holders and backups", "岗位人员及备岗人员");
        return k;
    }

    /** 双人日常值班: every shift of the last 30 days has at least {@code min} different people on duty. */
    public static Check doubleDuty(Operations o, LocalDate asOf, int min) {
        return doubleDuty(o, asOf, min, days(o, asOf));
    }

    /** As above, with the trading days the records show ({@link TradingDays}): each must have a shift on the roster. */
    public static Check doubleDuty(Operations o, LocalDate asOf, int min, Map<LocalDate, Set<TradingDays.Source>> tradingDays) {
        return doubleDuty(o, asOf, min, tradingDays, People.UNCHECKED);
    }

    /** As above, counting only people on the staff roster in post on the shift's day (P5). */
    public static Check doubleDuty(Operations o, LocalDate asOf, int min, Map<LocalDate, Set<TradingDays.Source>> tradingDays,
                                   People pp) {
        Check k = new Check();
        if (o.dutyRoster() == null) {
            return k.missing("operations.dutyRoster", "值班表");
        }
        List<DutyShift> shifts = recent(o.dutyRoster(), DutyShift::date, asOf);
        if (shifts.isEmpty()) {
            return k.fail("the duty roster has no shift in " + window(asOf), windowZh(asOf) + "值班表无排班");
        }
        List<String> whyEn = new ArrayList<>();
        List<String> whyZh = new ArrayList<>();
        Map<DutyShift, Set<String>> duty = onDuty(shifts, pp, whyEn, whyZh);
        List<DutyShift> thin = filter(shifts, s -> s.staff() != null && duty.get(s).size() < min);
        List<DutyShift> unstated = filter(shifts, s -> s.staff() == null);
        if (!thin.isEmpty()) {
            List<String> l = shiftLabels(thin);
            k.fail(thin.size() + " of " + shifts.size() + " shift(s) in " + window(asOf) + " had fewer than " + min
                            + " people on duty: " + Check.list(l, 10) + (whyEn.isEmpty() ? "" : " (" + Check.list(whyEn, 10) + ")"),
                    windowZh(asOf) + "共" + shifts.size() + "个班次，其中" + thin.size() + "个不足" + min + "人值班：" + Check.listZh(l, 10)
                            + (whyZh.isEmpty() ? "" : "（" + Check.listZh(whyZh, 10) + "）"));
        }
        if (!unstated.isEmpty()) {
            List<String> l = unstated.stream().map(DutyShift::label).toList();
            k.unknown("operations.dutyRoster[].staff", "staff not stated for " + Check.list(l, 10),
                    "班次" + Check.listZh(l, 10) + "未列明值班人员");
        }
        if (thin.isEmpty() && unstated.isEmpty()) {
            k.note("all " + shifts.size() + " shifts in " + window(asOf) + " had at least " + min + " people on duty",
                    windowZh(asOf) + "共" + shifts.size() + "个班次，均为" + min + "人及以上值班");
        }
        // a day with thin shifts only is reported above; here: trading days with no shift at all
        everyTradingDay(k, shifts, tradingDays, asOf, sh -> true, sh -> false, "operations.dutyRoster",
                "a duty shift on the roster", "值班排班");
        pp.report(k, "the people on duty", "值班人员");
        return k;
    }

    /** 5.5.1.6 machine room and (when the company has one) website watched {@code hours} hours a day, every day. */
    public static Check roomAndWebsiteMonitoring(Operations o, Company co, int hours) {
        Check k = new Check();
        if (o.monitors() == null) {
            return k.missing("operations.monitors", "监控工具清单");
        }
        continuous(k, o.monitors(), Monitor.Target.MACHINE_ROOM, hours, "machine room", "机房");
        Boolean web = co == null ? null : co.hasWebsite();
        if (web == null) {
            // a website watched around the clock meets the website part whether or not hasWebsite is stated
            Check w = new Check();
            continuous(w, o.monitors(), Monitor.Target.WEBSITE, hours, "website", "网站");
            if (w.result() == Tri.TRUE) {
                continuous(k, o.monitors(), Monitor.Target.WEBSITE, hours, "website", "网站");
            } else {
                k.unknown("company.hasWebsite", "whether the company runs a website is not stated", "未说明公司是否有网站");
            }
        } else if (!web) {
            k.note("the company runs no website", "公司无网站");
        } else {
            continuous(k, o.monitors(), Monitor.Target.WEBSITE, hours, "website", "网站");
        }
        return k;
    }

    private static void continuous(Check k, List<Monitor> monitors, Monitor.Target target, int hours, String en, String zh) {
        List<Monitor> ms = filter(monitors, m -> m.target() == target);
        if (ms.isEmpty()) {
            k.fail("no monitoring of the " + en, "未对" + zh + "进行监控");
            return;
        }
        List<String> ok = new ArrayList<>();
        List<String> short_ = new ArrayList<>();
        boolean unknown = false;
        List<String> shortZh = new ArrayList<>();
        List<String> unknownFields = new ArrayList<>();
        for (Monitor m : ms) {
            // 连续监控: watched continuously (in real time) around the clock; alarms and recording are x.5.2.4's words
            // for core and network systems, not this clause's
            boolean hoursKnown = m.hoursPerDay() != null && m.daysPerWeek() != null;
            boolean allDay = hoursKnown && m.hoursPerDay() >= hours && m.daysPerWeek() >= 7;
            if ((hoursKnown && !allDay) || Boolean.FALSE.equals(m.realTime())) {
                List<String> why = new ArrayList<>();
                List<String> whyZh = new ArrayList<>();
                if (hoursKnown && !allDay) {
                    why.add(m.hoursPerDay() + " h a day, " + m.daysPerWeek() + " days a week");
                    whyZh.add("每天" + m.hoursPerDay() + "小时、每周" + m.daysPerWeek() + "天");
                }
                if (Boolean.FALSE.equals(m.realTime())) {
                    why.add("not real-time (not continuous)");
                    whyZh.add("非实时（不连续）");
                }
                short_.add(m.label() + " " + String.join(", ", why));
                shortZh.add(m.label() + String.join("、", whyZh));
            } else if (!hoursKnown || m.realTime() == null) {
                unknown = true;
                if (!hoursKnown) {
                    unknownFields.add("operations.monitors[" + m.label() + "].hoursPerDay/daysPerWeek");
                }
                if (m.realTime() == null) {
                    unknownFields.add("operations.monitors[" + m.label() + "].realTime");
                }
            } else {
                ok.add(m.label());
            }
        }
        if (!ok.isEmpty()) {
            k.note(en + " watched continuously (in real time) " + hours + " hours a day, every day, by " + String.join(", ", ok),
                    zh + "由" + String.join("、", ok) + "实现" + hours + "小时连续实时监控");
        } else if (unknown) {
            k.unknown(String.join(", ", unknownFields), en + " monitoring: whether it is real-time or its hours not stated",
                    zh + "监控是否实时或监控时段未说明");
        } else {
            k.fail(en + " not watched continuously " + hours + " hours a day every day: " + String.join("; ", short_),
                    zh + "未实现" + hours + "小时连续监控：" + String.join("；", shortZh));
        }
    }

    /** x.5.1.5 a document management system in force, and operations documents filed under categories. */
    public static Check documentManagement(Operations o, LocalDate asOf) {
        Check k = new Check();
        document(k, o.documentManagementPolicy(), asOf, "operations.documentManagementPolicy", "document management system",
                "文档管理制度");
        if (o.documentCategories() == null) {
            k.missing("operations.documentCategories", "文档分类");
        } else if (people(o.documentCategories()).isEmpty()) {
            k.fail("operations documents are not classified", "运维文档未分类管理");
        } else {
            Set<String> c = people(o.documentCategories());
            k.note("documents filed under " + c.size() + " categories: " + String.join(", ", c),
                    "运维文档分为" + c.size() + "类：" + String.join("、", c));
        }
        return k;
    }
}
