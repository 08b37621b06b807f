package io.fitg.rules.maintenance;

import io.fitg.model.common.DocumentRecord;
import io.fitg.model.maintenance.Action;
import io.fitg.model.maintenance.RoleHolder;
import io.fitg.model.maintenance.Step;
import io.fitg.model.management.StaffMember;
import io.fitg.rules.support.Calc;
import io.fitg.rules.support.Tri;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Helpers shared by the x.7 checks: documents in force, register steps, action items, appointed people and
 * periodic coverage of core systems.
 */
public final class Common {
    /**
     * 定期 (regularly) with no number, and the review period of recurring industry exercises: within one year of
     * the as-of date, the longest cycle the guideline names for recurring activities (每年).
     */
    public static final Period REGULAR = Period.ofYears(1);
    /** 每年: within one year of the as-of date (both ends included). */
    public static final Period YEARLY = Period.ofYears(1);
    /**
     * 及时 without a number (P9): a follow-up is timely when it comes at most this many days after its trigger (the
     * change, report, incident, staff change…), and a trigger this recent with no follow-up yet is not yet due.
     */
    public static final int TIMELY_DAYS = 30;

    private Common() {
    }

    // ---- documents -------------------------------------------------------------------------------------------

    /**
     * TRUE when a document is in force on {@code asOf}; UNKNOWN when none is but one is listed without an issue
     * date (or the list is missing); FALSE when there is none (or only ones issued later or expired).
     */
    public static Tri documents(List<DocumentRecord> docs, LocalDate asOf) {
        if (docs == null) {
            return Tri.UNKNOWN;
        }
        boolean undated = false;
        for (DocumentRecord d : docs) {
            if (d.inForceOn(asOf)) {
                return Tri.TRUE;
            }
            if (d.issued() == null && !d.markedDraft() && (d.expires() == null || !d.expires().isBefore(asOf))) {
                undated = true;
            }
        }
        return undated ? Tri.UNKNOWN : Tri.FALSE;
    }

    static String docsEn(List<DocumentRecord> docs) {
        if (docs == null) {
            return "not stated";
        }
        if (docs.isEmpty()) {
            return "none";
        }
        List<String> out = new ArrayList<>();
        for (DocumentRecord d : docs) {
            StringBuilder sb = new StringBuilder(d.title() == null ? "(untitled)" : d.title());
            sb.append(" (issued ").append(d.issued() == null ? "date not stated" : d.issued());
            if (d.revised() != null) {
                sb.append(", revised ").append(d.revised());
            }
            if (d.expires() != null) {
                sb.append(", expires ").append(d.expires());
            }
            sb.append(')');
            out.add(sb.toString());
        }
        return String.join("; ", out);
    }

    static String docsZh(List<DocumentRecord> docs) {
        if (docs == null) {
            return "未提供";
        }
        if (docs.isEmpty()) {
            return "无";
        }
        List<String> out = new ArrayList<>();
        for (DocumentRecord d : docs) {
            StringBuilder sb = new StringBuilder("《").append(d.title() == null ? "未命名文件" : d.title()).append("》（");
            sb.append(d.issued() == null ? "发布日期未说明" : d.issued() + "发布");
            if (d.revised() != null) {
                sb.append("，").append(d.revised()).append("修订");
            }
            if (d.expires() != null) {
                sb.append("，").append(d.expires()).append("失效");
            }
            out.add(sb.append("）").toString());
        }
        return String.join("、", out);
    }

    /** A check that a document of one kind is in force on {@code asOf}. */
    static Check documentCheck(List<DocumentRecord> docs, String path, LocalDate asOf, String expectedEn,
                               String nameZh) {
        Tri t = documents(docs, asOf);
        String obs = docsEn(docs);
        String zh = switch (t) {
            case TRUE -> "公司已制定" + nameZh + "：" + docsZh(docs) + "。";
            case FALSE -> docs != null && !docs.isEmpty()
                    ? "截至" + asOf + "无有效的" + nameZh + "（" + docsZh(docs) + "）。"
                    : "公司未制定" + nameZh + "。";
            case UNKNOWN -> docs == null ? "未提供" + nameZh + "的资料。" : nameZh + "未注明发布日期：" + docsZh(docs) + "。";
        };
        String missing = docs == null ? path : path + "[].issued";
        return Check.of(t, expectedEn + " in force on " + asOf, obs, zh, missing, List.of(path));
    }

