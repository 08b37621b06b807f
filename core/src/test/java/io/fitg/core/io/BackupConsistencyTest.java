package io.fitg.core.io;

import io.fitg.api.FitgInputException;
import io.fitg.model.Profile;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Drills and documents that contradict themselves are refused when the profile is read (the lead's reading P8): a
 * drill restored before it was interrupted, a drill dated on another day than its timestamps, a document marked as a
 * draft that gives an issue date.
 */
class BackupConsistencyTest {
    static Profile read(String yaml) {
        return new ProfileReader().parse(yaml.getBytes(StandardCharsets.UTF_8), "p.yaml", false, Profile.class);
    }

    static FitgInputException reject(String yaml) {
        return catchThrowableOfType(() -> read(yaml), FitgInputException.class);
    }

    @Test
    void aDrillRestoredBeforeItWasInterruptedIsRefused() {
        FitgInputException e = reject("""
                backup:
                  drDrills:
                    - {centre: DR-1, interruptedAt: 2026-06-13T09:00, restoredAt: 2026-06-13T10:00}
                    - {centre: DR-1, interruptedAt: 2026-06-13T09:00, restoredAt: 2026-06-13T08:00}
                """);
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).startsWith("p.yaml").contains("backup.drDrills[1].restoredAt")
                .contains("2026-06-13T09:00").contains("not 2026-06-13T08:00");
    }

    @Test
    void aDrillDatedOnAnotherDayThanItsTimestampsIsRefused() {
        FitgInputException e = reject("""
                backup:
                  drDrills:
                    - {date: 2026-06-01, centre: DR-1, interruptedAt: 2025-11-21T09:00, restoredAt: 2025-11-21T10:00}
                """);
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("backup.drDrills[0].date").contains("2025-11-21T09:00").contains("not 2026-06-01");
        FitgInputException r = reject("""
                backup:
                  drDrills:
                    - {date: 2026-06-01, centre: DR-1, restoredAt: 2026-06-05T10:00}
                """);
        assertThat(r).isNotNull();
        assertThat(r.getMessage()).contains("backup.drDrills[0].date");
    }

    @Test
    void consistentDrillsAreRead() {
        // the day of the interruption; a recovery that ends after midnight; restored at the moment of interruption
        assertThatCode(() -> read("""
                backup:
                  drDrills:
                    - {date: 2026-06-13, centre: DR-1, interruptedAt: 2026-06-13T09:00, restoredAt: 2026-06-13T09:00}
                    - {date: 2026-06-13, centre: DR-1, interruptedAt: 2026-06-13T23:00, restoredAt: 2026-06-14T01:00}
                    - {date: 2026-06-13, centre: DR-1, restoredAt: 2026-06-14T01:00}
                    - {centre: DR-1, interruptedAt: 2026-06-13T09:00}
                """)).doesNotThrowAnyException();
    }

    @Test
    void aDraftWithAnIssueDateIsRefused() {
        FitgInputException e = reject("""
                backup:
                  drPlan: {title: 灾难恢复预案, issued: 2023-06-01, draft: true}
                """);
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("backup.drPlan.draft");
        assertThatCode(() -> read("""
                backup:
                  drPlan: {title: 灾难恢复预案（草案）, draft: true}
                  drProcedure: {title: 灾难恢复操作流程, issued: 2023-06-01, draft: false}
                """)).doesNotThrowAnyException();
    }

    @Test
    void nonTradingDaysAreDates() {
        assertThat(read("""
                company: {name: c, nonTradingDays: [2026-10-01, 2026-10-02]}
                """).company().nonTradingDays()).hasSize(2);
        FitgInputException e = reject("""
                company: {name: c, nonTradingDays: [国庆]}
                """);
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("company.nonTradingDays");
    }
}
