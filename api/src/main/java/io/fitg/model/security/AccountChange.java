package io.fitg.model.security;

import io.fitg.model.validation.PersonalData;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

import java.time.LocalDate;

/** One change of an account or its permissions, with its approval (x.4.5.2). */
public record AccountChange(
        @JsonPropertyDescription("A stable id (the request number), cited in findings.")
        String id,
        @JsonPropertyDescription("When the change was made.")
        LocalDate date,
        @JsonPropertyDescription("The account and system changed.")
        String account,
        @JsonPropertyDescription("What was changed.")
        String description,
        @JsonPropertyDescription("The change was approved.")
        Boolean approved,
        @JsonPropertyDescription("Who approved it.")
        @PersonalData String approvedBy,
        @JsonPropertyDescription("When it was approved.")
        LocalDate approvalDate) implements Identified {
}