    // ---- register steps --------------------------------------------------------------------------------------

    /** Where a step must lie relative to its entry's date. */
    enum When { BEFORE, AFTER, ANY }

    /**
     * Judges one step of a register entry dated {@code entryDate}: done (and, when the clause's words place it before
     * or after the entry — 变更前, 事后, 变更后, 上线前 — dated on the right side of the entry's date), not done, not
     * needed (counts only when {@code notNeededAllowed}), or not stated. A step shown done only by {@code done: true}
     * or a reference, where the clause needs an order, cannot be placed: missing data naming the step's date.
     */
    static Judged step(Step s, LocalDate entryDate, When when, boolean notNeededAllowed, LocalDate asOf,
                       String nameEn, String nameZh, String path) {
        Step.State st = Step.state(s, asOf);
        switch (st) {
            case UNKNOWN:
                return Judged.unknown(nameEn + " not stated", nameZh + "未说明", path);
            case NOT_DONE:
                if (s.date() != null && s.date().isAfter(asOf)) {
                    return Judged.fail(nameEn + " dated " + s.date() + ", after the as-of date " + asOf,
                            nameZh + "日期" + s.date() + "晚于评估基准日" + asOf);
                }
                return Judged.fail("no " + nameEn, "无" + nameZh);
            case NOT_NEEDED:
                if (notNeededAllowed) {
                    return Judged.ok();
                }
                return Judged.fail("no " + nameEn + " (marked not needed: " + s.notNeeded() + ")",
                        "无" + nameZh + "（称不需要：" + s.notNeeded() + "）");
            default:
                break;
        }
        if (when == When.ANY) {
            return Judged.ok();
        }
        String order = when == When.BEFORE ? "before" : "after";
        String orderZh = when == When.BEFORE ? "之前" : "之后";
        if (s.date() == null) {
            String missing = path + ".date" + (entryDate == null ? ", " + entryPath(path) + ".date" : "");
            return Judged.unknown(nameEn + " shown done but undated, so whether it came " + order
                            + " the change cannot be checked",
                    nameZh + "未注明日期，无法核对是否在变更" + orderZh, missing);
        }
        if (entryDate == null) {
            return Judged.unknown("the change's date not stated, so the " + nameEn + "'s timing cannot be checked",
                    "变更未说明日期，无法核对" + nameZh + "的时间", entryPath(path) + ".date");
        }
        if (when == When.BEFORE && s.date().isAfter(entryDate)) {
            return Judged.fail(nameEn + " dated " + s.date() + ", after the change of " + entryDate,
                    nameZh + "日期" + s.date() + "晚于变更日期" + entryDate);
        }
        if (when == When.AFTER && s.date().isBefore(entryDate)) {
            return Judged.fail(nameEn + " dated " + s.date() + ", before the change of " + entryDate,
                    nameZh + "日期" + s.date() + "早于变更日期" + entryDate);
        }
        return Judged.ok();
    }

    /** The register entry's path from one of its steps' path ({@code …changes[C1].assessment} → {@code …changes[C1]}). */
    private static String entryPath(String stepPath) {
        return stepPath.substring(0, stepPath.lastIndexOf('.'));
    }

    /** The last day a follow-up of {@code trigger} is 及时: {@value #TIMELY_DAYS} days after it. */
    public static LocalDate timelyBy(LocalDate trigger) {
        return trigger.plusDays(TIMELY_DAYS);
    }

    /** Days from {@code a} to {@code b}. */
    static long days(LocalDate a, LocalDate b) {
        return ChronoUnit.DAYS.between(a, b);
    }

