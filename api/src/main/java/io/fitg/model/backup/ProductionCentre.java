package io.fitg.model.backup;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.validation.MayBeNegative;

import java.math.BigDecimal;

/**
 * Where the production centre (生产中心: the main machine room running the core systems) is, so that media stores,
 * replication targets and disaster-recovery centres can be placed 同城 (same city) or 异地 (another city), and the
 * straight-line distance to a disaster-recovery centre computed.
 *
 * @param name      the production centre's name
 * @param city      the city it is in, e.g. 上海
 * @param latitude  WGS-84 latitude in decimal degrees (north positive)
 * @param longitude WGS-84 longitude in decimal degrees (east positive)
 */
public record ProductionCentre(
        @JsonPropertyDescription("the production centre's name (生产中心)") String name,
        @JsonPropertyDescription("the city the production centre is in, e.g. 上海") String city,
        @JsonPropertyDescription("WGS-84 latitude in decimal degrees, north positive") @MayBeNegative BigDecimal latitude,
        @JsonPropertyDescription("WGS-84 longitude in decimal degrees, east positive") @MayBeNegative BigDecimal longitude) {
}
