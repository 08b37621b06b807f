package io.fitg.model.machineroom;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * Video surveillance of a machine room (录像监控设施).
 *
 * @param coversEntrances whether cameras cover every entrance
 * @param coversInterior  whether cameras cover the inside of the room
 * @param hoursPerDay     hours per day recorded
 * @param daysPerWeek     days per week recorded
 * @param retentionDays   days recordings are kept
 */
public record VideoSurveillance(
        @JsonPropertyDescription("Whether cameras cover every entrance of the room (出入口)")
        Boolean coversEntrances,
        @JsonPropertyDescription("Whether cameras cover the inside of the room (内部)")
        Boolean coversInterior,
        @JsonPropertyDescription("Hours per day the cameras record (24 for round-the-clock recording)")
        Integer hoursPerDay,
        @JsonPropertyDescription("Days per week the cameras record (7 for every day)")
        Integer daysPerWeek,
        @JsonPropertyDescription("Days recordings are kept before they are overwritten (录像保存天数)")
        Integer retentionDays) {
}
