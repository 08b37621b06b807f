package io.fitg.rules.trading;

import io.fitg.model.trading.DailyPeak;
import io.fitg.model.trading.FailoverDrill;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TradingCalcTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 21);
    static final YearMonth OCT = YearMonth.of(2026, 10);
    static final BigDecimal EIGHTY = BigDecimal.valueOf(80);

    static DailyPeak peak(String date, String mbps) {
        return new DailyPeak(LocalDate.parse(date), new BigDecimal(mbps));
    }

    static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    @Test
    void theJudgedMonthIsTheLastOneThatEndedBeforeTheAsOfDate() {
        assertThat(TradingCalc.lastCompleteMonth(AS_OF)).isEqualTo(OCT);
        assertThat(TradingCalc.lastCompleteMonth(LocalDate.of(2026, 11, 30))).isEqualTo(OCT);
        assertThat(TradingCalc.lastCompleteMonth(LocalDate.of(2026, 12, 1))).isEqualTo(YearMonth.of(2026, 11));
        assertThat(TradingCalc.lastCompleteMonth(LocalDate.of(2027, 1, 15))).isEqualTo(YearMonth.of(2026, 12));
    }

    @Test
    void averageOfDailyPeaksExactlyAtEightyPercentIsWithinTheLimit() {
        TradingCalc.PeakAverage a = TradingCalc.monthlyPeakAverage(
                List.of(peak("2026-10-12", "70"), peak("2026-10-13", "90")), bd("100"), OCT, AS_OF);
        assertThat(a.known()).isTrue();
        assertThat(a.days()).isEqualTo(2);
        assertThat(a.averageMbps()).isEqualByComparingTo("80");
        assertThat(a.utilisationPercent()).isEqualByComparingTo("80.00");
        assertThat(a.atMost(EIGHTY)).isTrue();
    }

    @Test
    void justAboveAndJustBelowEightyPercentAreComparedExactly() {
        // 80.005% shows as 80.01 but the comparison does not round: it is above 80
        TradingCalc.PeakAverage above = TradingCalc.monthlyPeakAverage(
                List.of(peak("2026-10-12", "80"), peak("2026-10-13", "80.01")), bd("100"), OCT, AS_OF);
        assertThat(above.atMost(EIGHTY)).isFalse();
        TradingCalc.PeakAverage below = TradingCalc.monthlyPeakAverage(
                List.of(peak("2026-10-12", "80"), peak("2026-10-13", "79.99")), bd("100"), OCT, AS_OF);
        assertThat(below.atMost(EIGHTY)).isTrue();
        // a third of a percent point that floating point would not represent exactly
        TradingCalc.PeakAverage thirds = TradingCalc.monthlyPeakAverage(
                List.of(peak("2026-10-12", "80"), peak("2026-10-13", "80"), peak("2026-10-14", "80")),
                bd("100"), OCT, AS_OF);
        assertThat(thirds.atMost(EIGHTY)).isTrue();
    }

    @Test
    void utilisationIsAgainstTheLinksBandwidth() {
        TradingCalc.PeakAverage a = TradingCalc.monthlyPeakAverage(
                List.of(peak("2026-10-12", "30"), peak("2026-10-13", "42")), bd("40"), OCT, AS_OF);
        assertThat(a.utilisationPercent()).isEqualByComparingTo("90.00");
        assertThat(a.atMost(EIGHTY)).isFalse();
    }

    @Test
    void onlyPeaksOfTheJudgedMonthOnOrBeforeTheAsOfDateCount() {
        List<DailyPeak> peaks = List.of(peak("2026-09-30", "99"), peak("2026-10-12", "50"),
                peak("2026-11-02", "99"), peak("2026-10-31", "60"));
        TradingCalc.PeakAverage a = TradingCalc.monthlyPeakAverage(peaks, bd("100"), OCT, AS_OF);
        assertThat(a.days()).isEqualTo(2);
        assertThat(a.averageMbps()).isEqualByComparingTo("55");
        // judged in the middle of the month, a peak dated after the as-of date is not yet a fact
        TradingCalc.PeakAverage early = TradingCalc.monthlyPeakAverage(peaks, bd("100"), OCT,
                LocalDate.of(2026, 10, 20));
        assertThat(early.days()).isEqualTo(1);
        assertThat(early.averageMbps()).isEqualByComparingTo("50");
    }

    @Test
    void aDayCountsOnceWithItsHighestPeak() {
        TradingCalc.PeakAverage a = TradingCalc.monthlyPeakAverage(
                List.of(peak("2026-10-12", "60"), peak("2026-10-12", "95"), peak("2026-10-13", "70")),
                bd("100"), OCT, AS_OF);
        assertThat(a.days()).isEqualTo(2);
        assertThat(a.sumMbps()).isEqualByComparingTo("165");
        assertThat(a.utilisationPercent()).isEqualByComparingTo("82.50");
        assertThat(a.atMost(EIGHTY)).isFalse();
    }

    @Test
    void missingPeaksOrBandwidthLeaveTheAverageUnknown() {
        assertThat(TradingCalc.monthlyPeakAverage(List.of(), bd("100"), OCT, AS_OF).missing())
                .isEqualTo("dailyPeaks in 2026-10");
        assertThat(TradingCalc.monthlyPeakAverage(List.of(peak("2026-09-30", "10")), bd("100"), OCT, AS_OF).known())
                .isFalse();
        assertThat(TradingCalc.monthlyPeakAverage(null, bd("100"), OCT, AS_OF).missing()).isEqualTo("dailyPeaks");
        assertThat(TradingCalc.monthlyPeakAverage(List.of(peak("2026-10-12", "10")), null, OCT, AS_OF).missing())
                .isEqualTo("bandwidthMbps");
        assertThat(TradingCalc.monthlyPeakAverage(List.of(peak("2026-10-12", "10")), BigDecimal.ZERO, OCT, AS_OF)
                .known()).isFalse();
        assertThat(TradingCalc.monthlyPeakAverage(List.of(new DailyPeak(LocalDate.of(2026, 10, 12), null)),
                bd("100"), OCT, AS_OF).missing()).isEqualTo("dailyPeaks[2026-10-12].peakMbps");
        TradingCalc.PeakAverage unknown = TradingCalc.monthlyPeakAverage(null, bd("100"), OCT, AS_OF);
        assertThatThrownBy(() -> unknown.atMost(EIGHTY)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void twoYearsOfRetentionAreCountedInCalendarDays() {
        assertThat(TradingCalc.daysInYearsBefore(AS_OF, 2)).isEqualTo(730);
        // 2026-03-01 .. 2028-03-01 contains 2028-02-29
        assertThat(TradingCalc.daysInYearsBefore(LocalDate.of(2028, 3, 1), 2)).isEqualTo(731);
        assertThat(TradingCalc.retentionCovers(730, 2, AS_OF)).isTrue();
        assertThat(TradingCalc.retentionCovers(729, 2, AS_OF)).isFalse();
        assertThat(TradingCalc.retentionCovers(731, 2, AS_OF)).isTrue();
        assertThat(TradingCalc.retentionCovers(730, 2, LocalDate.of(2028, 3, 1))).isFalse();
        assertThat(TradingCalc.retentionCovers(731, 2, LocalDate.of(2028, 3, 1))).isTrue();
    }

    static FailoverDrill drill(String date, String rto, String rpo) {
        return new FailoverDrill(LocalDate.parse(date), rto == null ? null : bd(rto), rpo == null ? null : bd(rpo),
                null, null);
    }

    @Test
    void theLatestDrillOnOrBeforeTheAsOfDateIsTheMeasurement() {
        List<FailoverDrill> drills = List.of(drill("2025-09-13", "420", "0"), drill("2026-09-12", "210", "0"),
                drill("2026-12-05", "900", "60"), new FailoverDrill(null, bd("1"), bd("1"), null, null));
        assertThat(TradingCalc.latestDrill(drills, AS_OF)).get().extracting(FailoverDrill::rtoSeconds)
                .isEqualTo(bd("210"));
        assertThat(TradingCalc.latestDrill(drills, LocalDate.of(2026, 1, 1))).get()
                .extracting(FailoverDrill::rtoSeconds).isEqualTo(bd("420"));
        assertThat(TradingCalc.latestDrill(drills, LocalDate.of(2025, 1, 1))).isEmpty();
        assertThat(TradingCalc.latestDrill(null, AS_OF)).isEmpty();
        // a drill on the as-of date counts
        assertThat(TradingCalc.latestDrill(List.of(drill("2026-11-21", "5", "0")), AS_OF)).isPresent();
    }

    @Test
    void twoDrillsOnTheSameDayTakeTheSlowerOne() {
        List<FailoverDrill> drills = List.of(drill("2026-09-12", "100", "0"), drill("2026-09-12", "320", "0"),
                drill("2026-09-12", "200", "0"));
        assertThat(TradingCalc.latestDrill(drills, AS_OF)).get().extracting(FailoverDrill::rtoSeconds)
                .isEqualTo(bd("320"));
    }

    @Test
    void limitsIncludeTheirValue() {
        BigDecimal fiveMinutes = TradingCalc.minutesToSeconds(BigDecimal.valueOf(5));
        assertThat(fiveMinutes).isEqualByComparingTo("300");
        assertThat(TradingCalc.atMost(bd("300"), fiveMinutes)).isTrue();
        assertThat(TradingCalc.atMost(bd("300.001"), fiveMinutes)).isFalse();
        assertThat(TradingCalc.atMost(bd("299"), fiveMinutes)).isTrue();
        assertThat(TradingCalc.atMost(null, fiveMinutes)).isNull();
    }
}
