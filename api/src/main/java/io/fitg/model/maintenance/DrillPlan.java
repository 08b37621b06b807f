package io.fitg.model.maintenance;

import io.fitg.model.validation.PersonalData;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

import java.time.LocalDate;
import java.util.List;

/**
 * An emergency drill plan (应急演练计划).
 *
 * @param id         a stable id
 * @param title      its title
 * @param issued     when it was issued
 * @param approvedBy who approved it
 * @param drills     the drills it schedules
 */
public record DrillPlan(
        @JsonPropertyDescription("A stable id.")
        String id,
        @JsonPropertyDescription("The plan's title.")
        String title,
        @JsonPropertyDescription("When the plan was issued.")
        LocalDate issued,
        @JsonPropertyDescription("Who approved it.")
        @PersonalData String approvedBy,
        @JsonPropertyDescription("The drills it schedules, each with its date and scenario.")
        List<PlannedDrill> drills) implements Identified {

    public DrillPlan {
        drills = drills == null ? null : List.copyOf(drills);
    }
}