    /**
     * A follow-up step the clause asks for 及时 after the entry (应及时对变更涉及的系统配置和操作手册进行修改, 根据变更及时更新):
     * dated on or after the entry and at most {@value #TIMELY_DAYS} days after it; not done (or not stated) while the
     * as-of date is within those days is met, "not yet due (until …)"; {@code notNeeded} counts when allowed. An
     * update made because of the change cannot predate it, and one shown done without a date cannot be placed.
     */
    static Judged followUp(Step s, LocalDate entryDate, boolean notNeededAllowed, LocalDate asOf, String nameEn,
                           String nameZh, String path) {
        Step.State st = Step.state(s, asOf);
        if (st == Step.State.NOT_NEEDED) {
            return notNeededAllowed ? Judged.ok() : Judged.fail("no " + nameEn + " (marked not needed: "
                    + s.notNeeded() + ")", "无" + nameZh + "（称不需要：" + s.notNeeded() + "）");
        }
        if (entryDate == null) {
            return st == Step.State.UNKNOWN ? Judged.unknown(nameEn + " not stated", nameZh + "未说明", path)
                    : Judged.unknown("the change's date not stated, so whether the " + nameEn + " was timely cannot "
                    + "be checked", "变更未说明日期，无法核对" + nameZh + "是否及时", entryPath(path) + ".date");
        }
        LocalDate by = timelyBy(entryDate);
        if (st == Step.State.DONE) {
            if (s.date() == null) {
                return Judged.unknown(nameEn + " shown done but undated, so whether it followed the change of "
                                + entryDate + " within " + TIMELY_DAYS + " days cannot be checked",
                        nameZh + "未注明日期，无法核对是否在" + entryDate + "变更后" + TIMELY_DAYS + "天内完成", path + ".date");
            }
            if (s.date().isBefore(entryDate)) {
                return Judged.fail(nameEn + " dated " + s.date() + ", before the change of " + entryDate
                                + " (an update made because of the change cannot predate it)",
                        nameZh + "日期" + s.date() + "早于变更日期" + entryDate + "，不是据变更所作的修改");
            }
            if (s.date().isAfter(by)) {
                return Judged.fail(nameEn + " dated " + s.date() + ", " + days(entryDate, s.date())
                                + " days after the change of " + entryDate + " (及时: within " + TIMELY_DAYS + " days)",
                        nameZh + "于" + s.date() + "完成，距" + entryDate + "变更" + days(entryDate, s.date())
                                + "天，超过" + TIMELY_DAYS + "天，不及时");
            }
            return Judged.ok();
        }
        // not done, or not stated, on the as-of date
        if (!asOf.isAfter(by)) {
            return Judged.note(nameEn + " not yet due (until " + by + ")",
                    nameZh + "尚未到期（" + by + "前完成即为及时）");
        }
        if (st == Step.State.UNKNOWN) {
            return Judged.unknown(nameEn + " not stated", nameZh + "未说明", path);
        }
        String later = s.date() != null && s.date().isAfter(asOf) ? " (dated " + s.date() + ", after the as-of date)" : "";
        String laterZh = s.date() != null && s.date().isAfter(asOf) ? "（所注日期" + s.date() + "晚于评估基准日）" : "";
        return Judged.fail("no " + nameEn + " within " + TIMELY_DAYS + " days of the change of " + entryDate
                + " (due by " + by + ")" + later, "变更" + entryDate + "后" + TIMELY_DAYS + "天内（" + by + "前）未进行"
                + nameZh + laterZh);
    }

    // ---- action items ----------------------------------------------------------------------------------------

