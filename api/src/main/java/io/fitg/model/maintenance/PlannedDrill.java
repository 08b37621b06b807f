package io.fitg.model.maintenance;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

import java.time.LocalDate;

/**
 * A drill scheduled in a drill plan.
 *
 * @param id       a stable id, unique across plans (a drill names it in {@code plannedAs})
 * @param date     the date it is scheduled for
 * @param scenario the scenario to drill (which fault, which plan)
 */
public record PlannedDrill(
        @JsonPropertyDescription("A stable id, unique across plans; the drill carried out names it in plannedAs.")
        String id,
        @JsonPropertyDescription("The date the drill is scheduled for.")
        LocalDate date,
        @JsonPropertyDescription("The scenario to drill: which fault, which emergency plan.")
        String scenario) implements Identified {
}
