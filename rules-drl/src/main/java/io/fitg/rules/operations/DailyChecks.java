package io.fitg.rules.operations;

import io.fitg.model.operations.AutomationTool;
import io.fitg.model.operations.DutyShift;
import io.fitg.model.operations.FaultRecord;
import io.fitg.model.operations.Inspection;
import io.fitg.model.operations.LogReview;
import io.fitg.model.operations.LogStore;
import io.fitg.model.operations.Manual;
import io.fitg.model.operations.ManualUpdateMechanism;
import io.fitg.model.operations.Monitor;
import io.fitg.model.operations.OperationRecord;
import io.fitg.model.operations.Operations;
import io.fitg.model.operations.ParameterChange;
import io.fitg.model.operations.ParameterChangeControl;
import io.fitg.model.operations.ToolChange;
import io.fitg.rules.support.Calc;
import io.fitg.rules.support.TradingDays;
import io.fitg.rules.support.Tri;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import static io.fitg.rules.operations.OperationsCalc.QUARTER_MONTHS;
import static io.fitg.rules.operations.OperationsCalc.RECENT_DAYS;
import static io.fitg.rules.operations.OperationsCalc.document;
import static io.fitg.rules.operations.OperationsCalc.filter;
import static io.fitg.rules.operations.OperationsCalc.given;
import static io.fitg.rules.operations.OperationsCalc.people;
import static io.fitg.rules.operations.OperationsCalc.recent;
import static io.fitg.rules.operations.OperationsCalc.recentFrom;

/** The checks of x.5.2 日常操作与巡检. */
public final class DailyChecks {
    /** 定期 with a company-set period: never longer than a year (the lead's reading P2). */
    public static final int MAX_REVIEW_MONTHS = 12;

    static final Set<Inspection.TimePoint> KEY_POINTS =
            EnumSet.of(Inspection.TimePoint.PRE_OPEN, Inspection.TimePoint.BREAK, Inspection.TimePoint.CLOSE);

    private DailyChecks() {
    }

    private static String window(LocalDate asOf) {
        return "the last " + RECENT_DAYS + " days (" + recentFrom(asOf) + " to " + asOf + ")";
    }

    private static String windowZh(LocalDate asOf) {
        return "近" + RECENT_DAYS + "天（" + recentFrom(asOf) + "至" + asOf + "）";
    }

    private static String pointZh(Inspection.TimePoint p) {
        return switch (p) {
            case PRE_OPEN -> "开盘前";
            case BREAK -> "休市";
            case CLOSE -> "收市";
            case OTHER -> "其他";
        };
    }

    /**
     * The trading days to judge for 巡检: days of the window with an inspection sheet or a trading-hours shift in the
     * roster, before the as-of date (the as-of day may still be in progress; it is judged only once complete).
     * Maps each day to the time points inspected on it, or null when a sheet of that day does not state its points.
     */
    public static Map<LocalDate, Set<Inspection.TimePoint>> inspectionDays(List<Inspection> inspections,
                                                                           List<DutyShift> roster, LocalDate asOf) {
        Operations o = new Operations(null, null, roster, null, null, null, null, inspections, null, null, null, null,
                null, null, null, null, null, null, null);
        return inspectionDaysOn(inspections, TradingDays.judged(null, o, null, null, asOf).keySet(), asOf);
    }

    /**
     * As above, for the trading days the records show ({@link TradingDays}, the as-of day excluded), and the as-of
     * day too when its sheets already cover every key time point.
     */
    public static Map<LocalDate, Set<Inspection.TimePoint>> inspectionDaysOn(List<Inspection> inspections,
                                                                             Collection<LocalDate> tradingDays, LocalDate asOf) {
        Map<LocalDate, Set<Inspection.TimePoint>> days = new TreeMap<>();
        for (LocalDate d : tradingDays) {
            days.put(d, EnumSet.noneOf(Inspection.TimePoint.class));
        }
        Set<LocalDate> unstated = new TreeSet<>();
        Set<Inspection.TimePoint> today = EnumSet.noneOf(Inspection.TimePoint.class);
        for (Inspection i : recent(inspections, Inspection::date, asOf)) {
            Set<Inspection.TimePoint> s = i.date().equals(asOf) ? today : days.get(i.date());
            if (s == null) {
                continue;   // a day the company lists as closed (company.nonTradingDays)
            }
            if (i.timePoints() == null) {
                unstated.add(i.date());
            } else {
                s.addAll(i.timePoints());
            }
        }
        if (today.containsAll(KEY_POINTS)) {
            days.put(asOf, today);
        }
        for (LocalDate d : unstated) {
            if (days.containsKey(d) && !days.get(d).containsAll(KEY_POINTS)) {
                days.put(d, null);
            }
        }
        return days;
    }

    /** x.5.2.1 inspections at pre-open, break and close on every trading day of the last 30 days. */
    public static Check inspections(Operations o, LocalDate asOf) {
        return inspections(o, asOf, DutyChecks.days(o, asOf));
    }

