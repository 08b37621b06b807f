package io.fitg.rules.security;

import io.fitg.model.common.DocumentRecord;
import io.fitg.model.security.SecurityReview;
import io.fitg.rules.support.Tri;
import io.fitg.rules.support.Verdict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Shared pieces of the x.4 rules: finishing a verdict, documents in force, dated windows, review remediation. */
public final class Common {
    private Common() {
    }

    /**
     * 定期 with a period the company sets (P2): the effective period is the company's, but never longer than a year.
     * Used for the patch reviews, antivirus full checks, scans and hardening, trojan-protection updates, third-party
     * assessments and password rotation.
     */
    public static final int YEAR_DAYS = 365;

    /**
     * 及时 without a number (P9): 30 days, applied both ways (a follow-up more than 30 days after its trigger is late;
     * a trigger less than 30 days old with no follow-up yet is not yet due). Where the company sets a shorter deadline
     * (virus signatures, account adjustment after a job change) its own deadline applies.
     */
    public static final int TIMELY_DAYS = 30;

    /**
     * A period the company sets, capped: {@code days()} is the shorter of the company's ({@code stated}, null when
     * not stated) and {@code cap}; {@code fallback} (null for none) stands in when the company states none.
     */
    public record Period(Integer stated, int cap, Integer fallback, String path) {

        /** 定期: the company's period, at most a year; none when not stated. */
        public static Period regular(Integer stated, String path) {
            return new Period(stated, YEAR_DAYS, null, path);
        }

        /** 及时: the company's deadline, at most 30 days; 30 days when not stated. */
        public static Period timely(Integer stated, String path) {
            return new Period(stated, TIMELY_DAYS, TIMELY_DAYS, path);
        }

        /** The effective period in days; null when neither the company's nor a fallback is known. */
        public Integer days() {
            if (stated == null) {
                return fallback;
            }
            return Math.min(stated, cap);
        }

        public boolean capped() {
            return stated != null && stated > cap;
        }

        /** "90 days (the company's period)", "365 days (the company's 3650 days, capped at a year)"… */
        public String en() {
            if (stated == null) {
                return fallback == null ? "the company's period (" + path + " not stated)"
                        : Common.days(fallback) + " (及时; " + path + " not stated)";
            }
            if (capped()) {
                return Common.days(cap) + " (the company's " + Common.days(stated) + ", capped at "
                        + (cap == YEAR_DAYS ? "a year" : Common.days(cap)) + ")";
            }
            return Common.days(stated) + " (the company's period)";
        }

        /** "90天（公司规定的周期）", "365天（公司规定3650天，按不超过一年计）"… */
        public String zh() {
            if (stated == null) {
                return fallback == null ? "公司规定的周期（未说明）" : fallback + "天（及时，公司未规定时限）";
            }
            if (capped()) {
                return cap + "天（公司规定" + stated + "天，按不超过" + (cap == YEAR_DAYS ? "一年" : cap + "天") + "计）";
            }
            return stated + "天（公司规定的周期）";
        }
    }

    /** The first element of a {@code collect} result, or null. */
    public static <T> T first(List<?> l, Class<T> type) {
        return l == null || l.isEmpty() ? null : type.cast(l.get(0));
    }

    /**
     * Records the decision: COMPLIANT with {@code okEn}/{@code okZh}, or NON_COMPLIANT / INSUFFICIENT_DATA with the
     * notes of the parts that do not pass.
     */
    public static void decide(Verdict v, String expected, Eval r, String okEn, String okZh, Object... facts) {
        v.expected(expected).facts(facts);
        switch (r.t()) {
            case TRUE -> v.observed(okEn).situation(okZh).compliant();
            case FALSE -> v.observed(r.enText()).situation(r.zhText()).nonCompliant();
            case UNKNOWN -> v.observed(r.enText()).situation(r.zhText())
                    .insufficient(String.join(", ", r.missing().stream().distinct().toList()));
        }
    }

