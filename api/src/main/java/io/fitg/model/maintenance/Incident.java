package io.fitg.model.maintenance;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

import java.time.LocalDate;
import java.util.List;

/**
 * A technical incident (技术事故).
 *
 * @param id             a stable id
 * @param date           when it occurred
 * @param system         the system affected
 * @param description    what happened and its impact
 * @param record         the incident record kept (技术事故的记录)
 * @param actions        the improvement measures proposed after it (改进计划/改进措施), with their execution
 * @param noActionReason why the analysis found no improvement to make (e.g. the cause lay wholly with a third
 *                       party), when {@code actions} is empty
 */
public record Incident(
        @JsonPropertyDescription("A stable id.")
        String id,
        @JsonPropertyDescription("When the incident occurred.")
        LocalDate date,
        @JsonPropertyDescription("The system affected.")
        String system,
        @JsonPropertyDescription("What happened and its impact.")
        String description,
        @JsonPropertyDescription("The incident record kept (技术事故的记录); {done: false} when none was kept.")
        Step record,
        @JsonPropertyDescription("The improvement measures proposed after the incident (改进计划/改进措施), with their execution; [] when none.")
        List<Action> actions,
        @JsonPropertyDescription("Why the incident analysis found no improvement to make (e.g. the cause lay wholly with a third party), when actions is empty.")
        String noActionReason) implements Identified {

    public Incident {
        actions = actions == null ? null : List.copyOf(actions);
    }
}
