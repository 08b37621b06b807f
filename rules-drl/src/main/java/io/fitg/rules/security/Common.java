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

    /** "1 day", "30 days", "? days". */
    public static String days(Integer n) {
        return n == null ? "? days" : n == 1 ? "1 day" : n + " days";
    }

    public static String d(LocalDate date) {
        return date == null ? "?" : date.toString();
    }

    public static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** A document in force on the as-of date: issued on or before it and not expired. */
    public static Eval inForce(DocumentRecord doc, LocalDate asOf, String path, String en, String zh) {
        if (doc == null) {
            return Eval.unknown(path, en + " not stated", zh + "未提供");
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
     * A dated event required within a period the company's own policy sets: UNKNOWN when the date or the period
     * is not stated, FALSE when the date is older than the period (or after the as-of date).
     */
    public static Eval withinPolicy(LocalDate date, Integer days, LocalDate asOf, String datePath, String periodPath,
                                    String en, String zh) {
        if (date == null) {
            return Eval.unknown(datePath, en + " date not stated", zh + "日期未说明");
        }
        if (days == null) {
            return Eval.unknown(periodPath, "period not stated", "周期未说明");
        }
        if (withinDays(date, asOf, days)) {
            return Eval.ok();
        }
        if (date.isAfter(asOf)) {
            return Eval.fail(en + " dated " + date + ", after the as-of date", zh + "日期" + date + "晚于评估基准日");
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
            if (r.remediationDue() == null) {
                return Eval.unknown(p + ".remediationDue", open + " findings open without a deadline",
                        open + "项问题未整改且未定整改期限");
            }
            if (r.remediationDue().isBefore(asOf)) {
                return Eval.fail(open + " findings still open after the deadline " + r.remediationDue(),
                        open + "项问题超过整改期限" + r.remediationDue() + "仍未整改");
            }
            return Eval.ok();
        });
        return items.eval(what, zhWhat);
    }

    /** Open findings across reviews, for the compliant summary. */
    public static int openFindings(List<SecurityReview> reviews) {
        return reviews.stream().map(SecurityReview::open).filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
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
            case UNKNOWN -> new Eval(Tri.UNKNOWN, List.of(en + ": latest dated one " + (last == null ? "none" : last)
                    + "; undated ones or ones without the firm's qualification cannot be counted"),
                    List.of(zh + "：部分记录未注明日期或机构资质"), missing);
            case FALSE -> Eval.fail(en + ": latest " + (last == null ? "none" : last) + ", none in the " + periodEn
                            + " before " + asOf,
                    zh + "：最近一次为" + (last == null ? "无" : last.toString()) + "，评估基准日前" + periodZh + "内没有");
        };
    }
}
