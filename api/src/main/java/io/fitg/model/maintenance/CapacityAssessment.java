package io.fitg.model.maintenance;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

import java.time.LocalDate;
import java.util.List;

/**
 * A performance and capacity assessment of core systems (性能和容量评估, x.7.3).
 *
 * @param id                 the report number
 * @param date               when the report was completed
 * @param systems            the core systems assessed (as named in {@code maintenance.coreSystems})
 * @param report             the report's title
 * @param improvementNeeded  whether the report, read with the business outlook, calls for improvement
 * @param plans              the improvement plans proposed on it (改进计划), with their execution; [] when none
 */
public record CapacityAssessment(
        @JsonPropertyDescription("The report number.")
        String id,
        @JsonPropertyDescription("When the report was completed.")
        LocalDate date,
        @JsonPropertyDescription("The core systems assessed, as named in maintenance.coreSystems.")
        List<String> systems,
        @JsonPropertyDescription("The report's title.")
        String report,
        @JsonPropertyDescription("Whether the report, read with the business outlook (结合业务发展情况), calls for improvement.")
        Boolean improvementNeeded,
        @JsonPropertyDescription("The improvement plans proposed on the report (改进计划), with their execution; [] when none.")
        List<Action> plans) implements Identified {

    public CapacityAssessment {
        systems = systems == null ? null : List.copyOf(systems);
        plans = plans == null ? null : List.copyOf(plans);
    }
}
