package io.fitg.rules.operations;

import io.fitg.model.operations.DutyShift;
import io.fitg.model.operations.LogStore;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;

import static io.fitg.model.operations.LogStore.Unit.DAYS;
import static io.fitg.model.operations.LogStore.Unit.MONTHS;
import static io.fitg.model.operations.LogStore.Unit.YEARS;
import static org.assertj.core.api.Assertions.assertThat;

class OperationsCalcTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 21);

    @Test
    void retentionIsComparedAsPeriodsAnchoredAtTheAsOfDate() {
        Period six = Period.ofMonths(6);
        // 6 months back from 2026-11-21 is 2026-05-21: 184 days
        assertThat(OperationsCalc.retentionCovers(6, MONTHS, six, AS_OF)).isTrue();
        assertThat(OperationsCalc.retentionCovers(5, MONTHS, six, AS_OF)).isFalse();
        assertThat(OperationsCalc.retentionCovers(184, DAYS, six, AS_OF)).isTrue();
        assertThat(OperationsCalc.retentionCovers(183, DAYS, six, AS_OF)).isFalse();
        assertThat(OperationsCalc.retentionCovers(1, YEARS, six, AS_OF)).isTrue();
    }

    @Test
    void twoYearsInDaysDependOnLeapDaysInTheSpan() {
        Period two = Period.ofYears(2);
        assertThat(OperationsCalc.retentionCovers(730, DAYS, two, AS_OF)).isTrue();
        assertThat(OperationsCalc.retentionCovers(729, DAYS, two, AS_OF)).isFalse();
        // 2023-03-01 .. 2025-03-01 spans 2024-02-29: 731 days
        LocalDate afterLeap = LocalDate.of(2025, 3, 1);
        assertThat(OperationsCalc.retentionCovers(730, DAYS, two, afterLeap)).isFalse();
        assertThat(OperationsCalc.retentionCovers(731, DAYS, two, afterLeap)).isTrue();
        assertThat(OperationsCalc.retentionCovers(24, MONTHS, two, afterLeap)).isTrue();
        assertThat(OperationsCalc.retentionCovers(23, MONTHS, two, afterLeap)).isFalse();
    }

    @Test
    void aRetentionNotFullyStatedIsUnknown() {
        assertThat(OperationsCalc.retentionCovers(null, MONTHS, Period.ofMonths(6), AS_OF)).isNull();
        assertThat(OperationsCalc.retentionCovers(6, null, Period.ofMonths(6), AS_OF)).isNull();
        assertThat(OperationsCalc.retention(1, YEARS)).isEqualTo("1 year");
        assertThat(OperationsCalc.retention(200, DAYS)).isEqualTo("200 days");
        assertThat(OperationsCalc.retentionZh(6, LogStore.Unit.MONTHS)).isEqualTo("6个月");
    }

    @Test
    void theWindowOfDailyRecordsIncludesBothEndsAndNothingAfterTheAsOfDate() {
        assertThat(OperationsCalc.recent(LocalDate.of(2026, 10, 22), AS_OF)).isTrue();
        assertThat(OperationsCalc.recent(LocalDate.of(2026, 10, 21), AS_OF)).isFalse();
        assertThat(OperationsCalc.recent(AS_OF, AS_OF)).isTrue();
        assertThat(OperationsCalc.recent(AS_OF.plusDays(1), AS_OF)).isFalse();
        assertThat(OperationsCalc.recent((LocalDate) null, AS_OF)).isFalse();
        assertThat(OperationsCalc.recentFrom(AS_OF)).isEqualTo(LocalDate.of(2026, 10, 22));
    }

    @Test
    void theRegisterWindowIsOneYear() {
        assertThat(OperationsCalc.inRegisterWindow(LocalDate.of(2025, 11, 21), AS_OF)).isTrue();
        assertThat(OperationsCalc.inRegisterWindow(LocalDate.of(2025, 11, 20), AS_OF)).isFalse();
    }

    @Test
    void peopleOnAShiftAreDistinctNonBlankNames() {
        assertThat(OperationsCalc.people(Arrays.asList("张伟", " 张伟 ", "", "  ", null, "王芳")))
                .containsExactly("张伟", "王芳");
        assertThat(OperationsCalc.people(null)).isEmpty();
    }

    @Test
    void shiftsWithFewerThanTwoPeopleAreUnderStaffed() {
        DutyShift two = new DutyShift(AS_OF, "日盘", true, List.of("张伟", "王芳"), true);
        DutyShift same = new DutyShift(AS_OF, "夜盘", true, List.of("张伟", "张伟"), true);
        DutyShift unknown = new DutyShift(AS_OF, "夜盘", true, null, true);
        assertThat(OperationsCalc.underStaffed(List.of(two, same, unknown), 2)).containsExactly(same);
    }

    @Test
    void aReviewNeedsASecondPerson() {
        assertThat(OperationsCalc.signedByTwo("张伟", "王芳")).isTrue();
        assertThat(OperationsCalc.signedByTwo("张伟", "张伟 ")).isFalse();
        assertThat(OperationsCalc.signedByTwo(null, "王芳")).isFalse();
        assertThat(OperationsCalc.signedByTwo("张伟", " ")).isFalse();
        assertThat(OperationsCalc.reviewedByOther(null, "王芳")).isTrue();
        assertThat(OperationsCalc.reviewedByOther("王芳", "王芳")).isFalse();
        assertThat(OperationsCalc.reviewedByOther("张伟", null)).isFalse();
    }
}
