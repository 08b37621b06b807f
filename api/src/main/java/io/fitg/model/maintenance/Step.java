package io.fitg.model.maintenance;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import java.time.LocalDate;

/**
 * The evidence of one step a register entry (a change, a test, an incident…) needs: a pre-change assessment, a
 * post-change check, a rollback plan, an authorisation… Absent means not stated (the rules cannot tell);
 * {@code {done: false}} means the step was not done; a date, a reference or {@code done: true} means it was done;
 * {@code {notNeeded: reason}} records that the step was judged unnecessary or impossible at the time (only where
 * the clause allows it: 必要的测试, 在条件允许的情况下, 变更涉及的).
 *
 * @param done      whether the step was done; may be left out when a date or reference is given
 * @param date      when it was done
 * @param reference the record that shows it (form, ticket, log or document number)
 * @param notNeeded why the step was not needed or not possible for this entry, as recorded at the time
 */
public record Step(
        @JsonPropertyDescription("Whether the step was done (false: it was not). May be left out when a date or a reference is given.")
        Boolean done,
        @JsonPropertyDescription("When the step was done.")
        LocalDate date,
        @JsonPropertyDescription("The record that shows the step: a form, ticket, log or document number.")
        String reference,
        @JsonPropertyDescription("Why the step was not needed or not possible for this entry, as recorded at the time (必要的测试, 在条件允许的情况下, 变更涉及的…).")
        String notNeeded) {

    /** How a step stands on a date. */
    public enum State { DONE, NOT_DONE, NOT_NEEDED, UNKNOWN }

    /**
     * The step's state on {@code asOf}: NOT_DONE when {@code done} is false or its date is after {@code asOf};
     * DONE when it has a date, a reference or {@code done: true}; NOT_NEEDED when only a reason is given;
     * UNKNOWN otherwise (and for a null step).
     */
    public static State state(Step s, LocalDate asOf) {
        if (s == null) {
            return State.UNKNOWN;
        }
        if (Boolean.FALSE.equals(s.done)) {
            return s.notNeeded != null && !s.notNeeded.isBlank() ? State.NOT_NEEDED : State.NOT_DONE;
        }
        if (s.date != null && asOf != null && s.date.isAfter(asOf)) {
            return State.NOT_DONE;
        }
        if (Boolean.TRUE.equals(s.done) || s.date != null || (s.reference != null && !s.reference.isBlank())) {
            return State.DONE;
        }
        if (s.notNeeded != null && !s.notNeeded.isBlank()) {
            return State.NOT_NEEDED;
        }
        return State.UNKNOWN;
    }
}
