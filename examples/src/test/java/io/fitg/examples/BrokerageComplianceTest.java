package io.fitg.examples;

import io.fitg.api.AssessmentOptions;
import io.fitg.api.Engine;
import io.fitg.api.Report;
import io.fitg.core.Fitg;
import io.fitg.model.Profile;
import io.fitg.test.FitgScenarios;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

import static io.fitg.test.FitgAssertions.assertThat;

/**
 * What a brokerage writes to keep its compliance from regressing: the company's facts are kept in a profile
 * beside its code, and a plain JUnit 5 test states the class it must keep meeting.
 */
class BrokerageComplianceTest {
    static final Path PROFILES = Path.of(System.getProperty("fitg.profilesDir", "profiles"));
    static final Engine ENGINE = Fitg.engine();          // built once, shared
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 21);

    @Test
    void ourCompanyStillMeetsClassFour() {
        Profile ours = Fitg.readProfile(PROFILES.resolve("model-class4.yaml"));
        Report report = ENGINE.assess(ours, AssessmentOptions.all(AS_OF));
        assertThat(report).achievesClass(4).hasNoMandatoryFailuresIn(3);
        assertThat(report).clause("5.1.1.2").isCompliant();
    }

    @Test
    void aSmallBrokerIsToldWhatBlocksClassOne() {
        Report report = ENGINE.assess(Fitg.readProfile(PROFILES.resolve("small-class1.yaml")), AssessmentOptions.all(AS_OF));
        assertThat(report).achievesClass(0);
    }

    /** Policy scenarios kept beside the test, run as individual JUnit tests. */
    @TestFactory
    Stream<DynamicNode> policyScenarios() {
        return FitgScenarios.in(PROFILES.resolveSibling("scenarios")).profiles(PROFILES).tests();
    }
}
