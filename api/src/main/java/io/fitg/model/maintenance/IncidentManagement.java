package io.fitg.model.maintenance;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.FactSource;
import io.fitg.model.Identified;
import io.fitg.model.common.DocumentRecord;

import java.util.List;
import java.util.function.Consumer;

/**
 * x.7.5 技术事故管理: the incident reporting policy and process, and the technical incidents.
 *
 * @param reportingPolicies 技术事故报告制度和流程 ([] when there are none)
 * @param incidents         the technical incidents that occurred (技术事故), from every source: the incident log,
 *                          monitoring, reports to exchanges and regulators ([] when there were none)
 */
public record IncidentManagement(
        @JsonPropertyDescription("技术事故报告制度和流程: the documents that set the technical incident reporting policy and process; [] when there are none.")
        List<DocumentRecord> reportingPolicies,
        @JsonPropertyDescription("The technical incidents that occurred (技术事故), from every source (incident log, monitoring, reports to exchanges and regulators); [] when there were none.")
        List<Incident> incidents) implements FactSource, Identified {

    public IncidentManagement {
        reportingPolicies = reportingPolicies == null ? null : List.copyOf(reportingPolicies);
        incidents = incidents == null ? null : List.copyOf(incidents);
    }

    @Override
    public String id() {
        return "maintenance.incidentManagement";
    }

    @Override
    public void collect(Consumer<Object> sink) {
        sink.accept(this);
        FactSource.each(incidents, sink);
    }
}