    /** As above, on the trading days the records show ({@link TradingDays}). */
    public static Check inspections(Operations o, LocalDate asOf, SortedMap<LocalDate, Set<TradingDays.Source>> tradingDays) {
        Check k = new Check();
        if (o.inspections() == null) {
            return k.missing("operations.inspections", "巡检记录");
        }
        Map<LocalDate, Set<Inspection.TimePoint>> days = inspectionDaysOn(o.inspections(), tradingDays.keySet(), asOf);
        if (days.isEmpty()) {
            return k.fail("no inspection record in " + window(asOf), windowZh(asOf) + "无巡检记录");
        }
        Set<LocalDate> withSheet = new TreeSet<>();
        recent(o.inspections(), Inspection::date, asOf).forEach(i -> withSheet.add(i.date()));
        List<String> gaps = new ArrayList<>();
        List<String> gapsZh = new ArrayList<>();
        List<String> unstated = new ArrayList<>();
        for (Map.Entry<LocalDate, Set<Inspection.TimePoint>> e : days.entrySet()) {
            if (e.getValue() == null) {
                unstated.add(e.getKey().toString());
                continue;
            }
            Set<Inspection.TimePoint> miss = EnumSet.copyOf(KEY_POINTS);
            miss.removeAll(e.getValue());
            if (miss.isEmpty()) {
                continue;
            }
            if (!withSheet.contains(e.getKey())) {
                Set<TradingDays.Source> src = tradingDays.get(e.getKey());
                boolean by = src != null && !src.isEmpty();
                gaps.add(e.getKey() + " (no inspection sheet" + (by ? "; a trading day by its "
                        + String.join(", ", src.stream().map(x -> x.en).toList()) : "") + ")");
                gapsZh.add(e.getKey() + "（无巡检记录" + (by ? "，当日有" + String.join("、", src.stream().map(x -> x.zh).toList()) : "") + "）");
            } else {
                gaps.add(e.getKey() + " (no " + String.join(", ", miss.stream().map(Enum::name).toList()) + ")");
                gapsZh.add(e.getKey() + "（缺" + String.join("、", miss.stream().map(DailyChecks::pointZh).toList()) + "巡检）");
            }
        }
        if (!gaps.isEmpty()) {
            k.fail(gaps.size() + " of " + days.size() + " trading day(s) in " + window(asOf)
                            + " without inspections at every key time point: " + Check.list(gaps, 10),
                    windowZh(asOf) + "共" + days.size() + "个交易日，其中" + gaps.size() + "个交易日关键时间点巡检不全：" + Check.listZh(gapsZh, 10));
        }
        if (!unstated.isEmpty()) {
            k.unknown("operations.inspections[].timePoints", "time points not stated on sheets of " + Check.list(unstated, 10),
                    Check.listZh(unstated, 10) + "的巡检记录未说明巡检时间点");
        }
        if (gaps.isEmpty() && unstated.isEmpty()) {
            k.note("inspections at pre-open, break and close on each of " + days.size() + " trading days in " + window(asOf),
                    windowZh(asOf) + "共" + days.size() + "个交易日，均在开盘前、休市、收市进行了巡检");
        }
        return k;
    }

    /** x.5.2.2 operation and inspection records of the last 30 days signed by an operator and a different reviewer. */
    public static Check signedRecords(Operations o, LocalDate asOf) {
        return signedRecords(o, asOf, true);
    }

    /**
     * As above; with {@code operations} false only the inspection records are asked for (the earlier edition's
     * 4.5.2.2: 巡检应保留记录，并有操作和复核人员的签名).
     */
    public static Check signedRecords(Operations o, LocalDate asOf, boolean operations) {
        return signedRecords(o, asOf, operations, DutyChecks.days(o, asOf));
    }

    /**
     * As above, and every trading day the records show ({@link TradingDays}) has an inspection record and, unless
     * only inspections are asked for, an operation record (保留记录: a trading day's operations and inspections).
     */
    public static Check signedRecords(Operations o, LocalDate asOf, boolean operations,
                                      SortedMap<LocalDate, Set<TradingDays.Source>> tradingDays) {
        Check k = new Check();
        List<String> bad = new ArrayList<>();
        List<String> badZh = new ArrayList<>();
        int total = 0;
        List<String> seen = new ArrayList<>();
        List<String> seenZh = new ArrayList<>();
        if (!operations) {
            // only the inspections
        } else if (o.operationRecords() == null) {
            k.missing("operations.operationRecords", "操作记录");
        } else {
            List<OperationRecord> ops = recent(o.operationRecords(), OperationRecord::date, asOf);
            if (ops.isEmpty()) {
                k.fail("no operation record in " + window(asOf), windowZh(asOf) + "无日常操作记录");
            }
            for (OperationRecord r : ops) {
                if (!OperationsCalc.signedByTwo(r.operator(), r.reviewer())) {
                    bad.add("operation " + DutyChecks.opLabel(r));
                    badZh.add(DutyChecks.opLabelZh(r));
                }
            }
            total += ops.size();
            seen.add(ops.size() + " operation");
            seenZh.add("日常操作记录" + ops.size() + "条");
        }
        if (o.inspections() == null) {
            k.missing("operations.inspections", "巡检记录");
        } else {
            List<Inspection> insp = recent(o.inspections(), Inspection::date, asOf);
            if (insp.isEmpty()) {
                k.fail("no inspection record in " + window(asOf), windowZh(asOf) + "无巡检记录");
            }
            for (Inspection i : insp) {
                if (!OperationsCalc.signedByTwo(i.operator(), i.reviewer())) {
                    bad.add("inspection " + i.date() + (i.session() == null ? "" : " " + i.session()) + " (operator "
                            + (given(i.operator()) ? i.operator() : "unsigned") + ", reviewer "
                            + (given(i.reviewer()) ? i.reviewer() : "none") + ")");
                    badZh.add(i.date() + (i.session() == null ? "" : i.session()) + "巡检（操作人"
                            + (given(i.operator()) ? i.operator() : "未签名") + "，复核人"
                            + (given(i.reviewer()) ? i.reviewer() : "无") + "）");
                }
            }
            total += insp.size();
            seen.add(insp.size() + " inspection");
            seenZh.add("巡检记录" + insp.size() + "条");
        }
        if (operations && o.operationRecords() != null) {
            recordedEveryTradingDay(k, tradingDays, o.operationRecords(), OperationRecord::date, asOf,
                    "an operation record", "日常操作记录");
        }
        if (o.inspections() != null) {
            recordedEveryTradingDay(k, tradingDays, o.inspections(), Inspection::date, asOf,
                    "an inspection record", "巡检记录");
        }
        if (!bad.isEmpty()) {
            k.fail(bad.size() + " of " + total + " record(s) in " + window(asOf)
                            + " lack an operator's and a different reviewer's signature: " + Check.list(bad, 10),
                    windowZh(asOf) + "操作及巡检记录共" + total + "条，其中" + bad.size() + "条缺少操作人或复核人签名：" + Check.listZh(badZh, 10));
        } else if (total > 0) {
            k.note(String.join(" and ", seen) + " record(s) in " + window(asOf)
                            + ", each signed by an operator and a different reviewer",
                    windowZh(asOf) + String.join("、", seenZh) + "，均有操作人和复核人签名");
        }
        return k;
    }

