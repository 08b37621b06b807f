package io.fitg.model.backup;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.FactSource;
import io.fitg.model.Identified;
import io.fitg.model.common.DocumentRecord;
import io.fitg.model.validation.MayBeNegative;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;

/**
 * A disaster-recovery centre (灾难备份中心): a site meant to take over production. A site that only stores backup
 * copies is a media store or a replication target, not a disaster-recovery centre.
 *
 * @param id                  a stable id, e.g. {@code DR-HZ}
 * @param name                its name
 * @param city                the city it is in (5.6.2.1: 位于不同城市)
 * @param latitude            WGS-84 latitude in decimal degrees; with the production centre's coordinates it gives
 *                            the straight-line distance
 * @param longitude           WGS-84 longitude in decimal degrees
 * @param distanceKm          the straight-line distance from the production centre in km as surveyed; used only
 *                            when coordinates are not given for both sites
 * @param systems             the running environment deployed there (core systems' standbys, supporting systems)
 * @param machineRoom         whether it has a machine room fit to run the recovered systems (场地)
 * @param powerBackup         whether it has backup power (UPS and/or generator)
 * @param airConditioning     whether it has precision air conditioning for the room
 * @param fireProtection      whether it has fire detection and suppression
 * @param accessControl       whether it has access control for the room
 * @param operatorWorkspace   whether it has working space and terminals for the staff who run the recovery
 * @param links               its communication links (to exchanges, banks, the production centre, the internet)
 * @param networkDevices      its network devices (routers, switches, firewalls)
 * @param supportStaff        the technical support people assigned to it
 * @param operationsProcedure its operation and maintenance procedure (运行维护流程)
 * @param designRtoMinutes    the recovery time objective it is designed for, in minutes
 * @param designRpoMinutes    the recovery point objective it is designed for, in minutes (0.5 = 30 seconds)
 */
public record DrCentre(
        @JsonPropertyDescription("a stable id of the disaster-recovery centre, e.g. DR-HZ") String id,
        @JsonPropertyDescription("its name") String name,
        @JsonPropertyDescription("the city it is in") String city,
        @JsonPropertyDescription("WGS-84 latitude in decimal degrees, north positive") @MayBeNegative BigDecimal latitude,
        @JsonPropertyDescription("WGS-84 longitude in decimal degrees, east positive") @MayBeNegative BigDecimal longitude,
        @JsonPropertyDescription("surveyed straight-line distance from the production centre in km; used only when coordinates are not given for both sites") BigDecimal distanceKm,
        @JsonPropertyDescription("the running environment deployed there") List<DrSystem> systems,
        @JsonPropertyDescription("whether it has a machine room fit to run the recovered systems") Boolean machineRoom,
        @JsonPropertyDescription("whether it has backup power (UPS and/or generator)") Boolean powerBackup,
        @JsonPropertyDescription("whether it has precision air conditioning for the room") Boolean airConditioning,
        @JsonPropertyDescription("whether it has fire detection and suppression") Boolean fireProtection,
        @JsonPropertyDescription("whether it has access control for the room") Boolean accessControl,
        @JsonPropertyDescription("whether it has working space and terminals for the staff who run the recovery") Boolean operatorWorkspace,
        @JsonPropertyDescription("its communication links (to exchanges, banks, the production centre, the internet)") List<DrEquipment> links,
        @JsonPropertyDescription("its network devices (routers, switches, firewalls)") List<DrEquipment> networkDevices,
        @JsonPropertyDescription("the technical support people assigned to it") List<DrSupportPerson> supportStaff,
        @JsonPropertyDescription("its operation and maintenance procedure (运行维护流程)") DocumentRecord operationsProcedure,
        @JsonPropertyDescription("the recovery time objective it is designed for, in minutes") BigDecimal designRtoMinutes,
        @JsonPropertyDescription("the recovery point objective it is designed for, in minutes (0.5 = 30 seconds)") BigDecimal designRpoMinutes)
        implements FactSource, Identified {

    public DrCentre {
        systems = systems == null ? null : List.copyOf(systems);
        links = links == null ? null : List.copyOf(links);
        networkDevices = networkDevices == null ? null : List.copyOf(networkDevices);
        supportStaff = supportStaff == null ? null : List.copyOf(supportStaff);
    }

    @Override
    public void collect(Consumer<Object> sink) {
        sink.accept(this);
    }
}
