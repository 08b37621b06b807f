package io.fitg.model.security;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

import java.time.LocalDate;

/** One item published on the website, from the publishing log, with its review. */
public record Publication(
        @JsonPropertyDescription("A stable id, cited in findings.")
        String id,
        @JsonPropertyDescription("When it was published.")
        LocalDate date,
        @JsonPropertyDescription("What was published.")
        String title,
        @JsonPropertyDescription("Whether it was reviewed and approved before publication (审核).")
        Boolean reviewed,
        @JsonPropertyDescription("Who reviewed it.")
        String reviewedBy) implements Identified {
}
