package io.fitg.rules.support;

import io.fitg.model.backup.Backup;
import io.fitg.model.backup.BackupRun;
import io.fitg.model.company.Company;
import io.fitg.model.operations.DutyShift;
import io.fitg.model.operations.Inspection;
import io.fitg.model.operations.OperationRecord;
import io.fitg.model.operations.Operations;
import io.fitg.model.trading.DailyPeak;
import io.fitg.model.trading.LinkPurpose;
import io.fitg.model.trading.Trading;
import io.fitg.model.trading.TradingLink;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The trading days of a window, as the records evidence them (the lead's reading P10). A day is a trading day when
 * any dated record of a kind that only a trading day produces is dated on it:
 * <ul>
 *   <li>a duty shift covering trading hours ({@code operations.dutyRoster[].duringTrading: true});</li>
 *   <li>an inspection sheet ({@code operations.inspections});</li>
 *   <li>an initialisation or settlement record ({@code operations.operationRecords[].kind} INITIALISATION or
 *       SETTLEMENT; routine work, maintenance and data backups are also done on days the exchanges are closed);</li>
 *   <li>a post-settlement backup ({@code backup.settlementBackups});</li>
 *   <li>a bandwidth peak of an exchange link ({@code trading.links[].dailyPeaks}, "peak use on each trading day").</li>
 * </ul>
 * A day listed in {@code company.nonTradingDays} (the exchanges were closed) is never a trading day. Clauses judged
 * "on every trading day" judge each such day of the window; a day no record shows cannot be judged (an assessor
 * sees the gap only in the exchanges' calendar).
 */
public final class TradingDays {
    /** The window of daily practices: the last 30 days up to the as-of date. */
    public static final int WINDOW_DAYS = 30;

    /** What shows that a day was a trading day. */
    public enum Source {
        DUTY_SHIFT("trading-hours duty shift", "交易时段值班"),
        INSPECTION("inspection sheet", "巡检记录"),
        OPERATION("initialisation or settlement record", "初始化或结算记录"),
        SETTLEMENT_BACKUP("post-settlement backup", "结算后数据备份"),
        EXCHANGE_PEAK("exchange-link bandwidth peak", "交易所链路带宽峰值");

        public final String en;
        public final String zh;

        Source(String en, String zh) {
            this.en = en;
            this.zh = zh;
        }
    }

    private TradingDays() {
    }

    /** The first element of a collected list of section facts, or null (the section is absent). */
    @SuppressWarnings("unchecked")
    public static <T> T first(List<?> facts) {
        return facts == null || facts.isEmpty() ? null : (T) facts.get(0);
    }

    /**
     * The days from {@code from} to {@code to} (both included) that the records show as trading days, each with
     * what shows it; days listed in {@code company.nonTradingDays} are left out.
     */
    public static SortedMap<LocalDate, Set<Source>> evidenced(Company co, Operations o, Backup b, Trading t,
                                                              LocalDate from, LocalDate to) {
        SortedMap<LocalDate, Set<Source>> days = new TreeMap<>();
        if (o != null) {
            add(days, o.dutyRoster(), s -> Boolean.TRUE.equals(s.duringTrading()) ? s.date() : null,
                    Source.DUTY_SHIFT, from, to);
            add(days, o.inspections(), Inspection::date, Source.INSPECTION, from, to);
            add(days, o.operationRecords(), r -> r.kind() == OperationRecord.Kind.INITIALISATION
                    || r.kind() == OperationRecord.Kind.SETTLEMENT ? r.date() : null, Source.OPERATION, from, to);
        }
        if (b != null) {
            add(days, b.settlementBackups(), BackupRun::date, Source.SETTLEMENT_BACKUP, from, to);
        }
        if (t != null && t.links() != null) {
            for (TradingLink l : t.links()) {
                if (l.purpose() == LinkPurpose.EXCHANGE) {
                    add(days, l.dailyPeaks(), DailyPeak::date, Source.EXCHANGE_PEAK, from, to);
                }
            }
        }
        if (co != null && co.nonTradingDays() != null) {
            co.nonTradingDays().forEach(days::remove);
        }
        return days;
    }

    /**
     * The trading days a per-day clause judges as of {@code asOf}: those the records show in the 30 days before it
     * ({@code asOf - 30 days <= day < asOf}). The as-of day itself may still be in progress and is left out.
     */
    public static SortedMap<LocalDate, Set<Source>> judged(Company co, Operations o, Backup b, Trading t, LocalDate asOf) {
        return evidenced(co, o, b, t, asOf.minusDays(WINDOW_DAYS), asOf.minusDays(1));
    }

    private static <T> void add(SortedMap<LocalDate, Set<Source>> days, Collection<T> items, Function<T, LocalDate> date,
                                Source source, LocalDate from, LocalDate to) {
        if (items == null) {
            return;
        }
        for (T item : items) {
            LocalDate d = item == null ? null : date.apply(item);
            if (d != null && !d.isBefore(from) && !d.isAfter(to)) {
                days.computeIfAbsent(d, k -> EnumSet.noneOf(Source.class)).add(source);
            }
        }
    }

    /** A weekday the company has not listed as a day the exchanges were closed. */
    public static boolean openWeekday(LocalDate d, Company co) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY
                && (co == null || !co.listedNonTradingDay(d));
    }

    /**
     * The trading day before {@code asOf} by the calendar: the day before, moved back over weekends and over the days
     * listed in {@code company.nonTradingDays}.
     */
    public static LocalDate previous(LocalDate asOf, Company co) {
        LocalDate d = asOf.minusDays(1);
        for (int i = 0; i < 366 && !openWeekday(d, co); i++) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** Days with what shows them, for findings: {@code 2026-11-18 (post-settlement backup)}. */
    public static List<String> describe(Map<LocalDate, Set<Source>> days, Collection<LocalDate> which) {
        List<String> out = new ArrayList<>();
        for (LocalDate d : new TreeSet<>(which)) {
            Set<Source> s = days.get(d);
            out.add(d + (s == null || s.isEmpty() ? "" : " (" + String.join(", ", s.stream().map(x -> x.en).toList()) + ")"));
        }
        return out;
    }

    /** The Chinese form of {@link #describe}: {@code 2026-11-18（有结算后数据备份）}. */
    public static List<String> describeZh(Map<LocalDate, Set<Source>> days, Collection<LocalDate> which) {
        List<String> out = new ArrayList<>();
        for (LocalDate d : new TreeSet<>(which)) {
            Set<Source> s = days.get(d);
            out.add(d + (s == null || s.isEmpty() ? "" : "（有" + String.join("、", s.stream().map(x -> x.zh).toList()) + "）"));
        }
        return out;
    }
}
