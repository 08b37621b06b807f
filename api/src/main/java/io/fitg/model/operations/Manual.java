package io.fitg.model.operations;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.common.DocumentRecord;

import java.time.LocalDate;
import java.util.List;

/**
 * One operations manual (操作手册) of the production environment.
 *
 * @param id           a stable id
 * @param document     the manual as a document: title, issue and revision dates
 * @param scopes       what it covers
 * @param stepByStep   whether it gives detailed step-by-step procedures (详细的操作步骤)
 * @param lastReviewed when it was last reviewed under the update mechanism, even if nothing changed
 */
public record Manual(
        @JsonPropertyDescription("a stable id of the manual")
        String id,
        @JsonPropertyDescription("the manual as a document: title, issued, revised")
        DocumentRecord document,
        @JsonPropertyDescription("what it covers: DAILY_OPERATION (日常操作), PERIODIC_MAINTENANCE (定期维护), "
                + "EMERGENCY, OTHER")
        List<Scope> scopes,
        @JsonPropertyDescription("whether it gives detailed step-by-step procedures (详细的操作步骤)")
        Boolean stepByStep,
        @JsonPropertyDescription("when it was last reviewed under the manual-update mechanism, even if nothing changed")
        LocalDate lastReviewed) {

    public Manual {
        scopes = scopes == null ? null : List.copyOf(scopes);
    }

    /** The latest of issued, revised and reviewed; null when none is known. */
    public LocalDate lastMaintained() {
        LocalDate d = document == null ? null : document.lastUpdated();
        if (lastReviewed != null && (d == null || lastReviewed.isAfter(d))) {
            return lastReviewed;
        }
        return d;
    }

    /** What a manual covers. */
    public enum Scope {
        DAILY_OPERATION, PERIODIC_MAINTENANCE, EMERGENCY, OTHER
    }
}
