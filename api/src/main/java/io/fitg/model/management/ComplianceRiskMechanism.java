package io.fitg.model.management;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.common.ActivityRecord;
import io.fitg.model.common.DocumentRecord;

import java.util.List;

/**
 * The IT compliance and risk management mechanism (信息技术合规与风险管理机制) and its yearly assessments.
 *
 * @param policy                          the document that sets up the mechanism
 * @param stages                          the stages it covers: assessment, identification, monitoring, intervention
 * @param complianceDepartmentParticipates the compliance / risk department takes part in it
 * @param independentOpinions             opinions the compliance / risk department issued on its own (独立出具意见)
 * @param assessments                     comprehensive assessments of IT compliance risk (全面评估), dated
 * @param assessmentRetentionYears        how long the assessment records are kept, in years, by policy
 * @param assessmentRetentionPermanent    the assessment records are kept permanently (永久保存)
 */
public record ComplianceRiskMechanism(
        @JsonPropertyDescription("The document that sets up the mechanism (制度), with its dates.")
        DocumentRecord policy,
        @JsonPropertyDescription("The stages of the IT application process it covers: assessment (评估), "
                + "identification (识别), monitoring (监控), intervention (干预).")
        List<String> stages,
        @JsonPropertyDescription("The compliance / risk-control department takes part in the mechanism.")
        Boolean complianceDepartmentParticipates,
        @JsonPropertyDescription("Opinions the compliance / risk-control department issued independently, dated "
                + "(an empty list: none).")
        List<ActivityRecord> independentOpinions,
        @JsonPropertyDescription("Comprehensive assessments of the company's IT compliance risk (全面评估), dated "
                + "(an empty list: none).")
        List<ActivityRecord> assessments,
        @JsonPropertyDescription("Retention period of the assessment records, in years, as the company's policy states it.")
        Integer assessmentRetentionYears,
        @JsonPropertyDescription("The assessment records are kept permanently (永久保存).")
        Boolean assessmentRetentionPermanent) {

    public ComplianceRiskMechanism {
        stages = stages == null ? null : List.copyOf(stages);
        independentOpinions = independentOpinions == null ? null : List.copyOf(independentOpinions);
        assessments = assessments == null ? null : List.copyOf(assessments);
    }
}
