package io.fitg.model.security;

import io.fitg.model.validation.PersonalData;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

import java.time.LocalDate;
import java.util.List;

/** One row of the production account–permission table (生产环境内系统账户与权限的关系表). */
public record Account(
        @JsonPropertyDescription("The account name, cited in findings.")
        String id,
        @JsonPropertyDescription("The system (or host id) it belongs to.")
        String system,
        @JsonPropertyDescription("Who holds it (person or role).")
        @PersonalData String holder,
        @JsonPropertyDescription("Its permissions as the table lists them; [] when the table lists none.")
        List<String> permissions,
        @JsonPropertyDescription("It is a super-administrator account (root, sa, Administrator…).")
        Boolean superAdmin,
        @JsonPropertyDescription("It is used for daily business operations.")
        Boolean usedForDailyOperations,
        @JsonPropertyDescription("When its password was last changed.")
        LocalDate passwordChanged) implements Identified {

    public Account {
        permissions = permissions == null ? null : List.copyOf(permissions);
    }
}
