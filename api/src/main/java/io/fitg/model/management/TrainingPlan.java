package io.fitg.model.management;

import io.fitg.model.validation.PersonalData;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import java.time.LocalDate;
import java.util.List;

/**
 * The annual training plan for the HQ technology department (年度培训计划) of one year, and how it was carried out.
 *
 * @param year       the year it plans
 * @param title      its title
 * @param issued     when it was issued
 * @param approvedBy who approved it
 * @param items      the trainings it plans, each with whether it was held
 */
public record TrainingPlan(
        @JsonPropertyDescription("The calendar year it plans.")
        Integer year,
        @JsonPropertyDescription("Its title.")
        String title,
        @JsonPropertyDescription("When it was issued.")
        LocalDate issued,
        @JsonPropertyDescription("Who approved it.")
        @PersonalData String approvedBy,
        @JsonPropertyDescription("The trainings it plans, each with its due date and whether it was held.")
        List<PlannedTraining> items) {

    public TrainingPlan {
        items = items == null ? null : List.copyOf(items);
    }
}
