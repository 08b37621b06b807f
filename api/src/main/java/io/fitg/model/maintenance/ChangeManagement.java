package io.fitg.model.maintenance;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.FactSource;
import io.fitg.model.Identified;
import io.fitg.model.common.DocumentRecord;

import java.util.List;
import java.util.function.Consumer;

/**
 * x.7.1 变更管理: the change-management policy, the log of changes to the core systems and the periodic risk
 * assessments.
 *
 * @param policies        变更管理制度: the documents that establish change management ([] when there are none)
 * @param changes         every software and hardware change made to the core systems, from the change log and the
 *                        operation records, whether or not it went through change management ([] when none)
 * @param riskAssessments the risk assessments carried out (风险评估), dated, with the risks they found
 */
public record ChangeManagement(
        @JsonPropertyDescription("变更管理制度: the documents that establish change management; [] when there are none.")
        List<DocumentRecord> policies,
        @JsonPropertyDescription("Every software and hardware change made to the core systems (from the change log and the operation records, whether or not it went through change management); [] when there were none.")
        List<Change> changes,
        @JsonPropertyDescription("The risk assessments carried out (风险评估), dated, with the risks each found and their handling; [] when none.")
        List<RiskAssessment> riskAssessments) implements FactSource, Identified {

    public ChangeManagement {
        policies = policies == null ? null : List.copyOf(policies);
        changes = changes == null ? null : List.copyOf(changes);
        riskAssessments = riskAssessments == null ? null : List.copyOf(riskAssessments);
    }

    @Override
    public String id() {
        return "maintenance.changeManagement";
    }

    @Override
    public void collect(Consumer<Object> sink) {
        sink.accept(this);
        FactSource.each(changes, sink);
        FactSource.each(riskAssessments, sink);
    }
}