    /**
     * As {@link #decide(Verdict, String, Eval, String, String, Object...)}, with {@code note} (English, Chinese) put
     * before the observation and the 情况说明 whatever the outcome, e.g. a company flag that the records contradict.
     */
    public static void decide(Verdict v, String expected, String[] note, Eval r, String okEn, String okZh,
                              Object... facts) {
        if (note == null || note[0].isEmpty()) {
            decide(v, expected, r, okEn, okZh, facts);
            return;
        }
        Eval noted = new Eval(r.t(), r.passes() ? List.of() : List.of(note[0] + r.enText()),
                r.passes() ? List.of() : List.of(note[1] + r.zhText()), r.missing());
        decide(v, expected, noted, note[0] + okEn, note[1] + okZh, facts);
    }

    /** NOT_APPLICABLE because the clause's own condition does not hold. */
    public static void notApplicable(Verdict v, String expected, String why, String zh, Object... facts) {
        v.expected(expected).observed(why).situation(zh).facts(facts).notApplicable(why);
    }

    /** INSUFFICIENT_DATA for one missing part. */
    public static void missing(Verdict v, String expected, String path, String zh, Object... facts) {
        v.expected(expected).observed(path + " not stated").situation(zh).facts(facts).insufficient(path);
    }

    /** INSUFFICIENT_DATA for a list that is not stated or empty (a list that must have items). */
    public static void missingList(Verdict v, String expected, String path, List<?> list, String zh, Object... facts) {
        missing(v, expected, path, list == null ? path + " not stated" : path + " is empty", zh, facts);
    }

    /** INSUFFICIENT_DATA with an observation other than "not stated" (a list given but without what is needed). */
    public static void missing(Verdict v, String expected, String path, String en, String zh, Object... facts) {
        v.expected(expected).observed(en).situation(zh).facts(facts).insufficient(path);
    }

    /** "1 day", "30 days", "an unstated number of days". */
    public static String days(Integer n) {
        return n == null ? "an unstated number of days" : n == 1 ? "1 day" : n + " days";
    }

    /** The date, or "no date" when it is not stated. */
    public static String d(LocalDate date) {
        return date == null ? "no date" : date.toString();
    }

    /** A document's date on the as-of date: the latest of issued/revised not after it, or null (P3). */
    public static LocalDate updatedBy(io.fitg.model.common.DocumentRecord doc, LocalDate asOf) {
        if (doc == null) {
            return null;
        }
        LocalDate best = null;
        for (LocalDate x : java.util.Arrays.asList(doc.issued(), doc.revised())) {
            if (x != null && !x.isAfter(asOf) && (best == null || x.isAfter(best))) {
                best = x;
            }
        }
        return best;
    }

    public static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Explicit negatives that never count as the thing they stand in for (P7): 无, 没有, none, no, n/a… */
    private static final java.util.Set<String> NEGATIVES = java.util.Set.of("无", "没有", "暂无", "未部署", "未配备", "未采取",
            "不适用", "none", "no", "n/a", "na", "nil", "-", "—", "/");

    /** Blank or an explicit negative (无, none, n/a…): names nothing. */
    public static boolean none(String s) {
        return blank(s) || NEGATIVES.contains(s.strip().toLowerCase(java.util.Locale.ROOT));
    }

    /** A document in force on the as-of date: issued on or before it and not expired. */
    public static Eval inForce(DocumentRecord doc, LocalDate asOf, String path, String en, String zh) {
        if (doc == null) {
            return Eval.unknown(path, en + " not stated", zh + "未提供");
        }
        if (doc.issued() == null && doc.markedDraft()) {
            return Eval.fail(en + " is a draft that has not been issued", zh + "为草稿，尚未正式发布");
        }
        if (doc.issued() == null) {
            return Eval.unknown(path + ".issued", en + " has no issue date", zh + "未注明发布日期");
        }
        if (doc.issued().isAfter(asOf)) {
            return Eval.fail(en + " not issued until " + doc.issued(), zh + "于" + doc.issued() + "才发布");
        }
        if (doc.expires() != null && doc.expires().isBefore(asOf)) {
            return Eval.fail(en + " expired on " + doc.expires(), zh + "已于" + doc.expires() + "失效");
        }
        return Eval.ok();
    }

