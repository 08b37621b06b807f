package io.fitg.model.backup;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

/**
 * A communication link or a network device at a disaster-recovery centre (通信链路 / 网络设备).
 *
 * @param id          a stable id, e.g. the carrier's circuit number or the device's asset number
 * @param description what it is, e.g. 至上期所专线 (电信 10M), 核心交换机
 * @param state       running, ready or not-ready
 */
public record DrEquipment(
        @JsonPropertyDescription("a stable id: circuit number or asset number") String id,
        @JsonPropertyDescription("what it is, e.g. 至上期所专线, 核心交换机") String description,
        @JsonPropertyDescription("running, ready or not-ready") Readiness state) implements Identified {
}
