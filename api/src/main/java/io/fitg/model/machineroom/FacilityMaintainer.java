package io.fitg.model.machineroom;

import io.fitg.model.validation.PersonalData;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import java.util.List;

/** An in-house professional maintainer of machine-room facilities (专业维护人员). */
public record FacilityMaintainer(
        @JsonPropertyDescription("Name")
        @PersonalData String name,
        @JsonPropertyDescription("The professional qualification held, e.g. 低压电工作业证, 制冷与空调作业证; a maintainer without one is not professional")
        String qualification,
        @JsonPropertyDescription("What the person maintains: ids of UPS and air-conditioning units, or ups / air-conditioning for all units of that kind in the room")
        List<String> covers) {

    public FacilityMaintainer {
        covers = covers == null ? null : List.copyOf(covers);
    }
}
