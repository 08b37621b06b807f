package io.fitg.model.management;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import java.time.LocalDate;

/**
 * One training of an annual plan.
 *
 * @param title  what is planned
 * @param due    by when the plan schedules it
 * @param held   whether it was held (false: not held)
 * @param heldOn the day it was held
 */
public record PlannedTraining(
        @JsonPropertyDescription("What is planned.")
        String title,
        @JsonPropertyDescription("By when the plan schedules it (the last day of its planned month or quarter).")
        LocalDate due,
        @JsonPropertyDescription("Whether it was held: true, or false when it was not.")
        Boolean held,
        @JsonPropertyDescription("The day it was held.")
        LocalDate heldOn) {
}
