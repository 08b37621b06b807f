package io.fitg.core;

import io.fitg.api.AssessmentOptions;
import io.fitg.api.Finding;
import io.fitg.api.FitgInputException;
import io.fitg.api.Report;
import io.fitg.core.io.ProfileReader;
import io.fitg.model.Profile;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link DroolsEngine#decide}: the named requirements' findings, the same as in a full report. */
class DecideSubsetTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 21);

    @Test
    void aSubsetGivesTheFullReportsFindingsForItsClausesOnly() {
        DroolsEngine engine = TestSupport.engine();
        Set<String> reqs = Set.of("management.tech-staff-ratio", "backup.dr-centre", "branch.two-trading-links");
        for (String name : List.of("model-class4", "small-class1", "hosted-class2", "near-class4")) {
            Profile p = new ProfileReader().read(TestSupport.profilesDir().resolve(name + ".yaml"));
            Report full = engine.assess(p, AssessmentOptions.all(AS_OF));
            List<Finding> expected = full.findings().stream().filter(f -> reqs.contains(f.requirement())).toList();
            List<Finding> got = engine.decide(p, AS_OF, null, reqs);
            assertThat(got).as(name).hasSize(12).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void theOtherRulesDoNotFire() {
        DroolsEngine engine = TestSupport.engine();
        Profile p = new ProfileReader().read(TestSupport.profilesDir().resolve("model-class4.yaml"));
        List<Finding> got = engine.decide(p, AS_OF, "current", Set.of("management.tech-staff-ratio"));
        assertThat(got).extracting(Finding::clause).containsExactly("2.1.1.2", "3.1.1.2", "4.1.1.2", "5.1.1.2");
        assertThat(got).allSatisfy(f -> assertThat(f.rule()).isEqualTo("management.tech-staff-ratio"));
    }

    @Test
    void unknownRequirementKeysAreRefused() {
        DroolsEngine engine = TestSupport.engine();
        Profile p = new ProfileReader().read(TestSupport.profilesDir().resolve("model-class4.yaml"));
        assertThatThrownBy(() -> engine.decide(p, AS_OF, null, Set.of("management.no-such-thing")))
                .isInstanceOf(FitgInputException.class).hasMessageContaining("management.no-such-thing");
    }
}
