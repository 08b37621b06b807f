package io.fitg.model.maintenance;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

import java.time.LocalDate;
import java.util.List;

/**
 * A change of organisation, staff or technology that affects emergency plans (机构、人员、技术等变化, x.7.4.3).
 *
 * @param id          a stable id
 * @param date        when it took effect
 * @param kind        organisation, staff or technology
 * @param description what changed
 * @param plans       the ids of the emergency plans it affects; [] when it affects none
 */
public record PlanTrigger(
        @JsonPropertyDescription("A stable id.")
        String id,
        @JsonPropertyDescription("When the change took effect.")
        LocalDate date,
        @JsonPropertyDescription("organisation, staff or technology (机构、人员、技术).")
        String kind,
        @JsonPropertyDescription("What changed.")
        String description,
        @JsonPropertyDescription("The ids of the emergency plans it affects (maintenance.emergency.plans); [] when it affects none.")
        List<String> plans) implements Identified {

    public PlanTrigger {
        plans = plans == null ? null : List.copyOf(plans);
    }
}
