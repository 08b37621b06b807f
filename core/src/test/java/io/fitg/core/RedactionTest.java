package io.fitg.core;

import io.fitg.api.AssessmentOptions;
import io.fitg.api.Finding;
import io.fitg.api.Report;
import io.fitg.core.io.ProfileReader;
import io.fitg.model.Profile;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RedactionTest {
    @Test
    void everyPersonalValueIsPseudonymisedAndNothingElseChanges() {
        Profile p = new ProfileReader().read(TestSupport.profilesDir().resolve("model-class4.yaml"));
        Report r = TestSupport.engine().assess(p, AssessmentOptions.all(LocalDate.of(2026, 11, 21)));
        Report red = Redaction.apply(r, p);
        Map<String, String> pseudo = Redaction.pseudonyms(p);
        assertThat(pseudo).containsKey("张伟").containsKey("T01");
        // the report's own texts (evidence lists are catalog text, the same for every company, and not checked)
        StringBuilder texts = new StringBuilder(red.company());
        for (Finding f : red.findings()) {
            texts.append(f.message()).append(f.expected()).append(f.observed()).append(f.situation())
                    .append(String.join(",", f.facts()));
        }
        String json = texts.toString();
        for (String personal : pseudo.keySet()) {
            if (personal.length() >= 3 || personal.chars().anyMatch(c -> c >= 128)) {
                assertThat(json).as(personal).doesNotContain(personal);
            }
            assertThat(red.findings().stream().flatMap(f -> f.facts().stream())).doesNotContain(personal);
        }
        assertThat(red.findings()).extracting(Finding::status).containsExactlyElementsOf(
                r.findings().stream().map(Finding::status).toList());
        assertThat(red.achievedClass()).isEqualTo(r.achievedClass());
        assertThat(red.provenance().get("redacted")).startsWith("yes");
        // stable: the same person gets the same pseudonym in every report
        assertThat(Redaction.pseudonyms(p)).isEqualTo(pseudo);
    }

    @Test
    void shortAsciiValuesAreReplacedOnlyAsWholeFactIds() {
        assertThat(Redaction.replace("12 of 150 staff", Map.of("12", "人员-x"))).isEqualTo("12 of 150 staff");
        assertThat(Redaction.replace("王芳 signed", Map.of("王芳", "人员-y"))).isEqualTo("人员-y signed");
    }
}
