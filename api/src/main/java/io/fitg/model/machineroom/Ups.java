package io.fitg.model.machineroom;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;
import io.fitg.model.common.ActivityRecord;

import java.math.BigDecimal;
import java.util.List;

/** One UPS unit supplying a machine room. */
public record Ups(
        @JsonPropertyDescription("A stable id of the unit, e.g. UPS-A; maintenance contracts name it in covers")
        String id,
        @JsonPropertyDescription("Whether it is an online (double-conversion) UPS (在线UPS), not standby or line-interactive")
        Boolean online,
        @JsonPropertyDescription("Whether the unit and its batteries stand in an independent enclosed area (独立封闭区域), e.g. a locked UPS room")
        Boolean enclosedArea,
        @JsonPropertyDescription("Rated capacity in kVA")
        BigDecimal capacityKva,
        @JsonPropertyDescription("Battery runtime in minutes at the room's present load (UPS供电时间), from the latest discharge test or the vendor's calculation")
        Integer runtimeMinutes,
        @JsonPropertyDescription("Battery runtime in minutes at full rated load (满负载运行情况下的UPS供电时间)")
        Integer fullLoadRuntimeMinutes,
        @JsonPropertyDescription("Dated maintenance records of the unit (维护记录)")
        List<ActivityRecord> maintenance) implements Identified {

    public Ups {
        maintenance = maintenance == null ? null : List.copyOf(maintenance);
    }
}
