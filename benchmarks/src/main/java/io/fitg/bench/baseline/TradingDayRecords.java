package io.fitg.bench.baseline;

import io.fitg.model.Profile;
import io.fitg.model.backup.BackupRun;
import io.fitg.model.company.Company;
import io.fitg.model.operations.DutyShift;
import io.fitg.model.operations.Inspection;
import io.fitg.model.operations.OperationRecord;
import io.fitg.model.operations.Operations;
import io.fitg.model.trading.DailyPeak;
import io.fitg.model.trading.LinkPurpose;
import io.fitg.model.trading.TradingLink;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * The trading days the records show, by hand (the lead's reading P10): in the 30 days before the as-of date, a day
 * with a trading-hours shift, an inspection sheet, an initialisation or settlement record, a post-settlement backup or
 * an exchange-link peak, unless {@code company.nonTradingDays} lists it.
 */
final class TradingDayRecords {
    static final int WINDOW_DAYS = 30;

    private TradingDayRecords() {
    }

    static Set<LocalDate> judged(Profile p, LocalDate asOf) {
        LocalDate from = asOf.minusDays(WINDOW_DAYS);
        LocalDate to = asOf.minusDays(1);
        Set<LocalDate> days = new HashSet<>();
        Operations o = p.operations();
        if (o != null) {
            if (o.dutyRoster() != null) {
                for (DutyShift s : o.dutyRoster()) {
                    if (Boolean.TRUE.equals(s.duringTrading())) {
                        add(days, s.date(), from, to);
                    }
                }
            }
            if (o.inspections() != null) {
                for (Inspection i : o.inspections()) {
                    add(days, i.date(), from, to);
                }
            }
            if (o.operationRecords() != null) {
                for (OperationRecord r : o.operationRecords()) {
                    if (r.kind() == OperationRecord.Kind.INITIALISATION || r.kind() == OperationRecord.Kind.SETTLEMENT) {
                        add(days, r.date(), from, to);
                    }
                }
            }
        }
        if (p.backup() != null && p.backup().settlementBackups() != null) {
            for (BackupRun r : p.backup().settlementBackups()) {
                add(days, r.date(), from, to);
            }
        }
        if (p.trading() != null && p.trading().links() != null) {
            for (TradingLink l : p.trading().links()) {
                if (l.purpose() == LinkPurpose.EXCHANGE && l.dailyPeaks() != null) {
                    for (DailyPeak d : l.dailyPeaks()) {
                        add(days, d.date(), from, to);
                    }
                }
            }
        }
        Company co = p.company();
        if (co != null && co.nonTradingDays() != null) {
            days.removeAll(co.nonTradingDays());
        }
        return days;
    }

    private static void add(Set<LocalDate> days, LocalDate d, LocalDate from, LocalDate to) {
        if (d != null && !d.isBefore(from) && !d.isAfter(to)) {
            days.add(d);
        }
    }

    /** The day before {@code asOf}, moved back over weekends and listed closures. */
    static LocalDate previous(LocalDate asOf, Company co) {
        LocalDate d = asOf.minusDays(1);
        for (int i = 0; i < 366; i++) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean closed = co != null && co.nonTradingDays() != null && co.nonTradingDays().contains(d);
            if (!weekend && !closed) {
                break;
            }
            d = d.minusDays(1);
        }
        return d;
    }
}
