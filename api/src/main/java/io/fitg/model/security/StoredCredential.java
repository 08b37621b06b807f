package io.fitg.model.security;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

/** A database user's password stored on a computer (application configuration, scripts, scheduled jobs). */
public record StoredCredential(
        @JsonPropertyDescription("A stable id, cited in findings.")
        String id,
        @JsonPropertyDescription("Which database user, and where it is stored (host, file, application).")
        String location,
        @JsonPropertyDescription("How it is stored: hashed, encrypted, vault or plaintext.")
        CredentialStorage storage) implements Identified {
}
