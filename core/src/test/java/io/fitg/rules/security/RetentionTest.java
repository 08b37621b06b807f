package io.fitg.rules.security;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Retention periods against 保存至少6个月 / 保存期限至少为2年, reaching back from the as-of date. */
class RetentionTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 21);
    /** Two years back from here cross 29 February 2028. */
    static final LocalDate LEAP = LocalDate.of(2028, 3, 1);

    @Test
    void calendarMonthsBackFromTheAsOfDate() {
        assertThat(Retention.daysIn(0, AS_OF)).isZero();
        assertThat(Retention.daysIn(1, AS_OF)).isEqualTo(31);     // 2026-10-21 → 2026-11-21
        assertThat(Retention.daysIn(6, AS_OF)).isEqualTo(184);    // 2026-05-21 → 2026-11-21
        assertThat(Retention.daysIn(24, AS_OF)).isEqualTo(730);   // 2024-11-21 → 2026-11-21
        assertThat(Retention.daysIn(24, LEAP)).isEqualTo(731);    // 2026-03-01 → 2028-03-01
        assertThat(Retention.daysIn(6, LocalDate.of(2026, 3, 31))).isEqualTo(182); // 2025-09-30 → 2026-03-31
    }

    @Test
    void wholeMonthsAndYearsCompareExactly() {
        assertThat(Retention.covers(null, 6, null, 6, AS_OF)).isTrue();
        assertThat(Retention.covers(null, 5, null, 6, AS_OF)).isFalse();
        assertThat(Retention.covers(null, 7, null, 6, AS_OF)).isTrue();
        assertThat(Retention.covers(2, null, null, 24, LEAP)).isTrue();
        assertThat(Retention.covers(1, 11, null, 24, AS_OF)).isFalse();
        assertThat(Retention.covers(1, 12, null, 24, AS_OF)).isTrue();
        assertThat(Retention.covers(null, 24, null, 24, AS_OF)).isTrue();
        assertThat(Retention.covers(null, 23, null, 24, AS_OF)).isFalse();
    }

    @Test
    void daysCountWhenTheyReachBackOverTheMissingMonths() {
        assertThat(Retention.covers(null, null, 184, 6, AS_OF)).isTrue();
        assertThat(Retention.covers(null, null, 183, 6, AS_OF)).isFalse();
        assertThat(Retention.covers(null, null, 730, 24, AS_OF)).isTrue();
        assertThat(Retention.covers(null, null, 729, 24, AS_OF)).isFalse();
        assertThat(Retention.covers(null, null, 730, 24, LEAP)).isFalse();
        assertThat(Retention.covers(null, null, 731, 24, LEAP)).isTrue();
        assertThat(Retention.covers(null, 5, 31, 6, AS_OF)).isTrue();     // 2026-05-21 + 5 months, 31 days
        assertThat(Retention.covers(null, 5, 30, 6, AS_OF)).isFalse();
        assertThat(Retention.covers(0, 0, 0, 6, AS_OF)).isFalse();
    }

    @Test
    void monthsFirstThenDays() {
        // 2026-11-21 − 23 months = 2024-12-21, − 30 days = 2024-11-21: exactly 2 years back
        assertThat(Retention.covers(null, 23, 30, 24, AS_OF)).isTrue();
        assertThat(Retention.covers(null, 23, 29, 24, AS_OF)).isFalse();
        assertThat(Retention.covers(1, 11, 30, 24, AS_OF)).isTrue();
        // 2026-03-31 − 5 months = 2025-10-31, − 31 days = 2025-09-30 = 6 months back
        assertThat(Retention.covers(null, 5, 31, 6, LocalDate.of(2026, 3, 31))).isTrue();
        assertThat(Retention.covers(null, 5, 30, 6, LocalDate.of(2026, 3, 31))).isFalse();
    }

    @Test
    void lengtheningMonthsAndDaysNeverBreaksIt() {
        for (int m = 0; m < 25; m++) {
            for (int d = 0; d < 70; d++) {
                if (Boolean.TRUE.equals(Retention.covers(null, m, d, 24, AS_OF))) {
                    assertThat(Retention.covers(null, m, d + 1, 24, AS_OF)).as("%d months %d days", m, d).isTrue();
                    assertThat(Retention.covers(null, m + 1, d, 24, AS_OF)).as("%d months %d days", m, d).isTrue();
                }
            }
        }
    }

    @Test
    void nothingStatedIsUnknown() {
        assertThat(Retention.covers(null, null, null, 6, AS_OF)).isNull();
    }

    @Test
    void lengtheningARetentionNeverBreaksIt() {
        for (int d = 0; d < 800; d++) {
            if (Boolean.TRUE.equals(Retention.covers(null, null, d, 24, AS_OF))) {
                assertThat(Retention.covers(null, null, d + 1, 24, AS_OF)).as("%d days", d).isTrue();
            }
        }
    }

    @Test
    void descriptions() {
        assertThat(Retention.describe(1, null, 30)).isEqualTo("1 year 30 days");
        assertThat(Retention.describe(null, 6, null)).isEqualTo("6 months");
        assertThat(Retention.describe(null, null, null)).isEqualTo("not stated");
        assertThat(Retention.describeZh(2, 3, null)).isEqualTo("2年3个月");
    }
}
