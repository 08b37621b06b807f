package io.fitg.core;

import io.fitg.api.AssessmentOptions;
import io.fitg.api.Finding;
import io.fitg.api.FitgInputException;
import io.fitg.api.Report;
import io.fitg.api.Status;
import io.fitg.core.io.ProfileReader;
import io.fitg.model.Profile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Assessing under the earlier edition: the same profiles, the earlier edition's class 3. */
class EarlierEditionTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 21);

    static Profile profile(String name) throws IOException {
        Path p = TestSupport.profilesDir().resolve(name);
        return new ProfileReader().parse(Files.readAllBytes(p), p.toString(), false, Profile.class);
    }

    static Report earlier(String name) throws IOException {
        return TestSupport.engine().assess(profile(name), AssessmentOptions.all(AS_OF).withEdition("earlier"));
    }

    static String failures(Report r) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : r.findings()) {
            if (f.mandatory() && !f.status().passes() || f.status() == Status.NON_COMPLIANT
                    || f.status() == Status.INSUFFICIENT_DATA) {
                sb.append(f.clause()).append(' ').append(f.status()).append(' ').append(f.requirement()).append(": ")
                        .append(f.message()).append(" [observed: ").append(f.observed()).append("]\n");
            }
        }
        return sb.toString();
    }

    @Test
    void theModelCompanyMeetsTheEarlierClass3() throws IOException {
        Report r = earlier("model-class4.yaml");
        assertThat(r.edition()).isEqualTo("earlier");
        assertThat(r.findings()).hasSize(187);
        assertThat(failures(r)).as("findings that are not met").isEmpty();
        assertThat(r.achievedClass()).isEqualTo(3);
        assertThat(r.summary()).containsOnlyKeys(3);
        // every clause decided by its rule: nothing left undecided
        assertThat(r.findings()).allSatisfy(f -> assertThat(f.status()).isIn(Status.COMPLIANT, Status.NOT_APPLICABLE));
    }

    @Test
    void everySampleIsAssessableUnderBothEditions() throws IOException {
        for (String p : List.of("model-class4.yaml", "small-class1.yaml", "hosted-class2.yaml", "near-class4.yaml")) {
            Report e = earlier(p);
            assertThat(e.findings()).as(p).hasSize(187);
            assertThat(e.achievedClass()).as(p).isIn(0, 3);
            assertThat(e.findings()).as(p).allSatisfy(f -> assertThat(f.message()).doesNotStartWith("no rule decides"));
            Report c = TestSupport.engine().assess(profile(p), AssessmentOptions.all(AS_OF));
            assertThat(c.findings()).as(p).hasSize(771);
        }
    }

    @Test
    void achievedClassIsThreeOrZero() throws IOException {
        // one mandatory earlier clause not met: 0 (there is no class 1 or 2 to fall back on)
        Report r = earlier("small-class1.yaml");
        boolean allMet = r.findings().stream().filter(Finding::mandatory).allMatch(f -> f.status().passes());
        assertThat(r.achievedClass()).isEqualTo(allMet ? 3 : 0);
    }

    @Test
    void onlyClassThreeCanBeSelected() throws IOException {
        Profile p = profile("model-class4.yaml");
        Report r = TestSupport.engine().assess(p, AssessmentOptions.classOnly(3, AS_OF).withEdition("earlier"));
        assertThat(r.classes()).containsExactly(3);
        assertThatThrownBy(() -> TestSupport.engine().assess(p, AssessmentOptions.classOnly(2, AS_OF).withEdition("earlier")))
                .isInstanceOf(FitgInputException.class).hasMessageContaining("[3]");
        assertThatThrownBy(() -> TestSupport.engine().catalog("2010"))
                .isInstanceOf(FitgInputException.class).hasMessageContaining("earlier");
    }

    @Test
    void explainWorksOnEarlierClauses() throws IOException {
        var ex = TestSupport.engine().explain(profile("model-class4.yaml"), "4.1.1.2",
                AssessmentOptions.all(AS_OF).withEdition("earlier"));
        assertThat(ex.clause().text()).contains("6%");
        assertThat(ex.finding().expected()).contains("6%");
    }
}
