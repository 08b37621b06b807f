package io.fitg.model.branch;

import io.fitg.model.validation.PersonalData;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import java.time.LocalDate;

/**
 * One entry of a branch office's contact list (联系方式).
 *
 * @param party    whose contact it is
 * @param name     the contact's name or desk
 * @param phone    the phone number
 * @param verified when the number was last checked to be right
 */
public record BranchContact(
        @JsonPropertyDescription("whose contact: HQ (总部) or PROVIDER (信息技术服务提供商)")
        Party party,
        @JsonPropertyDescription("the contact's name or desk, e.g. 总部运维值班")
        @PersonalData String name,
        @JsonPropertyDescription("the phone number")
        @PersonalData String phone,
        @JsonPropertyDescription("when the number was last checked to be right, YYYY-MM-DD")
        LocalDate verified) {

    /** Whose contact. */
    public enum Party {
        HQ, PROVIDER
    }
}
