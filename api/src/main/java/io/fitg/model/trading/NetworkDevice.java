package io.fitg.model.trading;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

import java.math.BigDecimal;
import java.util.List;

/**
 * A network device of the production environment: router, switch, firewall, gateway… (1.4.3).
 *
 * @param id                 stable id
 * @param name               model and place
 * @param type               router, switch, firewall, gateway…
 * @param production         part of the production environment (生产环境, 1.4.2)
 * @param exchangeFacing     on the path to an exchange (与交易所连接的网络设备)
 * @param standby            hot, cold or none: how it is backed up
 * @param standbyPeer        id of the device that takes over
 * @param designedRtoSeconds switch-over time of the design, in seconds
 * @param drills             switch-over drills with their measured RTO
 */
public record NetworkDevice(
        @JsonPropertyDescription("Stable id of the device.") String id,
        @JsonPropertyDescription("Model and place.") String name,
        @JsonPropertyDescription("router, switch, firewall, gateway…") String type,
        @JsonPropertyDescription("The device is part of the production environment (生产环境, 1.4.2).") Boolean production,
        @JsonPropertyDescription("The device is on the path to an exchange (与交易所连接的网络设备).") Boolean exchangeFacing,
        @JsonPropertyDescription("How the device is backed up: hot (hot standby or active-active peer), cold (spare swapped in by hand) or none.") BackupMode standby,
        @JsonPropertyDescription("Id of the device that takes over when this one fails.") String standbyPeer,
        @JsonPropertyDescription("Switch-over time of the design, in seconds.") BigDecimal designedRtoSeconds,
        @JsonPropertyDescription("Switch-over drills of the device with the RTO they measured.") List<FailoverDrill> drills)
        implements Identified {

    public NetworkDevice {
        drills = drills == null ? null : List.copyOf(drills);
    }
}
