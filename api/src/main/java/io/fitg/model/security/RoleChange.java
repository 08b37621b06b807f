package io.fitg.model.security;

import io.fitg.model.validation.PersonalData;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

import java.time.LocalDate;

/** One job change (transfer, departure) of someone holding production accounts, and when the accounts were adjusted. */
public record RoleChange(
        @JsonPropertyDescription("A stable id, cited in findings.")
        String id,
        @JsonPropertyDescription("The person.")
        @PersonalData String person,
        @JsonPropertyDescription("When the job change took effect.")
        LocalDate date,
        @JsonPropertyDescription("What changed (transfer to…, departure).")
        String description,
        @JsonPropertyDescription("When the person's accounts and permissions were adjusted (disabled, reduced, "
                + "reassigned); null when not stated or not yet done.")
        LocalDate accountsAdjusted) implements Identified {
}
