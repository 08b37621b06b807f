package io.fitg.api;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A company's tailoring of the catalog: stricter internal thresholds, and clauses marked out of scope. Tailoring
 * never silently relaxes a regulatory threshold: a relaxation (a weaker parameter, or a mandatory clause put out
 * of scope) is refused unless marked {@code relaxation: true}, and is then shown in every report.
 *
 * @param name       a name for this tailoring, shown in reports
 * @param thresholds parameter overrides
 * @param outOfScope clauses (or requirements) put out of scope, with a reason
 */
public record Tailoring(
        @JsonPropertyDescription("a name for this tailoring, shown in reports") String name,
        @JsonPropertyDescription("parameter overrides") List<Threshold> thresholds,
        @JsonPropertyDescription("clauses or requirements put out of scope") List<OutOfScope> outOfScope) {

    public Tailoring {
        thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
        outOfScope = outOfScope == null ? List.of() : List.copyOf(outOfScope);
    }

    /**
     * A parameter override, e.g. {@code {requirement: management.tech-staff-ratio, params: {minPercent: 10}}}.
     *
     * @param clause      one clause id, or
     * @param requirement a requirement key (every clause of it)
     * @param params      parameter name → new value
     * @param reason      why
     * @param relaxation  must be true when any value is weaker than the guideline's
     */
    public record Threshold(
            @JsonPropertyDescription("a clause id") String clause,
            @JsonPropertyDescription("a requirement key (all its clauses)") String requirement,
            @JsonPropertyDescription("parameter name -> new value") Map<String, BigDecimal> params,
            @JsonPropertyDescription("why the threshold is tailored") String reason,
            @JsonPropertyDescription("true when a value is weaker than the guideline's (shown in every report)") Boolean relaxation) {
        public Threshold {
            params = params == null ? Map.of() : Map.copyOf(params);
        }
    }

    /**
     * A clause or requirement out of scope.
     *
     * @param clause      one clause id, or
     * @param requirement a requirement key
     * @param reason      why (required)
     * @param relaxation  must be true when it puts a mandatory clause out of scope
     */
    public record OutOfScope(
            @JsonPropertyDescription("a clause id") String clause,
            @JsonPropertyDescription("a requirement key (all its clauses)") String requirement,
            @JsonPropertyDescription("why it is out of scope (required)") String reason,
            @JsonPropertyDescription("true when it puts a mandatory clause out of scope") Boolean relaxation) {
    }
}
