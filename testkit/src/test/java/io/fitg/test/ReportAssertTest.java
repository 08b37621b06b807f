package io.fitg.test;

import io.fitg.api.Finding;
import io.fitg.api.Report;
import io.fitg.api.Status;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.fitg.test.FitgAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportAssertTest {
    static Finding f(String id, int cls, boolean mandatory, Status s) {
        return new Finding(id, cls, "req." + id, mandatory, s, "msg " + id, "exp " + id, "obs " + id, List.of(), List.of(),
                "rule", "", null);
    }

    static final Report REPORT = new Report("测试期货", "current", LocalDate.of(2026, 11, 21), List.of(1, 2), 1,
            List.of(f("2.1.1.1", 1, true, Status.COMPLIANT), f("2.1.1.2", 1, false, Status.NON_COMPLIANT),
                    f("3.1.1.1", 2, true, Status.NON_COMPLIANT), f("3.1.1.2", 2, true, Status.INSUFFICIENT_DATA)),
            Map.of());

    @Test
    void achievedClassPassesAndFailsWithTheBlockers() {
        assertThat(REPORT).achievesClass(1).achievesAtLeastClass(1);
        assertThatThrownBy(() -> assertThat(REPORT).achievesClass(2))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("achieves class 1")
                .hasMessageContaining("3.1.1.1 NON_COMPLIANT")
                .hasMessageContaining("expected: exp 3.1.1.1")
                .hasMessageContaining("observed: obs 3.1.1.1");
    }

    @Test
    void mandatoryFailuresIgnoreOptionalClauses() {
        assertThat(REPORT).hasNoMandatoryFailuresIn(1);
        assertThatThrownBy(() -> assertThat(REPORT).hasNoMandatoryFailuresIn(2))
                .hasMessageContaining("found 2").hasMessageContaining("3.1.1.2 INSUFFICIENT_DATA");
        assertThatThrownBy(() -> assertThat(REPORT).hasNoNonCompliantIn(1)).hasMessageContaining("2.1.1.2 NON_COMPLIANT [optional]");
        assertThatThrownBy(() -> assertThat(REPORT).hasNoInsufficientDataIn(2)).hasMessageContaining("3.1.1.2");
    }

    @Test
    void clauseAssertionsPrintExpectedAndObserved() {
        assertThat(REPORT).clause("2.1.1.1").isCompliant().passes();
        assertThat(REPORT).clause("3.1.1.2").hasInsufficientData();
        assertThatThrownBy(() -> assertThat(REPORT).clause("3.1.1.1").isCompliant())
                .hasMessageContaining("expected clause 3.1.1.1 to be COMPLIANT")
                .hasMessageContaining("expected: exp 3.1.1.1").hasMessageContaining("observed: obs 3.1.1.1");
        assertThatThrownBy(() -> assertThat(REPORT).clause("9.9.9.9")).hasMessageContaining("has none");
        assertThatThrownBy(() -> assertThat(REPORT).clause("3.1.1.2").passes()).hasMessageContaining("to pass");
    }
}