    /** A date within {@code days} days before the as-of date (both ends included; later dates do not count). */
    public static boolean withinDays(LocalDate date, LocalDate asOf, int days) {
        return date != null && !date.isAfter(asOf) && !date.isBefore(asOf.minusDays(days));
    }

    /**
     * A dated event required within a period ({@code days}, the effective one): UNKNOWN when the date or the period
     * is not stated, or the date lies after the as-of date (P3); FALSE when the date is older than the period.
     */
    public static Eval withinPolicy(LocalDate date, Integer days, LocalDate asOf, String datePath, String periodPath,
                                    String en, String zh) {
        if (date == null) {
            return Eval.unknown(datePath, en + " date not stated", zh + "日期未说明");
        }
        if (days == null) {
            return Eval.unknown(periodPath, "period not stated", "周期未说明");
        }
        if (date.isAfter(asOf)) {
            // a single latest date after the as-of date tells nothing about the state on the as-of date (P3)
            return Eval.unknown(datePath, en + " dated " + date + ", after the as-of date " + asOf
                    + ": the state on " + asOf + " is not known", zh + "为" + date + "，晚于评估基准日" + asOf
                    + "，无法说明基准日的情况");
        }
        if (withinDays(date, asOf, days)) {
            return Eval.ok();
        }
        return Eval.fail(en + " " + date + ", more than " + days(days) + " before " + asOf,
                zh + "为" + date + "，距评估基准日超过" + days + "天");
    }

    /**
     * 及时处理/整改: every review's findings are remedied, or the rest are still within the deadline the company set.
     * Reviews dated after the as-of date are left out.
     */
    public static Eval remediation(List<SecurityReview> reviews, LocalDate asOf, String path) {
        return remediation(reviews, asOf, path, "reviews", "检查评估记录");
    }

    /** As {@link #remediation(List, LocalDate, String)}, naming the reviews in English and Chinese. */
    public static Eval remediation(List<SecurityReview> reviews, LocalDate asOf, String path, String what,
                                   String zhWhat) {
        return remediation(reviews, asOf, path, what, zhWhat, false);
    }

    /**
     * The deadline of a review's open findings: the company's {@code remediationDue}; where the clause says 及时
     * ({@code timely}), never later than {@link #TIMELY_DAYS} days after the review (P9), and that when the company
     * set none. Null when unknown.
     */
    static LocalDate due(SecurityReview r, boolean timely) {
        LocalDate due = r.remediationDue();
        if (timely && r.date() != null) {
            LocalDate cap = r.date().plusDays(TIMELY_DAYS);
            if (due == null || due.isAfter(cap)) {
                due = cap;
            }
        }
        return due;
    }

    /**
     * Remediation of the reviews' findings: remedied, or still within the deadline ({@link #due}). With
     * {@code timely} (the clause says 及时) the deadline is at most 30 days after the review. Reviews dated after the
     * as-of date are left out.
     */
    public static Eval remediation(List<SecurityReview> reviews, LocalDate asOf, String path, String what,
                                   String zhWhat, boolean timely) {
        List<SecurityReview> done = reviews.stream().filter(r -> r.date() == null || !r.date().isAfter(asOf)).toList();
        Items<SecurityReview> items = Items.all(done, r -> {
            Integer open = r.open();
            String p = path + "[" + (r.id() == null ? "?" : r.id()) + "]";
            if (open == null) {
                return Eval.unknown(r.findings() == null ? p + ".findings" : p + ".remediated",
                        "findings or remediation not stated", "发现问题数或整改数未说明");
            }
            if (open == 0) {
                return Eval.ok();
            }
            LocalDate due = due(r, timely);
            if (due == null) {
                return Eval.unknown(timely ? p + ".date" : p + ".remediationDue",
                        open + " findings open without a deadline", open + "项问题未整改且未定整改期限");
            }
            if (due.isBefore(asOf)) {
                String why = timely && (r.remediationDue() == null || r.remediationDue().isAfter(due))
                        ? " (及时: " + TIMELY_DAYS + " days after the review of " + r.date() + ")" : "";
                String whyZh = timely && (r.remediationDue() == null || r.remediationDue().isAfter(due))
                        ? "（及时：检查日" + r.date() + "后" + TIMELY_DAYS + "天）" : "";
                return Eval.fail(open + " findings still open after the deadline " + due + why,
                        open + "项问题超过整改期限" + due + whyZh + "仍未整改");
            }
            return Eval.ok();
        });
        return items.eval(what, zhWhat);
    }

