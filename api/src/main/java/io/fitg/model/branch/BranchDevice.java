package io.fitg.model.branch;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.validation.Percent;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One device of a branch office's technical systems.
 *
 * @param id                     a stable id, e.g. {@code BJ01-SW-1}
 * @param kind                   what it is
 * @param role                   its role; devices sharing a role back each other up, e.g. 核心交换机
 * @param key                    whether it is a key device (关键设备) of on-site trading
 * @param inEquipmentArea        whether it sits in the branch's equipment area
 * @param peakUtilisationPercent the latest measured peak use of its capacity (CPU, memory, ports, sessions)
 * @param peakMeasuredOn         when that peak was measured
 */
public record BranchDevice(
        @JsonPropertyDescription("a stable id, e.g. BJ01-SW-1")
        String id,
        @JsonPropertyDescription("what it is: NETWORK (交换机、路由器), COMMUNICATION (通信设备), HOST (主机、服务器), "
                + "FIREWALL (防火墙或相当的安全防护设备), OTHER")
        Kind kind,
        @JsonPropertyDescription("its role, e.g. 核心交换机; devices sharing a role back each other up (冗余)")
        String role,
        @JsonPropertyDescription("whether it is a key device (关键设备) of on-site trading")
        Boolean key,
        @JsonPropertyDescription("whether it sits in the branch's equipment area (设备区域)")
        Boolean inEquipmentArea,
        @JsonPropertyDescription("the latest measured peak use of its capacity, in percent")
        @Percent BigDecimal peakUtilisationPercent,
        @JsonPropertyDescription("when that latest peak was measured, YYYY-MM-DD (a monitored device has a recent one)")
        LocalDate peakMeasuredOn) {

    /** Kinds of branch devices. */
    public enum Kind {
        NETWORK, COMMUNICATION, HOST, FIREWALL, OTHER;

        /** 网络、通信和主机设备: what the equipment area is for. */
        public boolean belongsInEquipmentArea() {
            return this != OTHER;
        }
    }
}
