package io.fitg.bench;

import io.fitg.api.AssessmentOptions;
import io.fitg.api.Report;
import io.fitg.core.DroolsEngine;
import io.fitg.model.Profile;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The profiles the scaling benchmark assesses are valid input: a grown model with a year of dated records passes the
 * reader's checks (a record copied to another day keeps its own dates consistent) and is assessed in full.
 */
class ProfilesTest {

    @Test
    void aGrownModelWithAYearOfRecordsIsValidAndAssessed() {
        Profile p = Profiles.grown(10, 50, true);
        assertThat(p.branches()).hasSize(10);
        assertThat(p.management().staff()).hasSize(50);
        Report r = new DroolsEngine().assess(p, AssessmentOptions.all(LocalDate.of(2026, 11, 21)));
        assertThat(r.findings()).hasSize(771);
    }

    @Test
    void aCopiedRecordMovesAllItsDates() {
        var json = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        json.put("date", "2026-06-13").put("interruptedAt", "2026-06-13T09:00").put("note", "2026-06-13 演练");
        var moved = Profiles.shifted(json, 2);
        assertThat(moved.get("date").asText()).isEqualTo("2026-06-11");
        assertThat(moved.get("interruptedAt").asText()).isEqualTo("2026-06-11T09:00");
        assertThat(moved.get("note").asText()).as("a text that only starts with a date").isEqualTo("2026-06-13 演练");
    }
}
