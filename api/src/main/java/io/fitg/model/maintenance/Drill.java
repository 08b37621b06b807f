package io.fitg.model.maintenance;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

import java.time.LocalDate;

/**
 * An emergency drill the company carried out.
 *
 * @param id        a stable id
 * @param date      when it was carried out
 * @param scenario  what was drilled
 * @param planned   whether it was in a drill plan (false: an unplanned drill)
 * @param plannedAs the id of the planned drill it carried out
 * @param record    the drill record's reference
 */
public record Drill(
        @JsonPropertyDescription("A stable id.")
        String id,
        @JsonPropertyDescription("When the drill was carried out.")
        LocalDate date,
        @JsonPropertyDescription("What was drilled.")
        String scenario,
        @JsonPropertyDescription("Whether the drill was in a drill plan; false for an unplanned drill. May be left out when plannedAs is given.")
        Boolean planned,
        @JsonPropertyDescription("The id of the planned drill (maintenance.emergency.drillPlans[].drills[].id) it carried out.")
        String plannedAs,
        @JsonPropertyDescription("The drill record's reference.")
        String record) implements Identified {
}