    /** Every trading day of the window has at least one of the records. */
    private static <T> void recordedEveryTradingDay(Check k, SortedMap<LocalDate, Set<TradingDays.Source>> days,
                                                    List<T> records, java.util.function.Function<T, LocalDate> date,
                                                    LocalDate asOf, String en, String zh) {
        if (days.isEmpty()) {
            return;
        }
        Set<LocalDate> recorded = new TreeSet<>();
        for (T r : records) {
            if (date.apply(r) != null) {
                recorded.add(date.apply(r));
            }
        }
        List<LocalDate> missing = days.keySet().stream().filter(d -> !recorded.contains(d)).toList();
        if (!missing.isEmpty()) {
            k.fail(missing.size() + " of " + days.size() + " trading day(s) in " + window(asOf) + " without " + en + ": "
                            + Check.list(TradingDays.describe(days, missing), 10),
                    windowZh(asOf) + "共" + days.size() + "个交易日，其中" + missing.size() + "个交易日无" + zh + "："
                            + Check.listZh(TradingDays.describeZh(days, missing), 10));
        }
    }

    /** x.5.2.3 manuals in force for daily operations and periodic maintenance, with detailed steps. */
    public static Check manuals(Operations o, LocalDate asOf) {
        Check k = new Check();
        if (o.manuals() == null) {
            return k.missing("operations.manuals", "操作手册");
        }
        // a manual whose document gives no issue date (and is not marked a draft) may be in force: missing data
        List<Manual> unstatedDoc = filter(o.manuals(), m -> m.document() == null
                || (m.document().issued() == null && !m.document().markedDraft()));
        List<Manual> inForce = filter(o.manuals(), m -> m.document() != null && m.document().inForceOn(asOf));
        for (Manual.Scope s : List.of(Manual.Scope.DAILY_OPERATION, Manual.Scope.PERIODIC_MAINTENANCE)) {
            String en = s == Manual.Scope.DAILY_OPERATION ? "daily operations" : "periodic maintenance";
            String zh = s == Manual.Scope.DAILY_OPERATION ? "日常操作" : "定期维护";
            List<Manual> cover = filter(inForce, m -> m.scopes() != null && m.scopes().contains(s));
            if (!cover.isEmpty()) {
                continue;
            }
            boolean undatedCovers = unstatedDoc.stream().anyMatch(m -> m.scopes() == null || m.scopes().contains(s));
            if (undatedCovers || inForce.stream().anyMatch(m -> m.scopes() == null)) {
                k.unknown(!undatedCovers ? "operations.manuals[].scopes" : "operations.manuals[].document.issued",
                        "no manual in force is known to cover " + en, "未能确认有覆盖" + zh + "的有效操作手册");
            } else {
                k.fail("no manual in force for " + en, "无" + zh + "操作手册");
            }
        }
        List<Manual> relevant = filter(inForce, m -> m.scopes() != null
                && (m.scopes().contains(Manual.Scope.DAILY_OPERATION) || m.scopes().contains(Manual.Scope.PERIODIC_MAINTENANCE)));
        List<String> noSteps = new ArrayList<>();
        List<String> unknownSteps = new ArrayList<>();
        for (Manual m : relevant) {
            String t = OperationsCalc.title(m.document(), m.id());
            if (Boolean.FALSE.equals(m.stepByStep())) {
                noSteps.add(t);
            } else if (m.stepByStep() == null) {
                unknownSteps.add(t);
            }
        }
        if (!noSteps.isEmpty()) {
            k.fail("manual(s) without detailed steps: " + Check.list(noSteps, 10),
                    "操作手册缺少详细操作步骤：" + Check.listZh(noSteps, 10));
        }
        if (!unknownSteps.isEmpty()) {
            k.unknown("operations.manuals[].stepByStep", "whether " + Check.list(unknownSteps, 10)
                    + " give detailed steps is not stated", Check.listZh(unknownSteps, 10) + "未说明是否有详细操作步骤");
        }
        if (noSteps.isEmpty() && unknownSteps.isEmpty() && !relevant.isEmpty()) {
            List<String> t = relevant.stream().map(m -> OperationsCalc.title(m.document(), m.id())).toList();
            k.note("manual(s) in force for daily operations or periodic maintenance, with detailed steps: "
                    + Check.list(t, 10), "现行日常操作或定期维护手册均有详细操作步骤：" + Check.listZh(t, 10));
        }
        return k;
    }

