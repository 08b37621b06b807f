package io.fitg.model.maintenance;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

import java.time.LocalDate;
import java.util.List;

/**
 * A comparison of core systems' running configuration against the recorded baseline (配置比对, x.7.2.7).
 *
 * @param id          a stable id
 * @param date        when it was made
 * @param systems     the systems compared (as named in {@code maintenance.coreSystems})
 * @param differences how many differences it found
 * @param followUp    what was done about them
 */
public record ConfigComparison(
        @JsonPropertyDescription("A stable id.")
        String id,
        @JsonPropertyDescription("When the comparison was made.")
        LocalDate date,
        @JsonPropertyDescription("The systems compared, as named in maintenance.coreSystems.")
        List<String> systems,
        @JsonPropertyDescription("How many differences from the baseline it found.")
        Integer differences,
        @JsonPropertyDescription("What was done about the differences.")
        String followUp) implements Identified {

    public ConfigComparison {
        systems = systems == null ? null : List.copyOf(systems);
    }
}
