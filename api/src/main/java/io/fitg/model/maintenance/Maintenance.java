package io.fitg.model.maintenance;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.FactSource;
import io.fitg.model.Identified;

import java.util.List;
import java.util.function.Consumer;

/**
 * Facts for chapter x.7 系统维护: change management and testing (x.7.1), configuration management (x.7.2),
 * capacity management (x.7.3), emergency drills (x.7.4) and technical incidents (x.7.5). Records, not verdicts:
 * change logs, dated assessments, drills and incidents; the rules judge them against the as-of date.
 *
 * @param coreSystems         the core systems (核心系统, 1.4.1: trading, settlement, risk control, bank-futures
 *                            transfer…) by name; capacity assessments, configuration comparisons and emergency plans
 *                            name the systems they cover the same way
 * @param changeManagement    x.7.1 变更管理: policy, change log, risk assessments
 * @param testing             x.7.1 测试管理: policy, owner, environments, production tests, test data
 * @param configuration       x.7.2 配置管理
 * @param capacityAssessments x.7.3 容量管理: the performance and capacity assessments of core systems, dated, with
 *                            their improvement plans ([] when none)
 * @param emergency           x.7.4 应急演练
 * @param incidentManagement  x.7.5 技术事故管理
 */
public record Maintenance(
        @JsonPropertyDescription("The core systems (核心系统, 1.4.1: trading, settlement, risk control, bank-futures transfer…) by name; capacity assessments, configuration comparisons and emergency plans name the systems they cover the same way.")
        List<String> coreSystems,
        @JsonPropertyDescription("x.7.1 变更管理: change-management policy, the log of changes to core systems, risk assessments.")
        ChangeManagement changeManagement,
        @JsonPropertyDescription("x.7.1 测试管理: test policy and process, test owner, test environments, tests in production, test data.")
        Testing testing,
        @JsonPropertyDescription("x.7.2 配置管理: environment documents, configuration backups and restoration, policy, library, owner, comparisons.")
        Configuration configuration,
        @JsonPropertyDescription("x.7.3 容量管理: the performance and capacity assessments of core systems, dated, with their improvement plans; [] when none.")
        List<CapacityAssessment> capacityAssessments,
        @JsonPropertyDescription("x.7.4 应急演练: emergency organisation, plans, plan triggers, industry exercises, drill plans, drills, tools.")
        Emergency emergency,
        @JsonPropertyDescription("x.7.5 技术事故管理: incident reporting policy and the technical incidents.")
        IncidentManagement incidentManagement) implements FactSource, Identified {

    public Maintenance {
        coreSystems = coreSystems == null ? null : List.copyOf(coreSystems);
        capacityAssessments = capacityAssessments == null ? null : List.copyOf(capacityAssessments);
    }

    @Override
    public String id() {
        return "maintenance";
    }

    @Override
    public void collect(Consumer<Object> sink) {
        sink.accept(this);
        FactSource.one(changeManagement, sink);
        FactSource.one(testing, sink);
        FactSource.one(configuration, sink);
        FactSource.each(capacityAssessments, sink);
        FactSource.one(emergency, sink);
        FactSource.one(incidentManagement, sink);
    }
}
