package io.fitg.model.operations;

import io.fitg.model.validation.PersonalData;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import java.time.LocalDate;

/**
 * One change of a key parameter (关键参数, e.g. margin rates, fee rates, risk limits) made by a business department.
 *
 * @param date       when it was changed
 * @param system     the system it was changed in
 * @param parameter  the parameter changed
 * @param department the business department that changed it
 * @param changedBy  who made the change
 * @param reviewer   who reviewed it (复核人); left out when nobody did
 */
public record ParameterChange(
        @JsonPropertyDescription("when it was changed, YYYY-MM-DD")
        LocalDate date,
        @JsonPropertyDescription("the system it was changed in")
        String system,
        @JsonPropertyDescription("the parameter changed, e.g. 保证金率")
        String parameter,
        @JsonPropertyDescription("the business department that changed it")
        String department,
        @JsonPropertyDescription("who made the change")
        String changedBy,
        @JsonPropertyDescription("who reviewed it (复核人); leave out when nobody did")
        @PersonalData String reviewer) {
}
