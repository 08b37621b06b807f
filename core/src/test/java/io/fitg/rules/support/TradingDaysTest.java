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
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The trading days the records show (the lead's reading P10). */
class TradingDaysTest {
    static final LocalDate SAT = LocalDate.of(2026, 11, 21);

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    /** A record with only the named components set (the others null), so the test does not depend on their order. */
    static <T> T record(Class<T> type, Map<String, Object> values) {
        try {
            RecordComponent[] rc = type.getRecordComponents();
            Class<?>[] types = new Class<?>[rc.length];
            Object[] args = new Object[rc.length];
            for (int i = 0; i < rc.length; i++) {
                types[i] = rc[i].getType();
                args[i] = values.get(rc[i].getName());
            }
            return type.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Operations ops(List<DutyShift> roster, List<Inspection> sheets, List<OperationRecord> records) {
        Map<String, Object> m = new java.util.HashMap<>();
        m.put("dutyRoster", roster);
        m.put("inspections", sheets);
        m.put("operationRecords", records);
        return record(Operations.class, m);
    }

    @Test
    void everyKindOfTradingDayRecordShowsATradingDay() {
        Operations o = ops(
                List.of(new DutyShift(d("2026-11-16"), "日盘", true, List.of("a", "b"), true),
                        new DutyShift(d("2026-11-14"), "周六值守", false, List.of("a"), false)),
                List.of(new Inspection(d("2026-11-17"), "日盘", List.of(), "a", "b", false)),
                List.of(new OperationRecord(d("2026-11-18"), OperationRecord.Kind.SETTLEMENT, "结算", "a", "b"),
                        new OperationRecord(d("2026-11-15"), OperationRecord.Kind.MAINTENANCE, "维护", "a", "b"),
                        new OperationRecord(d("2026-11-15"), OperationRecord.Kind.DATA_BACKUP, "全量备份", "a", "b")));
        Backup b = record(Backup.class, Map.of("settlementBackups", List.of(new BackupRun(d("2026-11-19"), "T", false, null))));
        Trading t = record(Trading.class, Map.of("links", List.of(
                record(TradingLink.class, Map.of("id", "X", "purpose", LinkPurpose.EXCHANGE,
                        "dailyPeaks", List.of(new DailyPeak(d("2026-11-20"), BigDecimal.TEN)))),
                record(TradingLink.class, Map.of("id", "W", "purpose", LinkPurpose.ONLINE_TRADING,
                        "dailyPeaks", List.of(new DailyPeak(d("2026-11-13"), BigDecimal.TEN)))))));
        var days = TradingDays.judged(null, o, b, t, SAT);
        assertThat(days.keySet()).containsExactly(d("2026-11-16"), d("2026-11-17"), d("2026-11-18"), d("2026-11-19"),
                d("2026-11-20"));
        assertThat(days.get(d("2026-11-18"))).containsExactly(TradingDays.Source.OPERATION);
        assertThat(days.get(d("2026-11-19"))).containsExactly(TradingDays.Source.SETTLEMENT_BACKUP);
        assertThat(days.get(d("2026-11-20"))).containsExactly(TradingDays.Source.EXCHANGE_PEAK);
        assertThat(TradingDays.describe(days, Set.of(d("2026-11-18")))).containsExactly("2026-11-18 (initialisation or settlement record)");
    }

    @Test
    void theWindowIsTheThirtyDaysBeforeTheAsOfDay() {
        Operations o = ops(null, List.of(new Inspection(d("2026-10-21"), null, null, null, null, null),
                new Inspection(d("2026-10-22"), null, null, null, null, null),
                new Inspection(SAT, null, null, null, null, null)), null);
        assertThat(TradingDays.judged(null, o, null, null, SAT).keySet()).containsExactly(d("2026-10-22"));
    }

    @Test
    void listedClosuresAreNeverTradingDays() {
        Company co = new Company("c", null, null, null, null, null, null, null, null, null, null, null,
                List.of(d("2026-11-18")));
        Operations o = ops(null, List.of(new Inspection(d("2026-11-18"), null, null, null, null, null),
                new Inspection(d("2026-11-19"), null, null, null, null, null)), null);
        assertThat(TradingDays.judged(co, o, null, null, SAT).keySet()).containsExactly(d("2026-11-19"));
        assertThat(TradingDays.previous(d("2026-11-19"), co)).isEqualTo(d("2026-11-17"));
        assertThat(TradingDays.previous(d("2026-11-23"), co)).isEqualTo(d("2026-11-20"));
        assertThat(TradingDays.previous(d("2026-11-23"), null)).isEqualTo(d("2026-11-20"));
    }
}