    /** x.5.2.7 a manual-update mechanism in force, and every manual updated or reviewed within its interval. */
    public static Check manualUpdates(Operations o, LocalDate asOf) {
        Check k = new Check();
        ManualUpdateMechanism mu = o.manualUpdates();
        if (mu == null) {
            return k.missing("operations.manualUpdates", "手册完善和更新机制");
        }
        document(k, mu.policy(), asOf, "operations.manualUpdates.policy", "manual update procedure", "手册完善和更新制度");
        Integer stated = mu.reviewIntervalMonths();
        Integer months = stated == null ? null : Math.min(stated, MAX_REVIEW_MONTHS);
        if (stated == null) {
            k.missing("operations.manualUpdates.reviewIntervalMonths", "手册定期评审周期");
        } else if (stated < 1) {
            k.fail("a review interval of " + stated + " months sets no period", "手册评审周期为" + stated + "个月，未设定评审周期");
            months = null;
        } else if (stated > MAX_REVIEW_MONTHS) {
            k.note("the mechanism's interval of " + stated + " months is longer than a year; judged on "
                    + MAX_REVIEW_MONTHS + " months", "机制规定的评审周期为" + stated + "个月，长于一年，按" + MAX_REVIEW_MONTHS + "个月评价");
        }
        if (o.manuals() == null) {
            k.missing("operations.manuals", "操作手册");
        }
        if (months == null || o.manuals() == null) {
            return k;
        }
        List<String> stale = new ArrayList<>();
        List<String> staleZh = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        int n = 0;
        for (Manual m : o.manuals()) {
            // drafts, manuals issued after the as-of date and expired ones are not manuals to keep current; a manual
            // without an issue date may be, and is judged by its review date
            if (m.document() != null && !m.document().inForceOn(asOf)
                    && (m.document().issued() != null || m.document().markedDraft())) {
                continue;
            }
            n++;
            String t = OperationsCalc.title(m.document(), m.id());
            LocalDate last = m.lastMaintained();
            if (last == null) {
                unknown.add(t);
            } else if (!Calc.withinMonths(last, asOf, months)) {
                stale.add(t + " (last updated or reviewed " + last + ")");
                staleZh.add(t + "（最近更新或评审" + last + "）");
            }
        }
        boolean capped = stated > MAX_REVIEW_MONTHS;
        if (!stale.isEmpty()) {
            k.fail(stale.size() + " manual(s) not updated or reviewed within " + (capped ? "a year (the " + months
                            + "-month cap on the mechanism's " + stated + " months)" : "the " + months
                            + "-month interval the mechanism sets") + ", on or after " + asOf.minusMonths(months) + ": "
                            + Check.list(stale, 10),
                    stale.size() + "份手册未在" + (capped ? "一年" : "机制规定的" + months + "个月周期") + "内更新或评审："
                            + Check.listZh(staleZh, 10));
        }
        if (!unknown.isEmpty()) {
            k.unknown("operations.manuals[].lastReviewed", "update dates not stated for " + Check.list(unknown, 10),
                    Check.listZh(unknown, 10) + "未说明更新或评审日期");
        }
        if (stale.isEmpty() && unknown.isEmpty()) {
            k.note(n + " manual(s), each updated or reviewed within the last " + months + " months",
                    n + "份手册均在" + months + "个月内更新或评审");
        }
        return k;
    }

    private static String targetEn(Monitor.Target t) {
        return switch (t) {
            case CORE_SYSTEM -> "core systems";
            case NETWORK -> "network systems";
            case SECURITY_EVENTS -> "network security events";
            case MACHINE_ROOM -> "machine room";
            case WEBSITE -> "website";
            case OTHER -> "other";
        };
    }

    private static String targetZh(Monitor.Target t) {
        return switch (t) {
            case CORE_SYSTEM -> "核心系统";
            case NETWORK -> "网络系统";
            case SECURITY_EVENTS -> "网络安全事件";
            case MACHINE_ROOM -> "机房";
            case WEBSITE -> "网站";
            case OTHER -> "其他";
        };
    }

    /** What a monitor lacks for real-time monitoring in trading hours, empty when nothing; null when unknown. */
    static List<String> realTimeGaps(Monitor m) {
        List<String> gaps = new ArrayList<>();
        boolean unknown = false;
        Object[][] caps = {{m.realTime(), "not real-time"}, {m.recorded(), "not recorded"}, {m.alarms(), "no alarms"},
                {m.coversTradingHours(), "not on throughout trading hours"}};
        for (Object[] c : caps) {
            if (c[0] == null) {
                unknown = true;
            } else if (Boolean.FALSE.equals(c[0])) {
                gaps.add((String) c[1]);
            }
        }
        return gaps.isEmpty() && unknown ? null : gaps;
    }

    /**
     * x.5.2.4 core systems, network systems and network security events each watched in real time throughout trading
     * hours, recorded and alarmed; system logs kept at least {@code minLogMonths} months.
     */
    public static Check realTimeMonitoring(Operations o, LocalDate asOf, int minLogMonths) {
        return realTimeMonitoring(o, asOf, Integer.valueOf(minLogMonths), true);
    }

    /**
     * As above; the earlier edition's 4.5.2.4 (交易期间应对核心系统和网络系统进行实时监控，并能及时、有效地报警) has no
     * network security events ({@code securityEvents} false) and no log retention ({@code minLogMonths} null).
     */
    public static Check realTimeMonitoring(Operations o, LocalDate asOf, Integer minLogMonths, boolean securityEvents) {
        Check k = new Check();
        List<Monitor.Target> targets = securityEvents
                ? List.of(Monitor.Target.CORE_SYSTEM, Monitor.Target.NETWORK, Monitor.Target.SECURITY_EVENTS)
                : List.of(Monitor.Target.CORE_SYSTEM, Monitor.Target.NETWORK);
        if (o.monitors() == null) {
            k.missing("operations.monitors", "监控工具清单");
        } else {
            for (Monitor.Target t : targets) {
                List<Monitor> ms = filter(o.monitors(), m -> m.target() == t);
                if (ms.isEmpty()) {
                    k.fail("no monitoring of " + targetEn(t), "未对" + targetZh(t) + "进行监控");
                    continue;
                }
                Tri any = Tri.any(ms, m -> {
                    List<String> g = realTimeGaps(m);
                    return g == null ? null : g.isEmpty();
                });
                List<String> names = ms.stream().map(Monitor::label).toList();
                if (any == Tri.TRUE) {
                    k.note(targetEn(t) + " watched in real time with records and alarms by " + String.join(", ", names),
                            targetZh(t) + "由" + String.join("、", names) + "实时监控、记录并报警");
                } else if (any == Tri.FALSE) {
                    List<String> why = ms.stream().map(m -> m.label() + ": " + String.join(", ", realTimeGaps(m))).toList();
                    k.fail(targetEn(t) + " not watched in real time with records and alarms throughout trading hours ("
                            + String.join("; ", why) + ")", targetZh(t) + "监控未达到交易期间实时监控、记录并报警的要求（" + String.join("；", why) + "）");
                } else {
                    k.unknown("operations.monitors[" + t + "]", targetEn(t) + " monitoring capabilities not stated",
                            targetZh(t) + "监控能力未说明");
                }
            }
        }
        if (minLogMonths != null) {
            retention(k, o, asOf, LogStore.Kind.SYSTEM, Period.ofMonths(minLogMonths), minLogMonths + " months",
                    minLogMonths + "个月", "system logs", "系统日志");
        }
        return k;
    }

