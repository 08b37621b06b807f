package io.fitg.model.machineroom;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * Water-leak detection of a machine room (漏水检测设施).
 *
 * @param installed      whether leak detection is installed
 * @param sensorType     kind of sensors
 * @param automaticAlarm whether a detected leak raises an alarm automatically
 */
public record LeakDetection(
        @JsonPropertyDescription("Whether leak detection is installed in the room")
        Boolean installed,
        @JsonPropertyDescription("Kind of sensors, e.g. rope sensor around the air conditioners, spot sensors")
        String sensorType,
        @JsonPropertyDescription("Whether a detected leak raises an alarm automatically (自动报警), e.g. through the monitoring system")
        Boolean automaticAlarm) {
}
