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
        @JsonPropertyDescription("Kind: gas (fixed gas system: halon or an alternative gas such as HFC-227ea, IG-541, FK-5-1-12, CO2, nitrogen; 气体, 气体灭火系统 or the agent's name such as 七氟丙烷 are understood), aerosol (hot aerosol, a gas system under GB 50370; 气溶胶), sprinkler (喷淋), water-mist (细水雾), extinguisher (portable or wheeled extinguishers, 灭火器: never automatic); see docs/profile/2-machine-room.md")
        String kind,
        @JsonPropertyDescription("Extinguishing agent, e.g. HFC-227ea (七氟丙烷, FM-200), IG-541 (烟烙尽), halon-1301, CO2, water; a gas agent makes an entry whose stated kind names nothing known a gas system")
        String agent,
        @JsonPropertyDescription("Whether it discharges automatically when fire is detected (自动灭火), not only by hand; may be left out for extinguishers, which never do")
        Boolean automatic) {
}
