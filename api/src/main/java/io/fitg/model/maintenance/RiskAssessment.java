package io.fitg.model.maintenance;

import io.fitg.model.validation.PersonalData;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

import java.time.LocalDate;
import java.util.List;

/**
 * One risk assessment of the information systems (风险评估, x.7.1.9).
 *
 * @param id          the report number
 * @param date        when it was completed
 * @param scope       what it covered
 * @param performedBy who carried it out
 * @param findings    the risks it found (风险隐患), each with its handling; [] when it found none
 */
public record RiskAssessment(
        @JsonPropertyDescription("The report number.")
        String id,
        @JsonPropertyDescription("When the assessment was completed.")
        LocalDate date,
        @JsonPropertyDescription("What the assessment covered.")
        String scope,
        @JsonPropertyDescription("Who carried it out (a department or an outside body).")
        @PersonalData String performedBy,
        @JsonPropertyDescription("The risks it found (风险隐患), each with its handling (予以处理); [] when it found none.")
        List<Action> findings) implements Identified {

    public RiskAssessment {
        findings = findings == null ? null : List.copyOf(findings);
    }
}