    /** Both true: TRUE; either false: FALSE; otherwise null (unknown). */
    static Boolean both(Boolean a, Boolean b) {
        Tri t = Tri.of(a).and(Tri.of(b));
        return t == Tri.UNKNOWN ? null : t == Tri.TRUE;
    }

    /** x.5.2.7 (class 3+) real-time monitoring of core and network systems covers availability and performance. */
    public static Check monitoringScope(Operations o) {
        Check k = new Check();
        if (o.monitors() == null) {
            return k.missing("operations.monitors", "监控工具清单");
        }
        for (Monitor.Target t : List.of(Monitor.Target.CORE_SYSTEM, Monitor.Target.NETWORK)) {
            List<Monitor> ms = filter(o.monitors(), m -> m.target() == t);
            if (ms.isEmpty()) {
                k.fail("no real-time monitoring of " + targetEn(t), "未对" + targetZh(t) + "进行实时监控");
                continue;
            }
            Tri avail = Tri.any(ms, m -> both(m.realTime(), m.availability()));
            Tri perf = Tri.any(ms, m -> both(m.realTime(), m.performance()));
            List<String> names = ms.stream().map(Monitor::label).toList();
            List<String> lack = new ArrayList<>();
            List<String> lackZh = new ArrayList<>();
            if (avail == Tri.FALSE) {
                lack.add("availability");
                lackZh.add("可用性");
            }
            if (perf == Tri.FALSE) {
                lack.add("performance");
                lackZh.add("性能");
            }
            if (!lack.isEmpty()) {
                List<String> notRealTime = ms.stream().filter(m -> Boolean.FALSE.equals(m.realTime())).map(Monitor::label).toList();
                List<String> realTime = ms.stream().filter(m -> !Boolean.FALSE.equals(m.realTime())).map(Monitor::label).toList();
                List<String> why = new ArrayList<>();
                List<String> whyZh = new ArrayList<>();
                if (!notRealTime.isEmpty()) {
                    why.add(String.join(", ", notRealTime) + " " + (notRealTime.size() == 1 ? "is" : "are")
                            + " not real-time, so what it watches is not real-time monitoring");
                    whyZh.add(String.join("、", notRealTime) + "非实时监控");
                }
                if (!realTime.isEmpty()) {
                    why.add("the real-time monitoring (" + String.join(", ", realTime) + ") does not watch "
                            + String.join(" or ", lack));
                    whyZh.add("实时监控（" + String.join("、", realTime) + "）未覆盖系统" + String.join("、", lackZh));
                } else {
                    why.add("no real-time monitoring of " + String.join(" or ", lack));
                    whyZh.add("无对系统" + String.join("、", lackZh) + "的实时监控");
                }
                k.fail(targetEn(t) + ": " + String.join("; ", why), targetZh(t) + "：" + String.join("，", whyZh));
            } else if (avail == Tri.UNKNOWN || perf == Tri.UNKNOWN) {
                k.unknown("operations.monitors[" + t + "].availability/performance",
                        "whether monitoring of " + targetEn(t) + " covers availability and performance is not stated",
                        targetZh(t) + "实时监控是否覆盖可用性和性能未说明");
            } else {
                k.note(targetEn(t) + ": availability and performance watched in real time by " + String.join(", ", names),
                        targetZh(t) + "的可用性和性能由" + String.join("、", names) + "实时监控");
            }
        }
        return k;
    }

    /** x.5.2.5 application operation logs kept at least {@code minYears} years. */
    public static Check applicationLogRetention(Operations o, LocalDate asOf, int minYears) {
        Check k = new Check();
        retention(k, o, asOf, LogStore.Kind.APPLICATION_OPERATION, Period.ofYears(minYears), minYears + " years",
                minYears + "年", "application operation logs", "应用系统操作日志");
        return k;
    }

    /**
     * The earlier edition's 4.5.2.6 应保留应用系统的操作日志记录 (no period): application operation logs are kept, for
     * however long.
     */
    public static Check applicationLogsKept(Operations o) {
        Check k = new Check();
        if (o.logStores() == null) {
            return k.missing("operations.logStores", "日志保存情况");
        }
        List<LogStore> stores = filter(o.logStores(), s -> s.kind() == LogStore.Kind.APPLICATION_OPERATION);
        if (!stores.isEmpty()) {
            return k.note("application operation logs kept: " + Check.list(stores.stream().map(LogStore::label).toList(), 10),
                    "保留应用系统操作日志：" + Check.listZh(stores.stream().map(LogStore::label).toList(), 10));
        }
        if (o.logStores().stream().anyMatch(s -> s.kind() == null)) {
            return k.unknown("operations.logStores[].kind", "kind of some log stores not stated", "部分日志未说明类型");
        }
        return k.fail("no application operation logs kept", "未保存应用系统操作日志");
    }

