package io.fitg.model.security;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

import java.time.LocalDate;

/** One computer or storage device connected to the production environment, with its pre-connection check. */
public record DeviceConnection(
        @JsonPropertyDescription("A stable id of the log entry, cited in findings.")
        String id,
        @JsonPropertyDescription("The device: asset number, owner, what it is (e.g. vendor laptop, new storage array).")
        String device,
        @JsonPropertyDescription("When it was connected to the production environment.")
        LocalDate connected,
        @JsonPropertyDescription("When it was security-checked (安全检查) before connection.")
        LocalDate checked,
        @JsonPropertyDescription("Whether it passed that check.")
        Boolean passed,
        @JsonPropertyDescription("Who checked it, or the check form's reference.")
        String checkedBy) implements Identified {
}
