package io.fitg.model.maintenance;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

import java.time.LocalDate;
import java.util.List;

/**
 * An important configuration item (重要的配置信息: a device's or a system's configuration) and its backups.
 *
 * @param id             a stable id
 * @param system         the system or device it configures
 * @param description    what it is
 * @param lastChanged    when the configuration last changed
 * @param backups        the dates of the backups kept (at least the latest); [] when it was never backed up
 * @param backupLocation where the backups are kept
 */
public record ConfigItem(
        @JsonPropertyDescription("A stable id.")
        String id,
        @JsonPropertyDescription("The system or device it configures.")
        String system,
        @JsonPropertyDescription("What the configuration item is.")
        String description,
        @JsonPropertyDescription("When the configuration last changed.")
        LocalDate lastChanged,
        @JsonPropertyDescription("The dates of the backups kept (at least the latest); [] when it was never backed up.")
        List<LocalDate> backups,
        @JsonPropertyDescription("Where the backups are kept.")
        String backupLocation) implements Identified {

    public ConfigItem {
        backups = backups == null ? null : List.copyOf(backups);
    }
}
