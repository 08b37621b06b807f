package io.fitg.model.machineroom;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * One fire-suppression installation or set of extinguishers of a machine room (灭火设施).
 *
 * @param kind      gas, aerosol, sprinkler, water-mist, extinguisher
 * @param agent     the extinguishing agent
 * @param automatic whether it discharges automatically on detection
 */
public record FireSuppression(
        @JsonPropertyDescription("Kind: gas (fixed gas system: halon or an alternative gas such as HFC-227ea, IG-541, FK-5-1-12, CO2, nitrogen), aerosol (hot aerosol, a gas system under GB 50370), sprinkler, water-mist, extinguisher (portable or wheeled extinguishers)")
        String kind,
        @JsonPropertyDescription("Extinguishing agent, e.g. HFC-227ea (七氟丙烷), IG-541, halon-1301, CO2, water")
        String agent,
        @JsonPropertyDescription("Whether it discharges automatically when fire is detected (自动灭火), not only by hand")
        Boolean automatic) {
}
