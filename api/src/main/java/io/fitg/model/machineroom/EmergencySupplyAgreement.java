package io.fitg.model.machineroom;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.common.DocumentRecord;

/** An emergency power supply agreement (应急供电协议), e.g. with a generator-vehicle provider or the power company. */
public record EmergencySupplyAgreement(
        @JsonPropertyDescription("The provider")
        String provider,
        @JsonPropertyDescription("The agreement: title, signing date (issued) and end date (expires)")
        DocumentRecord agreement,
        @JsonPropertyDescription("On-site response time the agreement sets, in minutes (协议规定到场响应时间)")
        Integer responseMinutes) {
}
