package io.fitg.model.maintenance;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;
import io.fitg.model.validation.Checked;

import java.time.LocalDate;
import java.util.List;

/**
 * A written emergency plan (书面的应急预案).
 *
 * @param id              a stable id
 * @param title           its title
 * @param issued          when it was first issued
 * @param revised         its latest revision
 * @param systems         the core systems it covers (as named in {@code maintenance.coreSystems})
 * @param faults          whether it covers the common faults of those systems (常见故障)
 * @param securityRisks   whether it covers their security risks (安全风险)
 * @param troubleshooting whether it has a troubleshooting procedure (排障流程), in it or beside it
 * @param tools           the ids of the emergency tools it needs (from {@code maintenance.emergency.tools}); []
 *                        when it needs none
 */
public record EmergencyPlan(
        @JsonPropertyDescription("A stable id.")
        String id,
        @JsonPropertyDescription("The plan's title.")
        String title,
        @JsonPropertyDescription("When the plan was first issued.")
        LocalDate issued,
        @JsonPropertyDescription("Its latest revision (leave out when never revised).")
        LocalDate revised,
        @JsonPropertyDescription("Every revision, dated (the plan's revision history, revised being the latest); [] when "
                + "never revised. Leave out when only the latest revision is known: then a revision long after a change "
                + "of organisation, staff or technology cannot show whether an earlier one followed the change in time.")
        List<LocalDate> revisions,
        @JsonPropertyDescription("The core systems it covers, as named in maintenance.coreSystems.")
        List<String> systems,
        @JsonPropertyDescription("Whether it covers the common faults of those systems (常见故障).")
        Boolean faults,
        @JsonPropertyDescription("Whether it covers their security risks (安全风险).")
        Boolean securityRisks,
        @JsonPropertyDescription("Whether it has a troubleshooting procedure (排障流程), in it or beside it.")
        Boolean troubleshooting,
        @JsonPropertyDescription("The ids of the emergency tools it needs (from maintenance.emergency.tools); [] when it needs none.")
        List<String> tools) implements Identified, Checked {

    public EmergencyPlan {
        systems = systems == null ? null : List.copyOf(systems);
        revisions = revisions == null ? null : List.copyOf(revisions);
        tools = tools == null ? null : List.copyOf(tools);
    }

    /** A revision in the history after the latest revision, or before the plan was issued, is impossible. */
    @Override
    public Problem problem() {
        if (revisions == null) {
            return null;
        }
        for (LocalDate r : revisions) {
            if (r == null) {
                continue;
            }
            if (revised != null && r.isAfter(revised)) {
                return new Problem("revisions", "dates on or before revised " + revised + " (the latest revision), not " + r);
            }
            if (issued != null && r.isBefore(issued)) {
                return new Problem("revisions", "dates on or after issued " + issued + ", not " + r);
            }
        }
        return null;
    }

    /** The latest of issued and revised. */
    public LocalDate lastUpdated() {
        if (revised == null) {
            return issued;
        }
        return issued == null || revised.isAfter(issued) ? revised : issued;
    }

    /** Issued on or before {@code date}. */
    public boolean inForceOn(LocalDate date) {
        return issued != null && !issued.isAfter(date);
    }
}