    private static void retention(Check k, Operations o, LocalDate asOf, LogStore.Kind kind, Period required,
                                  String requiredEn, String requiredZh, String en, String zh) {
        if (o.logStores() == null) {
            k.missing("operations.logStores", "日志保存情况");
            return;
        }
        List<LogStore> stores = filter(o.logStores(), s -> s.kind() == kind);
        if (stores.isEmpty()) {
            if (o.logStores().stream().anyMatch(s -> s.kind() == null)) {
                k.unknown("operations.logStores[].kind", "kind of some log stores not stated", "部分日志未说明类型");
            } else {
                k.fail("no " + en + " kept", "未保存" + zh);
            }
            return;
        }
        List<String> shortEn = new ArrayList<>();
        List<String> shortZh = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> okEn = new ArrayList<>();
        List<String> okZh = new ArrayList<>();
        for (LogStore s : stores) {
            Boolean covers = OperationsCalc.retentionCovers(s.retention(), s.retentionUnit(), required, asOf);
            String r = OperationsCalc.retention(s.retention(), s.retentionUnit());
            String rz = OperationsCalc.retentionZh(s.retention(), s.retentionUnit());
            if (covers == null) {
                unknown.add(s.label());
            } else if (!covers) {
                shortEn.add(s.label() + " kept " + r);
                shortZh.add(s.label() + "保存" + rz);
            } else {
                okEn.add(s.label() + " " + r);
                okZh.add(s.label() + "保存" + rz);
            }
        }
        if (!shortEn.isEmpty()) {
            k.fail(en + " kept less than " + requiredEn + " (back to " + asOf.minus(required) + "): "
                    + Check.list(shortEn, 10), zh + "保存期限不足" + requiredZh + "：" + Check.listZh(shortZh, 10));
        }
        if (!unknown.isEmpty()) {
            k.unknown("operations.logStores[].retention", en + " retention not stated for " + Check.list(unknown, 10),
                    Check.listZh(unknown, 10) + "未说明保存期限");
        }
        if (shortEn.isEmpty() && unknown.isEmpty()) {
            k.note(en + " kept at least " + requiredEn + ": " + Check.list(okEn, 10),
                    zh + "保存期限均不少于" + requiredZh + "：" + Check.listZh(okZh, 10));
        }
    }

    /** x.5.2.6 a fault register, and every abnormal inspection of the last 30 days entered in it (same or next day). */
    public static Check faultRecords(Operations o, LocalDate asOf) {
        Check k = new Check();
        if (o.faults() == null) {
            return k.missing("operations.faults", "故障和异常记录");
        }
        List<FaultRecord> faults = filter(o.faults(), f -> f.date() == null || !f.date().isAfter(asOf));
        List<FaultRecord> incomplete = filter(faults, f -> f.date() == null || !given(f.description()));
        if (!incomplete.isEmpty()) {
            k.unknown("operations.faults[].date/description", incomplete.size() + " fault record(s) without a date or description",
                    incomplete.size() + "条故障记录缺少日期或描述");
        }
        Set<LocalDate> faultDays = new TreeSet<>();
        faults.stream().filter(f -> f.date() != null).forEach(f -> faultDays.add(f.date()));
        if (o.inspections() != null) {
            List<Inspection> abnormal = filter(recent(o.inspections(), Inspection::date, asOf),
                    i -> Boolean.TRUE.equals(i.abnormal()));
            List<String> unrecorded = new ArrayList<>();
            for (Inspection i : abnormal) {
                if (!faultDays.contains(i.date()) && !faultDays.contains(i.date().plusDays(1))) {
                    unrecorded.add(i.date() + (i.session() == null ? "" : " " + i.session()));
                }
            }
            if (!unrecorded.isEmpty()) {
                k.fail(unrecorded.size() + " abnormal inspection(s) in " + window(asOf) + " with no fault record: "
                        + Check.list(unrecorded, 10), windowZh(asOf) + "巡检发现的异常未记入故障和异常记录：" + Check.listZh(unrecorded, 10));
            } else if (!abnormal.isEmpty()) {
                k.note(abnormal.size() + " abnormal inspection(s) in " + window(asOf) + ", each in the fault register",
                        windowZh(asOf) + "巡检发现异常" + abnormal.size() + "次，均已记入故障和异常记录");
            }
        }
        LocalDate last = faultDays.isEmpty() ? null : ((TreeSet<LocalDate>) faultDays).last();
        k.note(faults.isEmpty() ? "no fault or anomaly recorded" : faults.size() + " fault record(s), the latest on " + last,
                faults.isEmpty() ? "故障和异常记录为空（未发生故障）" : "故障和异常记录" + faults.size() + "条，最近一条为" + last);
        return k;
    }

    /** What keeps a review from being a full one (scope, anomaly analysis, report), in English and Chinese. */
    static void lacks(LogReview r, List<String> en, List<String> zh) {
        if (r.scope() != null && !r.scope().contains(LogReview.Scope.MONITORING_LOGS)) {
            en.add("monitoring logs not covered");
            zh.add("未覆盖监控日志");
        }
        if (r.scope() != null && !r.scope().contains(LogReview.Scope.OPERATION_RECORDS)) {
            en.add("operation records not covered");
            zh.add("未覆盖操作记录");
        }
        if (Boolean.FALSE.equals(r.anomaliesAnalysed())) {
            en.add("anomalies not analysed");
            zh.add("未分析异常情况");
        }
        if (!given(r.report())) {
            en.add("no report");
            zh.add("未形成评估报告");
        }
    }

    /** A full review: both scopes, anomalies analysed, a report; UNKNOWN when scope or analysis is not stated. */
    static Tri full(LogReview r) {
        Tri scope = Tri.of(r.scope() == null ? null
                : r.scope().containsAll(List.of(LogReview.Scope.MONITORING_LOGS, LogReview.Scope.OPERATION_RECORDS)));
        return scope.and(Tri.of(r.anomaliesAnalysed())).and(given(r.report()) ? Tri.TRUE : Tri.FALSE);
    }

