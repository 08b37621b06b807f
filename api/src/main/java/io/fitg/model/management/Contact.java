package io.fitg.model.management;

import io.fitg.model.validation.PersonalData;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * A contact person at a service provider.
 *
 * @param name  the person's name
 * @param role  their role (客户经理, 7×24 support…)
 * @param phone a phone number
 * @param email an e-mail address
 */
public record Contact(
        @JsonPropertyDescription("The person's name.")
        @PersonalData String name,
        @JsonPropertyDescription("Their role (e.g. 客户经理, 7x24 技术支持).")
        String role,
        @JsonPropertyDescription("A phone number.")
        @PersonalData String phone,
        @JsonPropertyDescription("An e-mail address.")
        @PersonalData String email) {
}
