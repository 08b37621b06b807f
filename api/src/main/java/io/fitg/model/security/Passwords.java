package io.fitg.model.security;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;
import io.fitg.model.common.DocumentRecord;

import java.util.List;

/** x.4.6 口令管理: the password policy, written passwords, and database passwords stored on computers. */
public record Passwords(
        @JsonPropertyDescription("The password policy (口令管理办法).")
        DocumentRecord policy,
        @JsonPropertyDescription("Minimum password length the policy requires.")
        Integer minLength,
        @JsonPropertyDescription("Minimum number of character classes (upper case, lower case, digits, symbols) a password "
                + "must mix.")
        Integer minCharacterClasses,
        @JsonPropertyDescription("How often, in days, passwords must be changed; 0 when they never expire. Judged at "
                + "most a year (定期).")
        Integer rotationDays,
        @JsonPropertyDescription("Passwords kept in writing and their protection; [] when none is kept in writing.")
        List<WrittenPassword> written,
        @JsonPropertyDescription("Database users' passwords stored on computers and how; [] when none is stored.")
        List<StoredCredential> databaseCredentials) implements Identified {

    public Passwords {
        written = written == null ? null : List.copyOf(written);
        databaseCredentials = databaseCredentials == null ? null : List.copyOf(databaseCredentials);
    }

    @Override
    public String id() {
        return "security.passwords";
    }
}
