package io.fitg.model.security;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A drill of (or a real incident of) stopping the publication of tampered website content, with the time it took. */
public record TamperTest(
        @JsonPropertyDescription("A stable id, cited in findings.")
        String id,
        @JsonPropertyDescription("When it happened.")
        LocalDate date,
        @JsonPropertyDescription("true for a real tampering incident, false for a drill.")
        Boolean incident,
        @JsonPropertyDescription("Minutes from discovering the tampering to the tampered content no longer being published.")
        BigDecimal minutesToStop,
        @JsonPropertyDescription("What was done (switch to a static page, take the site offline…).")
        String description) implements Identified {
}
