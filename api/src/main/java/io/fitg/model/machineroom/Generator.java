package io.fitg.model.machineroom;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;
import io.fitg.model.common.ActivityRecord;

import java.math.BigDecimal;
import java.util.List;

/** A generator that supplies a machine room on a utility outage (发电机). */
public record Generator(
        @JsonPropertyDescription("A stable id, e.g. GEN-1")
        String id,
        @JsonPropertyDescription("Rated output in kW")
        BigDecimal capacityKw,
        @JsonPropertyDescription("Minutes from the outage until the generator supplies the room (从断电到发电机开始供电), start and transfer included; fractions allowed (0.5 = 30 s)")
        BigDecimal startMinutes,
        @JsonPropertyDescription("Hours the generator can supply the room continuously on its fuel reserve at the room's full load (连续供电时间)")
        BigDecimal continuousHours,
        @JsonPropertyDescription("Dated start tests of the generator (开机测试), with or without load")
        List<ActivityRecord> startTests) implements Identified {

    public Generator {
        startTests = startTests == null ? null : List.copyOf(startTests);
    }
}