    /**
     * Whether an action item is carried out in time or on track on {@code asOf}. With a due date: completed on or
     * before it, or open and not yet past it. Without one, 及时 ({@value #TIMELY_DAYS} days) counts from when it was
     * proposed ({@code proposed}, else {@code trigger}: the report, assessment or incident it answers): completed
     * within that, or open and not yet past it. Completed later, or open past the date, fails. A completion dated
     * after the as-of date has not happened yet on it.
     */
    static Judged onTrack(Action a, LocalDate trigger, LocalDate asOf, String path) {
        LocalDate start = a.proposed() != null ? a.proposed() : trigger;
        LocalDate by = a.due() != null ? a.due() : start == null ? null : timelyBy(start);
        String basisEn = a.due() != null ? "its due date " + a.due()
                : "the " + TIMELY_DAYS + " days after " + start + " (no due date; 及时)";
        String basisZh = a.due() != null ? "完成期限" + a.due() : start + "后" + TIMELY_DAYS + "天（未设完成期限，按及时理解）";
        boolean completed = a.completed() != null && !a.completed().isAfter(asOf);
        if (by == null) {
            return Judged.unknown((completed ? "completed " + a.completed() : "open") + ", with no due date and no "
                            + "date it was proposed, so its timeliness cannot be checked",
                    (completed ? "于" + a.completed() + "完成" : "未完成") + "，未设完成期限且未注明提出日期，无法判断是否及时",
                    path + ".due");
        }
        if (completed) {
            if (a.completed().isAfter(by)) {
                return Judged.fail("completed " + a.completed() + ", after " + basisEn,
                        "于" + a.completed() + "完成，晚于" + basisZh);
            }
            return Judged.ok();
        }
        if (by.isBefore(asOf)) {
            return Judged.fail("open, overdue since " + by + " (" + basisEn + ")", "逾期未完成（" + basisZh + "）");
        }
        return a.due() != null ? Judged.ok()
                : Judged.note("open, not yet due (until " + by + ")", "尚未完成，未到期（" + by + "前完成即为及时）");
    }

    // ---- people ----------------------------------------------------------------------------------------------

    /**
     * A check that a person holds a role on {@code asOf} ({@code dutyZh} names the duty: 系统测试, 生产环境配置管理): at
     * least one holder whose appointment covers the as-of date, and every such holder on the staff roster and in
     * post ({@link People}).
     */
    static Check appointed(List<RoleHolder> holders, String path, LocalDate asOf, String expectedEn, String dutyZh,
                           List<StaffMember> roster) {
        if (holders == null) {
            return Check.insufficient(path, expectedEn, path + " not stated", "未提供负责" + dutyZh + "的专人资料。", List.of(path));
        }
        if (holders.isEmpty()) {
            return Check.of(Tri.FALSE, expectedEn, "nobody appointed (" + path + " is empty)",
                    "公司未指定专人负责" + dutyZh + "。", "", List.of(path));
        }
        List<RoleHolder> now = holders.stream().filter(h -> People.appointedOn(h, asOf)).toList();
        if (now.isEmpty()) {
            String obs = "nobody appointed on " + asOf + " (" + String.join("; ", holders.stream().map(h -> People.label(h)
                    + (h.appointed() == null ? "" : " from " + h.appointed())
                    + (h.until() == null ? "" : " until " + h.until())).toList()) + ")";
            String zh = "截至" + asOf + "无在任的" + dutyZh + "专人（" + String.join("、", holders.stream().map(h -> People.labelZh(h)
                    + (h.appointed() == null ? "" : h.appointed() + "起") + (h.until() == null ? "" : "至" + h.until())).toList())
                    + "）。";
            return Check.of(Tri.FALSE, expectedEn, obs, zh, "", holders);
        }
        Tally t = new Tally();
        for (RoleHolder h : now) {
            t.add(People.label(h), People.inPost(h, roster, asOf, path + "[" + holders.indexOf(h) + "]"));
        }
        String who = String.join("; ", now.stream().map(h -> People.label(h) + (h.role() == null ? "" : ", " + h.role())
                + (h.appointed() == null ? "" : ", appointed " + h.appointed())).toList());
        String whoZh = String.join("、", now.stream().map(h -> People.labelZh(h) + "（"
                + (h.role() == null ? "" : h.role() + "，") + (h.appointed() == null ? "任命日期未说明" : h.appointed() + "起")
                + "）").toList());
        String obs = switch (t.tri()) {
            case TRUE -> who + "; on the staff roster and in post on " + asOf;
            case FALSE -> "appointed: " + who + "; " + t.problemsEn();
            case UNKNOWN -> "appointed: " + who + "; " + t.problemsEn();
        };
        String zh = switch (t.tri()) {
            case TRUE -> "公司指定" + whoZh + "专人负责" + dutyZh + "，截至" + asOf + "在岗。";
            case FALSE, UNKNOWN -> "公司指定" + whoZh + "负责" + dutyZh + "；" + t.problemsZh() + "。";
        };
        return Check.of(t.tri(), expectedEn, obs, zh, t.missingPaths(), now);
    }

