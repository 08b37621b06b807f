package io.fitg.model.security;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

/** Passwords kept in writing (sealed envelopes of administrator passwords…) and how they are protected. */
public record WrittenPassword(
        @JsonPropertyDescription("A stable id, cited in findings.")
        String id,
        @JsonPropertyDescription("What is kept in writing.")
        String description,
        @JsonPropertyDescription("Where it is kept and how (sealed envelope in a safe, access log…).")
        String protection,
        @JsonPropertyDescription("It has secure physical protection (locked, sealed, access-controlled).")
        Boolean physicallyProtected) implements Identified {
}