    /**
     * x.5.2.8 the latest assessment covering both monitoring logs and operation records, analysing anomalies and
     * written up as a report, is at most 3 months old (至少每季度).
     */
    public static Check quarterlyLogReview(Operations o, LocalDate asOf) {
        Check k = new Check();
        if (o.logReviews() == null) {
            return k.missing("operations.logReviews", "监控日志和操作记录评估报告");
        }
        LocalDate from = asOf.minusMonths(QUARTER_MONTHS);
        LocalDate latestFull = null;
        LogReview latestAny = null;
        List<String> partial = new ArrayList<>();
        List<String> partialZh = new ArrayList<>();
        boolean unknown = false;
        for (LogReview r : o.logReviews()) {
            if (r.date() == null || r.date().isAfter(asOf)) {
                continue;
            }
            if (latestAny == null || r.date().isAfter(latestAny.date())) {
                latestAny = r;
            }
            Tri f = full(r);
            if (f == Tri.TRUE) {
                if (latestFull == null || r.date().isAfter(latestFull)) {
                    latestFull = r.date();
                }
            } else if (Calc.withinMonths(r.date(), asOf, QUARTER_MONTHS)) {
                if (f == Tri.UNKNOWN) {
                    unknown = true;
                } else {
                    List<String> lack = new ArrayList<>();
                    List<String> lackZh = new ArrayList<>();
                    lacks(r, lack, lackZh);
                    partial.add(r.date() + " (" + String.join(", ", lack) + ")");
                    partialZh.add(r.date() + "（" + String.join("、", lackZh) + "）");
                }
            }
        }
        if (latestFull != null && Calc.withinMonths(latestFull, asOf, QUARTER_MONTHS)) {
            return k.note("latest full assessment of monitoring logs and operation records with a report on " + latestFull
                            + " (within 3 months: on or after " + from + ")",
                    "最近一次监控日志和操作记录全面评估于" + latestFull + "完成并形成评估报告");
        }
        if (unknown) {
            return k.unknown("operations.logReviews[].scope/anomaliesAnalysed",
                    "an assessment since " + from + " does not state its scope or whether anomalies were analysed",
                    "近3个月的评估未说明评估范围或是否分析异常情况");
        }
        String latest;
        String latestZh;
        if (latestFull != null) {
            latest = "the latest full assessment with a report was on " + latestFull + ", before " + from;
            latestZh = "最近一次全面评估报告为" + latestFull + "，距评估基准日超过一个季度";
        } else if (latestAny != null && partial.isEmpty()) {
            List<String> lack = new ArrayList<>();
            List<String> lackZh = new ArrayList<>();
            lacks(latestAny, lack, lackZh);
            latest = "no full assessment with a report on record; the latest assessment, on " + latestAny.date()
                    + (lack.isEmpty() ? "" : " (" + String.join(", ", lack) + ")") + ", is before " + from;
            latestZh = "无全面评估报告；最近一次评估为" + latestAny.date()
                    + (lackZh.isEmpty() ? "" : "（" + String.join("、", lackZh) + "）") + "，距评估基准日超过一个季度";
        } else {
            latest = "no full assessment with a report since " + from;
            latestZh = "近一个季度无监控日志和操作记录全面评估报告";
        }
        return k.fail(latest + (partial.isEmpty() ? "" : "; incomplete assessments since " + from + ": " + String.join("; ", partial)),
                latestZh + (partialZh.isEmpty() ? "" : "；近3个月评估不完整：" + String.join("；", partialZh)));
    }

    /**
     * x.5.2.9's condition 采用自动化运维工具进行日常操作的 (the lead's reading P1): it holds when
     * {@code company.usesAutomatedOpsTools} says so or when {@code operations.automationTools} lists a tool; the
     * records win over the flag. Returns why the clause is NOT_APPLICABLE — the flag is false, or unstated with
     * {@code automationTools: []}, and no tool is listed — or null when it applies or is undecided.
     */
    public static String automationNotApplicable(io.fitg.model.company.Company co, Operations o) {
        Boolean flag = co == null ? null : co.usesAutomatedOpsTools();
        List<AutomationTool> tools = o == null ? null : o.automationTools();
        if (tools != null && !tools.isEmpty()) {
            return null;
        }
        if (Boolean.FALSE.equals(flag)) {
            return "the company does not use automated operations tools (采用自动化运维工具的)";
        }
        if (flag == null && tools != null) {
            return "operations.automationTools lists no automated operations tool (采用自动化运维工具的)";
        }
        return null;
    }

    /**
     * x.5.2.9 when the clause applies ({@link #automationNotApplicable} null): each listed tool judged whatever the
     * company flag says; no tool listed is missing data.
     */
    public static Check automatedOpsTools(io.fitg.model.company.Company co, Operations o, LocalDate asOf) {
        return automatedOpsTools(co, o, asOf, People.UNCHECKED);
    }

    /** As above, the tools' managers checked against the staff roster, in post on {@code asOf} (P5). */
    public static Check automatedOpsTools(io.fitg.model.company.Company co, Operations o, LocalDate asOf, People pp) {
        Boolean flag = co == null ? null : co.usesAutomatedOpsTools();
        if (o == null || o.automationTools() == null) {
            Check k = new Check();
            if (flag == null) {
                k.unknown("company.usesAutomatedOpsTools", "whether the company uses automated operations tools is not stated",
                        "未说明公司是否采用自动化运维工具");
            }
            return k.missing(o == null ? "operations" : "operations.automationTools", "自动化运维工具清单");
        }
        if (o.automationTools().isEmpty()) {
            return new Check().unknown("company.usesAutomatedOpsTools, operations.automationTools",
                    "company.usesAutomatedOpsTools is true, but operations.automationTools lists no tool",
                    "公司说明采用自动化运维工具，但自动化运维工具清单为空");
        }
        Check k = new Check();
        List<String> names = o.automationTools().stream().map(AutomationTool::label).toList();
        if (Boolean.FALSE.equals(flag)) {
            k.note("company.usesAutomatedOpsTools is false, but operations.automationTools lists " + Check.list(names, 10)
                            + ": the records decide, the tools are judged",
                    "公司说明未采用自动化运维工具，但自动化运维工具清单列有" + Check.listZh(names, 10) + "，按清单评价");
        } else if (flag == null) {
            k.note("company.usesAutomatedOpsTools not stated; operations.automationTools lists " + Check.list(names, 10),
                    "公司未说明是否采用自动化运维工具，自动化运维工具清单列有" + Check.listZh(names, 10));
        }
        automatedOpsTools(k, o, asOf, pp);
        pp.report(k, "the tools' managers", "工具管理人员");
        return k;
    }

