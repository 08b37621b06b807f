package io.fitg.model.maintenance;

import io.fitg.model.validation.PersonalData;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

import java.time.LocalDate;

/**
 * A named person appointed to a role (专人负责…, 应急组织成员), with the dates of the appointment.
 *
 * @param staffId   employee number (as on the staff roster of x.1, if listed there)
 * @param name      the person's name
 * @param role      the role held, e.g. 测试负责人, 配置管理员, 应急领导小组组长
 * @param duties    the duties of the role as its appointment or job description states them
 * @param appointed when the appointment took effect
 * @param until     when it ended; null while the person holds the role
 * @param reference the appointment document or job description
 */
public record RoleHolder(
        @JsonPropertyDescription("Employee number (as on the x.1 staff roster, if listed there).")
        @PersonalData String staffId,
        @JsonPropertyDescription("The person's name.")
        @PersonalData String name,
        @JsonPropertyDescription("The role held, e.g. 测试负责人, 配置管理员, 应急领导小组组长.")
        String role,
        @JsonPropertyDescription("The duties of the role as the appointment or job description states them.")
        String duties,
        @JsonPropertyDescription("When the appointment took effect.")
        LocalDate appointed,
        @JsonPropertyDescription("When the appointment ended; leave out while the person holds the role.")
        LocalDate until,
        @JsonPropertyDescription("The appointment document or job description.")
        String reference) implements Identified {

    @Override
    public String id() {
        return staffId != null ? staffId : name;
    }

    /** Named and holding the role on {@code date}: appointed on or before it (or undated) and not ended before it. */
    public boolean inPostOn(LocalDate date) {
        return name != null && !name.isBlank() && (appointed == null || !appointed.isAfter(date))
                && (until == null || !until.isBefore(date));
    }
}
