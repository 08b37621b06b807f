package io.fitg.test;

import io.fitg.api.Finding;
import io.fitg.api.Report;

/**
 * Entry point of fitg's AssertJ assertions:
 * <pre>
 *   import static io.fitg.test.FitgAssertions.assertThat;
 *
 *   assertThat(report).achievesClass(3).hasNoMandatoryFailuresIn(3);
 *   assertThat(report).clause("4.6.2.9").isCompliant();
 * </pre>
 */
public final class FitgAssertions {
    private FitgAssertions() {
    }

    public static ReportAssert assertThat(Report report) {
        return new ReportAssert(report);
    }

    public static FindingAssert assertThat(Finding finding) {
        return new FindingAssert(finding);
    }
}
