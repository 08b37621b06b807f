package io.fitg.model.maintenance;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import java.time.LocalDate;

/**
 * A configuration document library (配置文档库).
 *
 * @param name        its name
 * @param tool        the tool or repository that holds it (CMDB, version control…)
 * @param established when it was set up
 * @param lastUpdated when it was last updated
 */
public record ConfigLibrary(
        @JsonPropertyDescription("The library's name.")
        String name,
        @JsonPropertyDescription("The tool or repository that holds it (CMDB, version control…).")
        String tool,
        @JsonPropertyDescription("When it was set up.")
        LocalDate established,
        @JsonPropertyDescription("When it was last updated.")
        LocalDate lastUpdated) {
}
