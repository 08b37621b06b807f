package io.fitg.model.operations;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import java.time.LocalDate;

/**
 * The deployment of an automated operations tool or one adjustment to it.
 *
 * @param date          when it was done
 * @param kind          deployment or adjustment
 * @param description   what was done
 * @param changeRequest the change-management request (变更单) that covered it; left out when there was none
 */
public record ToolChange(
        @JsonPropertyDescription("when it was done, YYYY-MM-DD")
        LocalDate date,
        @JsonPropertyDescription("DEPLOYMENT (部署) or ADJUSTMENT (调整)")
        Kind kind,
        @JsonPropertyDescription("what was done")
        String description,
        @JsonPropertyDescription("the change-management request (变更单) that covered it; leave out when there was none")
        String changeRequest) {

    /** Deployment or adjustment. */
    public enum Kind {
        DEPLOYMENT, ADJUSTMENT
    }
}
