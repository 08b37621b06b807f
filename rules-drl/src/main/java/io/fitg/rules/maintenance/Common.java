package io.fitg.rules.maintenance;

import io.fitg.model.common.DocumentRecord;
import io.fitg.model.maintenance.Action;
import io.fitg.model.maintenance.RoleHolder;
import io.fitg.model.maintenance.Step;
import io.fitg.rules.support.Calc;
import io.fitg.rules.support.Tri;

import java.time.LocalDate;
import java.time.Period;
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
            if (d.issued() == null && (d.expires() == null || !d.expires().isBefore(asOf))) {
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
     * Judges one step of a register entry dated {@code entryDate}: done (and, when dated, on the right side of
     * the entry's date), not done, not needed (counts only when {@code notNeededAllowed}), or not stated.
     */
    static Judged step(Step s, LocalDate entryDate, When when, boolean notNeededAllowed, LocalDate asOf,
                       String nameEn, String nameZh, String path) {
        Step.State st = Step.state(s, asOf);
        switch (st) {
            case UNKNOWN:
                return Judged.unknown(nameEn + " not stated", nameZh + "未说明", path);
            case NOT_DONE:
                if (s.date() != null && s.date().isAfter(asOf)) {
                    return Judged.fail(nameEn + " dated " + s.date() + ", after the as-of date",
                            nameZh + "日期" + s.date() + "晚于评估基准日");
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
        if (when == When.ANY || s.date() == null) {
            return Judged.ok();
        }
        if (entryDate == null) {
            return Judged.unknown("date of the entry not stated, so the " + nameEn + "'s timing cannot be checked",
                    "未说明日期，无法核对" + nameZh + "的时间", path.substring(0, path.lastIndexOf('.')) + ".date");
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

    // ---- action items ----------------------------------------------------------------------------------------

    /**
     * Whether an action item is carried out or on track on {@code asOf}: completed on or before it, or still open
     * and not yet due. Overdue is a failure; open without a due date cannot be judged.
     */
    static Judged onTrack(Action a, LocalDate asOf, String path) {
        if (a.completed() != null && !a.completed().isAfter(asOf)) {
            return Judged.ok();
        }
        if (a.due() == null) {
            return Judged.unknown("open, no due date", "未完成且未设定完成期限", path + ".due");
        }
        if (a.due().isBefore(asOf)) {
            return Judged.fail("open, overdue since " + a.due(), "逾期未完成，完成期限为" + a.due());
        }
        return Judged.ok();
    }

    // ---- people ----------------------------------------------------------------------------------------------

    /**
     * A check that a named person holds a role on {@code asOf}; {@code dutyZh} names the duty (系统测试,
     * 生产环境配置管理).
     */
    static Check appointed(List<RoleHolder> holders, String path, LocalDate asOf, String expectedEn, String dutyZh) {
        if (holders == null) {
            return Check.insufficient(path, expectedEn, "not stated", "未提供负责" + dutyZh + "的专人资料。", List.of(path));
        }
        List<RoleHolder> now = holders.stream().filter(h -> h.inPostOn(asOf)).toList();
        boolean ok = !now.isEmpty();
        String obs;
        String zh;
        if (ok) {
            obs = String.join("; ", now.stream().map(h -> h.name() + (h.role() == null ? "" : ", " + h.role())
                    + (h.appointed() == null ? "" : ", appointed " + h.appointed())).toList());
            zh = "公司指定" + String.join("、", now.stream().map(h -> h.name() + "（"
                    + (h.role() == null ? "" : h.role() + "，") + (h.appointed() == null ? "任命日期未说明" : h.appointed() + "起")
                    + "）").toList()) + "专人负责" + dutyZh + "。";
        } else if (holders.isEmpty()) {
            obs = "nobody appointed";
            zh = "公司未指定专人负责" + dutyZh + "。";
        } else {
            obs = "nobody in post on " + asOf + " (" + String.join("; ", holders.stream().map(h -> h.name()
                    + (h.appointed() == null ? "" : " from " + h.appointed())
                    + (h.until() == null ? "" : " until " + h.until())).toList()) + ")";
            zh = "截至" + asOf + "无在任的" + dutyZh + "专人（" + String.join("、", holders.stream().map(h -> h.name()
                    + (h.appointed() == null ? "" : h.appointed() + "起") + (h.until() == null ? "" : "至" + h.until())).toList())
                    + "）。";
        }
        return Check.of(Tri.of(ok), expectedEn, obs, zh, path, ok ? now : holders);
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

    static String joinDates(Collection<LocalDate> dates) {
        return dates.stream().sorted().map(LocalDate::toString).reduce((x, y) -> x + ", " + y).orElse("none");
    }
}
