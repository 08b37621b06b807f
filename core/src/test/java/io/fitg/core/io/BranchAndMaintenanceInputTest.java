package io.fitg.core.io;

import io.fitg.api.FitgInputException;
import io.fitg.model.Profile;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Impossible x.7 / x.8 records refused at input (P8): a report to headquarters every 0 working days, an emergency
 * plan's revision history with a revision after its latest revision or before its issue.
 */
class BranchAndMaintenanceInputTest {
    final ProfileReader reader = new ProfileReader();

    Profile read(String yaml) {
        return reader.parse(yaml.getBytes(StandardCharsets.UTF_8), "f.yaml", false, Profile.class);
    }

    FitgInputException reject(String yaml) {
        return catchThrowableOfType(() -> read(yaml), FitgInputException.class);
    }

    @Test
    void aReportingIntervalOfZeroWorkingDaysIsRefused() {
        FitgInputException e = reject("""
                branches:
                  - {id: B1, hqReporting: {channel: 日报, intervalWorkingDays: 0, lastReport: 2026-11-20}}
                """);
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("branches[0].hqReporting.intervalWorkingDays").contains("at least 1");
        assertThatCode(() -> read("""
                branches:
                  - {id: B1, hqReporting: {channel: 日报, intervalWorkingDays: 1, lastReport: 2026-11-20}}
                """)).doesNotThrowAnyException();
    }

    @Test
    void aRevisionHistoryMustLieBetweenIssueAndLatestRevision() {
        FitgInputException after = reject("""
                maintenance:
                  emergency:
                    plans:
                      - {id: EP, issued: 2019-01-10, revised: 2026-03-15, revisions: [2026-03-15, 2026-09-20]}
                """);
        assertThat(after.getMessage()).contains("maintenance.emergency.plans[0].revisions").contains("2026-09-20");
        FitgInputException before = reject("""
                maintenance:
                  emergency:
                    plans:
                      - {id: EP, issued: 2019-01-10, revised: 2026-03-15, revisions: [2018-12-31]}
                """);
        assertThat(before.getMessage()).contains("revisions").contains("2018-12-31");
        assertThatCode(() -> read("""
                maintenance:
                  emergency:
                    plans:
                      - {id: EP, issued: 2019-01-10, revised: 2026-03-15, revisions: [2024-06-15, 2026-03-15]}
                """)).doesNotThrowAnyException();
    }
}
