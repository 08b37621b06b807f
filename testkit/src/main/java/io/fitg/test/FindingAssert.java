package io.fitg.test;

import io.fitg.api.Finding;
import io.fitg.api.Status;
import org.assertj.core.api.AbstractAssert;

/** Assertions on one finding; a failure prints the finding's message, expected and observed values. */
public final class FindingAssert extends AbstractAssert<FindingAssert, Finding> {

    FindingAssert(Finding actual) {
        super(actual, FindingAssert.class);
    }

    public FindingAssert hasStatus(Status expected) {
        isNotNull();
        if (actual.status() != expected) {
            failWithMessage("expected clause %s to be %s but it is:%n%s", actual.clause(), expected, describe(actual));
        }
        return this;
    }

    public FindingAssert isCompliant() {
        return hasStatus(Status.COMPLIANT);
    }

    public FindingAssert isNonCompliant() {
        return hasStatus(Status.NON_COMPLIANT);
    }

    public FindingAssert isNotApplicable() {
        return hasStatus(Status.NOT_APPLICABLE);
    }

    public FindingAssert hasInsufficientData() {
        return hasStatus(Status.INSUFFICIENT_DATA);
    }

    public FindingAssert isWaived() {
        return hasStatus(Status.WAIVED);
    }

    /** COMPLIANT, NOT_APPLICABLE or WAIVED: counts towards the achieved class. */
    public FindingAssert passes() {
        isNotNull();
        if (!actual.status().passes()) {
            failWithMessage("expected clause %s to pass (COMPLIANT, NOT_APPLICABLE or WAIVED) but it is:%n%s",
                    actual.clause(), describe(actual));
        }
        return this;
    }

    static String describe(Finding f) {
        return String.format("  %s %s%s (%s): %s%n      expected: %s%n      observed: %s", f.clause(), f.status(),
                f.mandatory() ? "" : " [optional]", f.requirement(), f.message(), f.expected(), f.observed());
    }
}
