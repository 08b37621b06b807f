package io.fitg.model.machineroom;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.common.ActivityRecord;

import java.util.List;

/** Temperature and humidity monitoring of a machine room (温湿度监控措施和记录). */
public record ClimateMonitoring(
        @JsonPropertyDescription("Whether the room's temperature is monitored")
        Boolean temperature,
        @JsonPropertyDescription("Whether the room's humidity is monitored")
        Boolean humidity,
        @JsonPropertyDescription("How: e.g. sensors in the environment monitoring system, thermo-hygrometers read on inspection rounds")
        String method,
        @JsonPropertyDescription("Dated temperature and humidity records (exported monitoring logs, inspection sheets)")
        List<ActivityRecord> records) {

    public ClimateMonitoring {
        records = records == null ? null : List.copyOf(records);
    }
}
