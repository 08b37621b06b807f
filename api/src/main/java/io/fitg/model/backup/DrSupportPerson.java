package io.fitg.model.backup;

import io.fitg.model.validation.PersonalData;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

/**
 * A technical support person assigned to a disaster-recovery centre (技术支持和保障人员), on site or on call.
 *
 * @param name            the person's name (or the provider's engineer)
 * @param role            the role, e.g. 灾备值班工程师, 网络保障
 * @param tradingHours    whether the assignment covers the day trading sessions (交易时间)
 * @param nightSession    whether it covers the night (continuous) trading sessions
 * @param settlementHours whether it covers settlement (结算时间)
 */
public record DrSupportPerson(
        @JsonPropertyDescription("the person's name") @PersonalData String name,
        @JsonPropertyDescription("the role, e.g. 灾备值班工程师") String role,
        @JsonPropertyDescription("whether the assignment covers the day trading sessions (交易时间)") Boolean tradingHours,
        @JsonPropertyDescription("whether it covers the night (continuous) trading sessions") Boolean nightSession,
        @JsonPropertyDescription("whether it covers settlement (结算时间)") Boolean settlementHours) implements Identified {

    @Override
    public String id() {
        return name;
    }
}
