package io.fitg.model.machineroom;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;
import io.fitg.model.common.ActivityRecord;

import java.math.BigDecimal;
import java.util.List;

/** One air-conditioning unit cooling a machine room. */
public record AirConditioner(
        @JsonPropertyDescription("A stable id, e.g. AC-1; maintenance contracts name it in covers")
        String id,
        @JsonPropertyDescription("Whether it is a precision (computer-room) air conditioner (精密空调), not a comfort unit")
        Boolean precision,
        @JsonPropertyDescription("Rated sensible cooling capacity in kW")
        BigDecimal coolingKw,
        @JsonPropertyDescription("Number of independent power feeds supplying the unit (2 for 双路供电)")
        Integer powerFeeds,
        @JsonPropertyDescription("Whether a generator supplies the unit on a utility outage (为空调供电的发电机)")
        Boolean generatorBacked,
        @JsonPropertyDescription("Dated maintenance records of the unit (维护记录)")
        List<ActivityRecord> maintenance) implements Identified {

    public AirConditioner {
        maintenance = maintenance == null ? null : List.copyOf(maintenance);
    }
}
