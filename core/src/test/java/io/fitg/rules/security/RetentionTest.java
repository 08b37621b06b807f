package io.fitg.rules.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Retention periods against 保存至少6个月 / 保存期限至少为2年. */
class RetentionTest {

    @Test
    void longestSpansOfCalendarMonths() {
        assertThat(Retention.maxDaysIn(0)).isZero();
        assertThat(Retention.maxDaysIn(1)).isEqualTo(31);
        assertThat(Retention.maxDaysIn(2)).isEqualTo(62);      // July + August
        assertThat(Retention.maxDaysIn(6)).isEqualTo(184);     // July–December
        assertThat(Retention.maxDaysIn(12)).isEqualTo(366);    // a year with 29 February
        assertThat(Retention.maxDaysIn(24)).isEqualTo(731);
    }

    @Test
    void wholeMonthsAndYearsCompareExactly() {
        assertThat(Retention.covers(null, 6, null, 6)).isTrue();
        assertThat(Retention.covers(null, 5, null, 6)).isFalse();
        assertThat(Retention.covers(null, 7, null, 6)).isTrue();
        assertThat(Retention.covers(2, null, null, 24)).isTrue();
        assertThat(Retention.covers(1, 11, null, 24)).isFalse();
        assertThat(Retention.covers(1, 12, null, 24)).isTrue();
        assertThat(Retention.covers(null, 24, null, 24)).isTrue();
        assertThat(Retention.covers(null, 23, null, 24)).isFalse();
    }

    @Test
    void daysCountOnlyWhenTheyCoverTheMissingMonthsOnAnyCalendar() {
        assertThat(Retention.covers(null, null, 184, 6)).isTrue();
        assertThat(Retention.covers(null, null, 183, 6)).isFalse();
        assertThat(Retention.covers(null, null, 180, 6)).isFalse();
        assertThat(Retention.covers(null, null, 731, 24)).isTrue();
        assertThat(Retention.covers(null, null, 730, 24)).isFalse();
        assertThat(Retention.covers(null, 5, 31, 6)).isTrue();
        assertThat(Retention.covers(null, 5, 30, 6)).isFalse();
        assertThat(Retention.covers(1, 11, 31, 24)).isTrue();
        assertThat(Retention.covers(0, 0, 0, 6)).isFalse();
    }

    @Test
    void nothingStatedIsUnknown() {
        assertThat(Retention.covers(null, null, null, 6)).isNull();
    }

    @Test
    void lengtheningARetentionNeverBreaksIt() {
        for (int d = 0; d < 800; d++) {
            if (Boolean.TRUE.equals(Retention.covers(null, null, d, 24))) {
                assertThat(Retention.covers(null, null, d * 2 + 1, 24)).as("%d days", d).isTrue();
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
