package io.fitg.model.maintenance;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

import java.time.LocalDate;

/**
 * A tool, piece of equipment or facility prepared for executing emergency plans (必要工具和设备设施).
 *
 * @param id          a stable id (plans name it in {@code tools})
 * @param name        what it is
 * @param kind        tool, equipment or facility
 * @param location    where it is kept
 * @param ready       whether it is in place and ready for use
 * @param lastChecked when its readiness was last checked
 */
public record EmergencyTool(
        @JsonPropertyDescription("A stable id; emergency plans name it in their tools.")
        String id,
        @JsonPropertyDescription("What it is.")
        String name,
        @JsonPropertyDescription("tool, equipment or facility (工具 / 设备 / 设施).")
        String kind,
        @JsonPropertyDescription("Where it is kept.")
        String location,
        @JsonPropertyDescription("Whether it is in place and ready for use.")
        Boolean ready,
        @JsonPropertyDescription("When its readiness was last checked.")
        LocalDate lastChecked) implements Identified {
}
