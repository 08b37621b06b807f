package io.fitg.model.operations;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import java.time.LocalDate;

/**
 * One entry of the register of production faults and anomalies (生产环境故障和异常记录).
 *
 * @param id          a stable id
 * @param date        when the fault or anomaly occurred
 * @param system      the system or component affected
 * @param description what happened
 * @param handling    how it was handled
 * @param recordedBy  who recorded it
 */
public record FaultRecord(
        @JsonPropertyDescription("a stable id")
        String id,
        @JsonPropertyDescription("when the fault or anomaly occurred, YYYY-MM-DD")
        LocalDate date,
        @JsonPropertyDescription("the system or component affected")
        String system,
        @JsonPropertyDescription("what happened")
        String description,
        @JsonPropertyDescription("how it was handled")
        String handling,
        @JsonPropertyDescription("who recorded it")
        String recordedBy) {
}