    /**
     * x.5.2.9 each automated operations tool: dedicated managers, a safeguarding mechanism in force, its deployment
     * and every adjustment under change management. (NOT_APPLICABLE is decided in the rule from the company.)
     */
    public static Check automatedOpsTools(Operations o, LocalDate asOf) {
        return automatedOpsTools(new Check(), o, asOf, People.UNCHECKED);
    }

    private static Check automatedOpsTools(Check k, Operations o, LocalDate asOf, People pp) {
        if (o.automationTools() == null) {
            return k.missing("operations.automationTools", "自动化运维工具清单");
        }
        if (o.automationTools().isEmpty()) {
            return k.unknown("operations.automationTools", "the company uses automated operations tools but lists none",
                    "公司采用自动化运维工具，但未列明工具");
        }
        for (AutomationTool t : o.automationTools()) {
            String n = t.label();
            if (t.managers() == null) {
                k.unknown("operations.automationTools[" + n + "].managers", n + ": managers not stated", n + "未说明管理人员");
            } else if (people(t.managers()).isEmpty()) {
                k.fail(n + " has no dedicated manager", n + "无专门的管理人员");
            } else {
                List<String> whyEn = new ArrayList<>();
                List<String> whyZh = new ArrayList<>();
                Set<String> managers = pp.inPost(t.managers(), asOf, whyEn, whyZh);
                if (managers.isEmpty()) {
                    k.fail(n + " has no dedicated manager in post: " + String.join("; ", whyEn),
                            n + "无在岗的专门管理人员：" + String.join("；", whyZh));
                } else {
                    k.note(n + " managed by " + String.join(", ", managers),
                            n + "由" + String.join("、", managers) + "专门管理");
                }
            }
            document(k, t.safeguards(), asOf, "operations.automationTools[" + n + "].safeguards",
                    n + " safeguarding procedure", n + "安全稳定运行保障机制");
            if (t.changes() == null) {
                k.unknown("operations.automationTools[" + n + "].changes", n + ": deployment and adjustments not stated",
                        n + "未说明部署及调整记录");
                continue;
            }
            List<ToolChange> done = filter(t.changes(), c -> c.date() == null || !c.date().isAfter(asOf));
            if (done.stream().noneMatch(c -> c.kind() == ToolChange.Kind.DEPLOYMENT)) {
                k.fail(n + ": its deployment is not on record under change management", n + "的部署未纳入变更管理记录");
            }
            List<String> uncontrolled = new ArrayList<>();
            for (ToolChange c : done) {
                if (!given(c.changeRequest())) {
                    uncontrolled.add((c.date() == null ? "undated" : c.date().toString()) + " "
                            + (c.kind() == null ? "change" : c.kind().name().toLowerCase()));
                }
            }
            if (!uncontrolled.isEmpty()) {
                k.fail(n + ": " + Check.list(uncontrolled, 10) + " without a change request",
                        n + "的" + Check.listZh(uncontrolled, 10) + "未纳入变更管理");
            } else if (!done.isEmpty()) {
                k.note(n + ": " + done.size() + " deployment/adjustment record(s), each with a change request",
                        n + "部署及调整" + done.size() + "次，均有变更单");
            }
        }
        return k;
    }

    /**
     * 5.5.2.9 key parameter changes by business departments: a procedure in force (management means), system-enforced
     * review (technical means), and every change of the last year reviewed by someone other than who made it.
     */
    public static Check keyParameterReview(Operations o, LocalDate asOf) {
        Check k = new Check();
        ParameterChangeControl pc = o.parameterChanges();
        if (pc == null) {
            return k.missing("operations.parameterChanges", "关键参数修改复核情况");
        }
        document(k, pc.policy(), asOf, "operations.parameterChanges.policy", "key parameter change procedure",
                "关键参数修改复核制度");
        if (pc.systemEnforcedReview() == null) {
            k.missing("operations.parameterChanges.systemEnforcedReview", "技术复核手段");
        } else if (!pc.systemEnforcedReview()) {
            k.fail("no technical means: the systems do not hold a key parameter change for review",
                    "系统未对关键参数修改设置技术复核控制");
        } else {
            k.note("the systems hold key parameter changes until a second person reviews them", "系统对关键参数修改实行技术复核控制");
        }
        if (pc.changes() == null) {
            return k.missing("operations.parameterChanges.changes", "关键参数修改记录");
        }
        List<ParameterChange> year = filter(pc.changes(), c -> OperationsCalc.inRegisterWindow(c.date(), asOf));
        List<String> bad = new ArrayList<>();
        for (ParameterChange c : year) {
            if (!OperationsCalc.reviewedByOther(c.changedBy(), c.reviewer())) {
                bad.add(c.date() + " " + (c.parameter() == null ? "parameter" : c.parameter())
                        + (c.changedBy() == null ? " (who changed it not stated)" : " by " + c.changedBy())
                        + (given(c.reviewer()) ? ", reviewed by themselves" : ", not reviewed"));
            }
        }
        if (!bad.isEmpty()) {
            k.fail(bad.size() + " of " + year.size() + " key parameter change(s) in the last year not reviewed by a second person: "
                    + Check.list(bad, 10), "近一年关键参数修改" + year.size() + "次，其中" + bad.size() + "次未经他人复核：" + Check.listZh(bad, 10));
        } else {
            k.note(year.size() + " key parameter change(s) by business departments in the last year, each reviewed by a second person",
                    "近一年业务部门关键参数修改" + year.size() + "次，均经他人复核");
        }
        return k;
    }
}