    // ---- periodic coverage of core systems -------------------------------------------------------------------

    /**
     * For each core system, whether a record covering it is dated within {@code window} before {@code asOf}.
     * A system whose latest record is older (or that has none) fails; a record within the window that names no
     * systems, or an undated record, makes a system not otherwise covered unknown.
     */
    static <T> Tally coverage(List<String> systems, Collection<T> records, Function<T, LocalDate> date,
                              Function<T, List<String>> covers, LocalDate asOf, Period window, String nameEn,
                              String nameZh, String missingPath) {
        Tally t = new Tally();
        for (String s : systems) {
            Optional<LocalDate> latest = records.stream()
                    .filter(r -> covers.apply(r) != null && covers.apply(r).contains(s))
                    .map(date).filter(d -> d != null && !d.isAfter(asOf)).max(LocalDate::compareTo);
            if (latest.isPresent() && Calc.within(latest.get(), asOf, window)) {
                t.add(s, Judged.ok());
                continue;
            }
            boolean unattributed = records.stream().anyMatch(r -> covers.apply(r) == null
                    && date.apply(r) != null && Calc.within(date.apply(r), asOf, window));
            boolean undated = records.stream().anyMatch(r -> date.apply(r) == null
                    && (covers.apply(r) == null || covers.apply(r).contains(s)));
            if (unattributed || undated) {
                t.add(s, Judged.unknown(unattributed ? "a recent " + nameEn + " names no systems" : "an undated " + nameEn,
                        unattributed ? "近期" + nameZh + "未注明涉及的系统" : nameZh + "未注明日期", missingPath));
            } else if (latest.isPresent()) {
                t.add(s, Judged.fail("last " + nameEn + " " + latest.get() + ", more than a year before " + asOf,
                        "最近一次" + nameZh + "为" + latest.get() + "，距评估基准日超过一年"));
            } else {
                t.add(s, Judged.fail("no " + nameEn, "无" + nameZh + "记录"));
            }
        }
        return t;
    }

    /**
     * NON_COMPLIANT for a clause on the core systems when {@code maintenance.coreSystems} is {@code []}: a stated empty
     * list is never missing data (P9), and a futures company always runs core systems (1.4.1: the systems of its
     * trading, settlement, risk control and bank-futures transfers), so none is shown {@code doneEn}.
     */
    static Check noCoreSystems(String expected, String doneEn, String doneZh, Collection<?> facts) {
        return Check.of(Tri.FALSE, expected, "maintenance.coreSystems is empty: no core system is listed, so none is "
                        + "shown " + doneEn + " (a futures company's trading, settlement, risk control and bank-futures "
                        + "transfer systems are core systems, 1.4.1)",
                "核心系统清单（maintenance.coreSystems）为空，无从说明对核心系统" + doneZh
                        + "；期货公司的交易、结算、风控和银期转账等系统均为核心系统（1.4.1）。", "",
                facts == null ? List.of("maintenance.coreSystems") : facts);
    }

    static String joinDates(Collection<LocalDate> dates) {
        return dates.stream().sorted().map(LocalDate::toString).reduce((x, y) -> x + ", " + y).orElse("none");
    }
}
