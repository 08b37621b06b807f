package io.fitg.rules.operations;

import io.fitg.model.common.DocumentRecord;
import io.fitg.model.operations.DutyShift;
import io.fitg.model.operations.LogStore;
import io.fitg.rules.support.Calc;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Computations behind the x.5 日常运行 rules: windows over dated records, people on a shift, retention periods,
 * signatures. Readings (documented in docs/profile/5-operations.md):
 * <ul>
 *   <li>daily practices (duty roster, inspections, operation records) are judged on the records of the last
 *       {@value #RECENT_DAYS} days, as-of date included ({@code asOf - 30 days <= date <= asOf});</li>
 *   <li>registers kept over longer spans (machine-room entries, infrastructure maintenance, key parameter changes)
 *       on the last {@value #REGISTER_YEARS} year;</li>
 *   <li>至少每季度 on the last {@value #QUARTER_MONTHS} months;</li>
 *   <li>a retention period covers a required one when logs kept for it reach back at least as far from the as-of
 *       date ({@code asOf - retention <= asOf - required}), so 184 days cover 6 months from 2026-11-21.</li>
 * </ul>
 */
public final class OperationsCalc {
    public static final int RECENT_DAYS = 30;
    public static final int REGISTER_YEARS = 1;
    public static final int QUARTER_MONTHS = 3;
    /** 双人日常值班: people on every shift. */
    public static final int DOUBLE_DUTY = 2;

    private OperationsCalc() {
    }

    /** In the window of daily practices: {@code asOf - 30 days <= date <= asOf}. */
    public static boolean recent(LocalDate date, LocalDate asOf) {
        return Calc.withinDays(date, asOf, RECENT_DAYS);
    }

    /** The first day of the window of daily practices. */
    public static LocalDate recentFrom(LocalDate asOf) {
        return asOf.minusDays(RECENT_DAYS);
    }

    /** In the window of registers: within one year up to the as-of date. */
    public static boolean inRegisterWindow(LocalDate date, LocalDate asOf) {
        return Calc.withinYears(date, asOf, REGISTER_YEARS);
    }

    /** The items whose date is in the window of daily practices. */
    public static <T> List<T> recent(Collection<T> items, Function<T, LocalDate> date, LocalDate asOf) {
        return filter(items, t -> recent(date.apply(t), asOf));
    }

    public static <T> List<T> filter(Collection<T> items, Predicate<T> p) {
        List<T> out = new ArrayList<>();
        if (items != null) {
            for (T t : items) {
                if (p.test(t)) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** The distinct, non-blank names of a list (the people on a shift), in order. */
    public static Set<String> people(Collection<String> names) {
        Set<String> out = new LinkedHashSet<>();
        if (names != null) {
            for (String n : names) {
                if (n != null && !n.isBlank()) {
                    out.add(n.strip());
                }
            }
        }
        return out;
    }

    /** A non-blank text (a signature, a report number). */
    public static boolean given(String s) {
        return s != null && !s.isBlank();
    }

    /** Signed by an operator and reviewed by someone else (a self-review is no review). */
    public static boolean signedByTwo(String operator, String reviewer) {
        return given(operator) && given(reviewer) && !operator.strip().equals(reviewer.strip());
    }

    /** Reviewed by someone other than the operator (the operator's own signature may be missing). */
    public static boolean reviewedByOther(String operator, String reviewer) {
        return given(reviewer) && (operator == null || !operator.strip().equals(reviewer.strip()));
    }

    /** Shifts with fewer than two different people on duty (staff stated). */
    public static List<DutyShift> underStaffed(Collection<DutyShift> shifts, int min) {
        return filter(shifts, s -> s.staff() != null && people(s.staff()).size() < min);
    }

    /** A retention period as a {@link Period}; null when either part is not stated. */
    public static Period period(Integer amount, LogStore.Unit unit) {
        if (amount == null || unit == null) {
            return null;
        }
        return switch (unit) {
            case DAYS -> Period.ofDays(amount);
            case MONTHS -> Period.ofMonths(amount);
            case YEARS -> Period.ofYears(amount);
        };
    }

    /**
     * Whether logs kept for {@code amount unit} still hold the whole {@code required} period back from the as-of
     * date; null when the retention is not stated.
     */
    public static Boolean retentionCovers(Integer amount, LogStore.Unit unit, Period required, LocalDate asOf) {
        Period p = period(amount, unit);
        if (p == null) {
            return null;
        }
        return !asOf.minus(p).isAfter(asOf.minus(required));
    }

    /** A retention for display: {@code 180 days}, {@code 6 months}, {@code 2 years}. */
    public static String retention(Integer amount, LogStore.Unit unit) {
        if (amount == null || unit == null) {
            return "not stated";
        }
        String u = unit.name().toLowerCase();
        return amount + " " + (amount == 1 ? u.substring(0, u.length() - 1) : u);
    }

    public static String retentionZh(Integer amount, LogStore.Unit unit) {
        if (amount == null || unit == null) {
            return "未说明";
        }
        return amount + switch (unit) {
            case DAYS -> "天";
            case MONTHS -> "个月";
            case YEARS -> "年";
        };
    }

    /** A document's title for display. */
    public static String title(DocumentRecord d, String fallback) {
        return d != null && given(d.title()) ? d.title() : fallback;
    }

    /**
     * Judges a document the clause names: not stated → missing; without an issue date → missing
     * ({@code field.issued}), unless marked as a draft; not in force on the as-of date (a draft, issued later,
     * expired) → fails; in force → noted.
     */
    public static void document(Check k, DocumentRecord d, LocalDate asOf, String field, String en, String zh) {
        if (d == null) {
            k.missing(field, zh);
            return;
        }
        String t = title(d, en);
        if (d.issued() == null && d.markedDraft()) {
            k.fail(en + " \"" + t + "\" is a draft that has not been issued", zh + "《" + t + "》为草稿，尚未正式发布");
        } else if (d.issued() == null) {
            k.unknown(field + ".issued", en + " \"" + t + "\": issue date not stated", zh + "《" + t + "》未写明发布日期");
        } else if (d.issued().isAfter(asOf)) {
            k.fail(en + " \"" + t + "\" is issued only on " + d.issued() + ", after " + asOf,
                    zh + "《" + t + "》发布日期" + d.issued() + "晚于评估基准日");
        } else if (!d.inForceOn(asOf)) {
            k.fail(en + " \"" + t + "\" expired on " + d.expires(), zh + "《" + t + "》已于" + d.expires() + "失效");
        } else {
            LocalDate u = d.lastUpdated();
            k.note(en + " \"" + t + "\" issued " + d.issued() + (u.equals(d.issued()) ? "" : ", revised " + u),
                    zh + "《" + t + "》于" + d.issued() + "发布" + (u.equals(d.issued()) ? "" : "，" + u + "修订"));
        }
    }

    static <T> List<String> labels(Collection<T> items, Function<T, String> label) {
        return items.stream().map(label).filter(Objects::nonNull).toList();
    }
}
