package io.fitg.rules.operations;

import io.fitg.model.operations.DutyShift;
import io.fitg.model.operations.Inspection;
import io.fitg.model.operations.LogReview;
import io.fitg.model.operations.Operations;
import io.fitg.rules.support.Tri;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.fitg.model.operations.Inspection.TimePoint.BREAK;
import static io.fitg.model.operations.Inspection.TimePoint.CLOSE;
import static io.fitg.model.operations.Inspection.TimePoint.PRE_OPEN;
import static org.assertj.core.api.Assertions.assertThat;

class DailyChecksTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 21);
    static final LocalDate FRI = LocalDate.of(2026, 11, 20);
    static final LocalDate THU = LocalDate.of(2026, 11, 19);

    static Inspection sheet(LocalDate d, Inspection.TimePoint... points) {
        return new Inspection(d, "日盘", points == null ? null : List.of(points), "张伟", "王芳", false);
    }

    static Operations ops(List<Inspection> inspections, List<DutyShift> roster, List<LogReview> reviews) {
        return new Operations(null, null, roster, null, null, null, null, inspections, null, null, null, null, null,
                reviews, null, null, null, null, null);
    }

    @Test
    void timePointsOfSeveralSheetsOfADayAddUp() {
        Map<LocalDate, Set<Inspection.TimePoint>> days = DailyChecks.inspectionDays(
                List.of(sheet(FRI, PRE_OPEN), sheet(FRI, BREAK, CLOSE), sheet(THU, PRE_OPEN, CLOSE)), null, AS_OF);
        assertThat(days.get(FRI)).containsExactlyInAnyOrder(PRE_OPEN, BREAK, CLOSE);
        assertThat(days.get(THU)).containsExactlyInAnyOrder(PRE_OPEN, CLOSE);
    }

    @Test
    void rosterTradingDaysWithoutSheetsAreJudgedToo() {
        DutyShift wed = new DutyShift(LocalDate.of(2026, 11, 18), "日盘", true, List.of("a", "b"), true);
        DutyShift weekend = new DutyShift(AS_OF, "周末", false, List.of("a", "b"), true);
        Map<LocalDate, Set<Inspection.TimePoint>> days = DailyChecks.inspectionDays(List.of(sheet(FRI, PRE_OPEN, BREAK, CLOSE)),
                List.of(wed, weekend), AS_OF);
        assertThat(days).containsOnlyKeys(FRI, LocalDate.of(2026, 11, 18));
        assertThat(days.get(LocalDate.of(2026, 11, 18))).isEmpty();
    }

    @Test
    void theAsOfDayCountsOnlyOnceComplete() {
        assertThat(DailyChecks.inspectionDays(List.of(sheet(AS_OF, PRE_OPEN)), null, AS_OF)).isEmpty();
        assertThat(DailyChecks.inspectionDays(List.of(sheet(AS_OF, PRE_OPEN, BREAK, CLOSE)), null, AS_OF))
                .containsOnlyKeys(AS_OF);
    }

    @Test
    void aSheetWithoutTimePointsMakesAnIncompleteDayUnknown() {
        Map<LocalDate, Set<Inspection.TimePoint>> days = DailyChecks.inspectionDays(
                List.of(sheet(FRI, PRE_OPEN), new Inspection(FRI, "日盘", null, "a", "b", false)), null, AS_OF);
        assertThat(days).containsKey(FRI);
        assertThat(days.get(FRI)).isNull();
        assertThat(DailyChecks.inspections(ops(List.of(sheet(FRI, PRE_OPEN), new Inspection(FRI, "日盘", null, "a", "b", false)),
                null, null), AS_OF).result()).isEqualTo(Tri.UNKNOWN);
    }

    @Test
    void aMissingBreakInspectionFails() {
        Check k = DailyChecks.inspections(ops(List.of(sheet(FRI, PRE_OPEN, CLOSE)), null, null), AS_OF);
        assertThat(k.result()).isEqualTo(Tri.FALSE);
        assertThat(k.observed()).contains("2026-11-20 (no BREAK)");
    }

    static LogReview review(LocalDate d) {
        return new LogReview(d, List.of(LogReview.Scope.MONITORING_LOGS, LogReview.Scope.OPERATION_RECORDS), true, "R-1");
    }

    @Test
    void aQuarterlyReviewMayBeExactlyThreeMonthsOld() {
        assertThat(DailyChecks.quarterlyLogReview(ops(null, null, List.of(review(LocalDate.of(2026, 8, 21)))), AS_OF)
                .result()).isEqualTo(Tri.TRUE);
        assertThat(DailyChecks.quarterlyLogReview(ops(null, null, List.of(review(LocalDate.of(2026, 8, 20)))), AS_OF)
                .result()).isEqualTo(Tri.FALSE);
        assertThat(DailyChecks.quarterlyLogReview(ops(null, null, List.of(review(LocalDate.of(2026, 12, 1)))), AS_OF)
                .result()).isEqualTo(Tri.FALSE);
    }

    @Test
    void aReviewIsFullOnlyWithBothScopesAnAnalysisAndAReport() {
        assertThat(DailyChecks.full(review(AS_OF))).isEqualTo(Tri.TRUE);
        assertThat(DailyChecks.full(new LogReview(AS_OF, List.of(LogReview.Scope.MONITORING_LOGS), true, "R")))
                .isEqualTo(Tri.FALSE);
        assertThat(DailyChecks.full(new LogReview(AS_OF, null, true, "R"))).isEqualTo(Tri.UNKNOWN);
        assertThat(DailyChecks.full(new LogReview(AS_OF, review(AS_OF).scope(), true, " "))).isEqualTo(Tri.FALSE);
    }
}
