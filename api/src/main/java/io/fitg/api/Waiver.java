package io.fitg.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import java.time.LocalDate;
import java.util.List;

/**
 * A recorded exception: the findings it covers become {@link Status#WAIVED} until it expires.
 *
 * @param id            the waiver's own id, shown in reports
 * @param clauses       clause ids it covers (e.g. {@code 4.6.2.9})
 * @param requirements  requirement keys it covers (every clause of the requirement)
 * @param justification why the exception is accepted (required)
 * @param approver      who approved it (required)
 * @param expires       the last day it applies (required); from the day after, it no longer counts
 * @param mandatory     must be true to waive a mandatory ([必须]) clause: the waiver says so explicitly
 */
public record Waiver(
        @JsonPropertyDescription("the waiver's id, shown in reports") String id,
        @JsonPropertyDescription("clause ids it covers, e.g. 4.6.2.9") List<String> clauses,
        @JsonPropertyDescription("requirement keys it covers (all their clauses)") List<String> requirements,
        @JsonPropertyDescription("why the exception is accepted (required)") String justification,
        @JsonPropertyDescription("who approved it (required)") String approver,
        @JsonPropertyDescription("last day the waiver applies (required, YYYY-MM-DD)") LocalDate expires,
        @JsonPropertyDescription("true to allow waiving mandatory ([必须]) clauses") Boolean mandatory) {

    public Waiver {
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
    }

    public boolean covers(Clause c) {
        return clauses.contains(c.id()) || requirements.contains(c.requirement());
    }

    /** In force on {@code asOf}: not expired before it. */
    public boolean inForce(LocalDate asOf) {
        return !expires.isBefore(asOf);
    }

    public boolean allowsMandatory() {
        return Boolean.TRUE.equals(mandatory);
    }
}
