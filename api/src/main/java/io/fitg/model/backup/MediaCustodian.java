package io.fitg.model.backup;

import io.fitg.model.validation.PersonalData;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

import java.time.LocalDate;

/**
 * A person designated to keep the business-data backup media (保管业务数据备份介质的专人).
 *
 * @param name       the person's name
 * @param staffId    employee number (as in the management staff roster), if any
 * @param position   the post, e.g. 备份管理员
 * @param appointedOn when the person was designated (date of the appointment or post description)
 */
public record MediaCustodian(
        @JsonPropertyDescription("the person's name") @PersonalData String name,
        @JsonPropertyDescription("employee number, as in the management staff roster (management.staff); the custodian "
                + "must be on the roster (by this id, else by name) and in post on the as-of date") @PersonalData String staffId,
        @JsonPropertyDescription("the post, e.g. 备份管理员") String position,
        @JsonPropertyDescription("when the person was designated; needed to show the designation stood on the as-of date") LocalDate appointedOn) implements Identified {

    @Override
    public String id() {
        return staffId != null ? staffId : name;
    }
}
