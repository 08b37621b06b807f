package io.fitg.model.trading;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;
import io.fitg.model.common.ActivityRecord;

import java.util.List;

/**
 * An automated monitoring tool (自动化监控工具) with its alert thresholds and the reviews of them (x.3.2.9).
 *
 * @param id              stable id, referenced from monitoredBy lists
 * @param name            product and version
 * @param monitors        what it watches (system, link and device ids)
 * @param alertThresholds the alert thresholds set in it; [] when none
 * @param reviews         checks and evaluations of the thresholds
 */
public record MonitoringTool(
        @JsonPropertyDescription("Stable id of the tool, referenced from monitoredBy lists.") String id,
        @JsonPropertyDescription("Product and version.") String name,
        @JsonPropertyDescription("What it watches: ids of systems, links and devices.") List<String> monitors,
        @JsonPropertyDescription("The alert thresholds set in the tool; [] when none are set.") List<AlertThreshold> alertThresholds,
        @JsonPropertyDescription("Dated checks and evaluations of the alert thresholds (检查和评估).") List<ActivityRecord> reviews)
        implements Identified {

    public MonitoringTool {
        monitors = monitors == null ? null : List.copyOf(monitors);
        alertThresholds = alertThresholds == null ? null : List.copyOf(alertThresholds);
        reviews = reviews == null ? null : List.copyOf(reviews);
    }
}
