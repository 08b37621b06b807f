package io.fitg.model.backup;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.validation.Checked;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One disaster-recovery drill (灾难恢复演练), with the times that measure the recovery it achieved.
 * RTO measured = {@code restoredAt - interruptedAt}; RPO measured = {@code interruptedAt - recoveryPointAt}
 * (zero when the recovered data reaches the interruption). A drill that contradicts itself (restored before it was
 * interrupted, a {@code date} that is not the day it was interrupted) is refused when the profile is read.
 *
 * @param date            the day of the drill (defaults to the day of {@code interruptedAt})
 * @param centre          the id of the disaster-recovery centre drilled (drCentres)
 * @param description     what was drilled, e.g. 交易、结算系统切换至灾备中心
 * @param interruptedAt   when production was (simulated to be) lost: the start of the outage
 * @param restoredAt      when the core business ran again from the disaster-recovery centre
 * @param recoveryPointAt the time stamp of the latest data present at the disaster-recovery centre after the
 *                        switch (the recovery point)
 */
public record DrDrill(
        @JsonPropertyDescription("the day of the drill (defaults to the day of interruptedAt)") LocalDate date,
        @JsonPropertyDescription("the id of the disaster-recovery centre drilled (drCentres)") String centre,
        @JsonPropertyDescription("what was drilled") String description,
        @JsonPropertyDescription("when production was (simulated to be) lost, YYYY-MM-DDTHH:MM[:SS]") LocalDateTime interruptedAt,
        @JsonPropertyDescription("when the core business ran again from the disaster-recovery centre, YYYY-MM-DDTHH:MM[:SS]") LocalDateTime restoredAt,
        @JsonPropertyDescription("time stamp of the latest data present at the disaster-recovery centre after the switch (recovery point)") LocalDateTime recoveryPointAt) implements Checked {

    @Override
    public Problem problem() {
        if (interruptedAt != null && restoredAt != null && restoredAt.isBefore(interruptedAt)) {
            return new Problem("restoredAt", "a time on or after interruptedAt " + interruptedAt + ", not " + restoredAt
                    + " (the core business cannot run again before it was interrupted)");
        }
        if (date != null && interruptedAt != null && !date.equals(interruptedAt.toLocalDate())) {
            return new Problem("date", "the day of interruptedAt " + interruptedAt + ", not " + date
                    + " (or leave out date: it defaults to that day)");
        }
        if (date != null && interruptedAt == null && restoredAt != null
                && (restoredAt.toLocalDate().isBefore(date) || restoredAt.toLocalDate().isAfter(date.plusDays(1)))) {
            return new Problem("date", "the day of restoredAt " + restoredAt + " or the day before, not " + date);
        }
        return null;
    }

    /** The drill's day: {@code date}, else the day of {@code interruptedAt}. */
    public LocalDate day() {
        if (date != null) {
            return date;
        }
        return interruptedAt == null ? null : interruptedAt.toLocalDate();
    }
}
