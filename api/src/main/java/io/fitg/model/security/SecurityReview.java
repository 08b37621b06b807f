package io.fitg.model.security;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

import java.time.LocalDate;

/**
 * A dated security check, assessment or scan of the website or the online trading system, with what it found
 * and how much of it has been remedied.
 */
public record SecurityReview(
        @JsonPropertyDescription("A stable id (the report number), cited in findings.")
        String id,
        @JsonPropertyDescription("When it was done (the report date).")
        LocalDate date,
        @JsonPropertyDescription("Who did it: a department, or the outside security firm.")
        String performedBy,
        @JsonPropertyDescription("The outside firm's qualification (资质), e.g. its CNAS or 等级保护测评 certificate; "
                + "for third-party assessments.")
        String qualification,
        @JsonPropertyDescription("Number of vulnerabilities or hidden dangers it found.")
        Integer findings,
        @JsonPropertyDescription("How many of them have been remedied so far.")
        Integer remediated,
        @JsonPropertyDescription("The deadline the company set for remedying the rest (及时处理/整改).")
        LocalDate remediationDue) implements Identified {

    /** Findings still open, or null when not stated. */
    public Integer open() {
        if (findings == null) {
            return null;
        }
        if (findings == 0) {
            return 0;
        }
        return remediated == null ? null : Math.max(0, findings - remediated);
    }
}
