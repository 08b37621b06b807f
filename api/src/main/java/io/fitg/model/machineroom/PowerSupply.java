package io.fitg.model.machineroom;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.common.ActivityRecord;
import io.fitg.model.common.DocumentRecord;

import java.util.List;

/**
 * A machine room's power supply (供电): utility feeds, UPS units, generators, emergency supply agreements, and the
 * switchover-drill policy with its records. Lists: null = not stated, [] = none.
 */
public record PowerSupply(
        @JsonPropertyDescription("Number of independent utility (mains) feeds supplying the room (市电路数): 2 for dual utility power (双路市电)")
        Integer utilityFeeds,
        @JsonPropertyDescription("Whether supply switches between the utility feeds automatically (双路供电自动切换, ATS)")
        Boolean automaticTransfer,
        @JsonPropertyDescription("UPS units supplying the room's equipment; an empty list means none")
        List<Ups> ups,
        @JsonPropertyDescription("Generators that supply the room on a utility outage (own, the building's or the host's); an empty list means none")
        List<Generator> generators,
        @JsonPropertyDescription("Emergency power supply agreements (应急供电协议), e.g. for a generator vehicle; an empty list means none")
        List<EmergencySupplyAgreement> emergencySupplyAgreements,
        @JsonPropertyDescription("The policy for live switchover drills of the power facilities (电力设施实时切换演练制度)")
        DocumentRecord switchoverDrillPolicy,
        @JsonPropertyDescription("Dated records of live switchover drills of the power facilities (切换演练记录)")
        List<ActivityRecord> switchoverDrills) {

    public PowerSupply {
        ups = ups == null ? null : List.copyOf(ups);
        generators = generators == null ? null : List.copyOf(generators);
        emergencySupplyAgreements = emergencySupplyAgreements == null ? null : List.copyOf(emergencySupplyAgreements);
        switchoverDrills = switchoverDrills == null ? null : List.copyOf(switchoverDrills);
    }
}
