package io.fitg.test;

import io.fitg.api.Finding;
import io.fitg.api.Report;
import io.fitg.api.Status;
import org.assertj.core.api.AbstractAssert;

import java.util.List;
import java.util.stream.Collectors;

/** Assertions over a whole assessment. Failure messages list the offending findings with expected/observed. */
public final class ReportAssert extends AbstractAssert<ReportAssert, Report> {

    ReportAssert(Report actual) {
        super(actual, ReportAssert.class);
    }

    /** The achieved class is exactly {@code n}. */
    public ReportAssert achievesClass(int n) {
        isNotNull();
        if (actual.achievedClass() != n) {
            failWithMessage("expected %s to achieve class %d but it achieves class %d.%s", actual.company(), n,
                    actual.achievedClass(), blockersOf(actual.achievedClass() + 1));
        }
        return this;
    }

    /** The achieved class is {@code n} or higher. */
    public ReportAssert achievesAtLeastClass(int n) {
        isNotNull();
        if (actual.achievedClass() < n) {
            failWithMessage("expected %s to achieve at least class %d but it achieves class %d.%s", actual.company(), n,
                    actual.achievedClass(), blockersOf(actual.achievedClass() + 1));
        }
        return this;
    }

    /** No mandatory clause of class {@code n} is NON_COMPLIANT or INSUFFICIENT_DATA. */
    public ReportAssert hasNoMandatoryFailuresIn(int n) {
        isNotNull();
        List<Finding> bad = actual.findings().stream()
                .filter(f -> f.classLevel() == n && f.mandatory() && !f.status().passes()).toList();
        if (!bad.isEmpty()) {
            failWithMessage("expected no mandatory failures in class %d but found %d:%n%s", n, bad.size(), describe(bad));
        }
        return this;
    }

    /** No clause of class {@code n} (mandatory or optional) is NON_COMPLIANT. */
    public ReportAssert hasNoNonCompliantIn(int n) {
        return hasNoneIn(n, Status.NON_COMPLIANT);
    }

    /** No clause of class {@code n} is INSUFFICIENT_DATA. */
    public ReportAssert hasNoInsufficientDataIn(int n) {
        return hasNoneIn(n, Status.INSUFFICIENT_DATA);
    }

    private ReportAssert hasNoneIn(int n, Status s) {
        isNotNull();
        List<Finding> bad = actual.findings().stream().filter(f -> f.classLevel() == n && f.status() == s).toList();
        if (!bad.isEmpty()) {
            failWithMessage("expected no %s finding in class %d but found %d:%n%s", s, n, bad.size(), describe(bad));
        }
        return this;
    }

    /** Assertions on one clause's finding. */
    public FindingAssert clause(String id) {
        isNotNull();
        Finding f = actual.finding(id).orElse(null);
        if (f == null) {
            failWithMessage("expected a finding for clause %s but the report (classes %s) has none", id, actual.classes());
        }
        return new FindingAssert(f);
    }

    private String blockersOf(int n) {
        List<Finding> b = actual.blockers(n);
        return b.isEmpty() ? "" : String.format("%nclass %d is blocked by %d mandatory clause(s):%n%s", n, b.size(), describe(b));
    }

    static String describe(List<Finding> fs) {
        return fs.stream().limit(25).map(FindingAssert::describe).collect(Collectors.joining("\n"))
                + (fs.size() > 25 ? "\n  … and " + (fs.size() - 25) + " more" : "");
    }
}