    /** "; 2 findings of C-1 open, not yet due (until 2026-12-20)" for open findings within their deadline, or "". */
    public static String notYetDue(List<SecurityReview> reviews, LocalDate asOf, boolean timely) {
        List<String> out = new ArrayList<>();
        for (SecurityReview r : reviews) {
            if (r.date() != null && r.date().isAfter(asOf) || r.open() == null || r.open() == 0) {
                continue;
            }
            LocalDate due = due(r, timely);
            if (due != null && !due.isBefore(asOf)) {
                out.add(r.open() + " findings of " + (r.id() == null ? "the review of " + r.date() : r.id())
                        + " open, not yet due (until " + due + ")");
            }
        }
        return out.isEmpty() ? "" : "; " + String.join("; ", out);
    }

    /** Open findings across the reviews not dated after the as-of date, for the compliant summary. */
    public static int openFindings(List<SecurityReview> reviews, LocalDate asOf) {
        return reviews.stream().filter(r -> r.date() == null || !r.date().isAfter(asOf)).map(SecurityReview::open)
                .filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
    }

    /** The latest date among the reviews not after the as-of date, or null. */
    public static LocalDate latest(List<SecurityReview> reviews, LocalDate asOf) {
        LocalDate best = null;
        for (SecurityReview r : reviews) {
            if (r.date() != null && !r.date().isAfter(asOf) && (best == null || r.date().isAfter(best))) {
                best = r.date();
            }
        }
        return best;
    }

    /**
     * A review on or after {@code from} and not after the as-of date (by a qualified firm when {@code qualified}):
     * TRUE when one is known, UNKNOWN when one might be (undated, or the qualification not stated), FALSE otherwise.
     * {@code periodEn}/{@code periodZh} name the period ("365 days", "1 year").
     */
    public static Eval recentReview(List<SecurityReview> reviews, LocalDate asOf, LocalDate from, String periodEn,
                                    String periodZh, boolean qualified, String path, String en, String zh) {
        Tri best = Tri.FALSE;
        List<String> missing = new ArrayList<>();
        for (SecurityReview r : reviews) {
            String p = path + "[" + (r.id() == null ? "?" : r.id()) + "]";
            Tri dated = r.date() == null ? Tri.UNKNOWN
                    : Tri.of(!r.date().isAfter(asOf) && !r.date().isBefore(from));
            if (r.date() == null) {
                missing.add(p + ".date");
            }
            Tri q = Tri.TRUE;
            if (qualified && blank(r.qualification())) {
                q = Tri.UNKNOWN;
                if (dated != Tri.FALSE) {
                    missing.add(p + ".qualification");
                }
            }
            best = best.or(dated.and(q));
        }
        LocalDate last = latest(reviews, asOf);
        return switch (best) {
            case TRUE -> Eval.ok();
            case UNKNOWN -> new Eval(Tri.UNKNOWN, List.of(en + ": " + (last == null ? "no dated one on or before "
                    + asOf : "latest dated one " + last) + "; undated ones or ones without the firm's qualification "
                    + "cannot be counted"),
                    List.of(zh + "：部分记录未注明日期或机构资质"), missing);
            case FALSE -> last == null
                    ? Eval.fail(en + ": none on or before " + asOf, zh + "：评估基准日" + asOf + "前没有记录")
                    : Eval.fail(en + ": latest " + last + ", more than " + periodEn + " before " + asOf,
                    zh + "：最近一次为" + last + "，距评估基准日" + asOf + "超过" + periodZh);
        };
    }
}
