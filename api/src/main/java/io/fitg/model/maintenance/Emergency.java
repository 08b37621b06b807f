package io.fitg.model.maintenance;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.FactSource;
import io.fitg.model.Identified;
import io.fitg.model.common.DocumentRecord;

import java.util.List;
import java.util.function.Consumer;

/**
 * x.7.4 应急演练: the emergency organisation, the written emergency plans, what made them change, the industry tests
 * and drills, the company's own drill plans and drills, and the emergency tools.
 *
 * @param organisationDocuments the documents that set up the organisation for network and information security
 *                              incidents (应急组织体系), e.g. the decision establishing the emergency leading group
 * @param organisation          its members and their roles, current and past
 * @param plans                 the written emergency plans (应急预案) with their troubleshooting procedures
 * @param planTriggers          changes of organisation, staff or technology (机构、人员、技术等变化) that affect
 *                              emergency plans ([] when there were none)
 * @param industryExercises     the tests and emergency drills organised by exchanges and other industry bodies
 *                              (交易所等行业相关机构组织的测试和应急演练) the company was called to, with its participation
 * @param drillPlans            the company's emergency drill plans (应急演练计划)
 * @param drills                the emergency drills it carried out
 * @param tools                 the tools, equipment and facilities prepared for executing the plans (工具和设备设施)
 */
public record Emergency(
        @JsonPropertyDescription("The documents that set up the organisation for network and information security incidents (应急组织体系), e.g. the decision establishing the emergency leading group; [] when there are none.")
        List<DocumentRecord> organisationDocuments,
        @JsonPropertyDescription("The members of the emergency organisation and their roles, current and past; [] when there are none.")
        List<RoleHolder> organisation,
        @JsonPropertyDescription("The written emergency plans (书面的应急预案) and their troubleshooting procedures (排障流程); [] when there are none.")
        List<EmergencyPlan> plans,
        @JsonPropertyDescription("Changes of organisation, staff or technology (机构、人员、技术等变化) that affect emergency plans, dated; [] when there were none.")
        List<PlanTrigger> planTriggers,
        @JsonPropertyDescription("The tests and emergency drills organised by exchanges and other industry bodies (交易所等行业相关机构组织的测试和应急演练) the company was called to, with its participation; [] when none.")
        List<IndustryExercise> industryExercises,
        @JsonPropertyDescription("The company's emergency drill plans (应急演练计划); [] when there are none.")
        List<DrillPlan> drillPlans,
        @JsonPropertyDescription("The emergency drills the company carried out, dated; [] when none.")
        List<Drill> drills,
        @JsonPropertyDescription("The tools, equipment and facilities prepared for executing the emergency plans (必要工具和设备设施); [] when none.")
        List<EmergencyTool> tools) implements FactSource, Identified {

    public Emergency {
        organisationDocuments = organisationDocuments == null ? null : List.copyOf(organisationDocuments);
        organisation = organisation == null ? null : List.copyOf(organisation);
        plans = plans == null ? null : List.copyOf(plans);
        planTriggers = planTriggers == null ? null : List.copyOf(planTriggers);
        industryExercises = industryExercises == null ? null : List.copyOf(industryExercises);
        drillPlans = drillPlans == null ? null : List.copyOf(drillPlans);
        drills = drills == null ? null : List.copyOf(drills);
        tools = tools == null ? null : List.copyOf(tools);
    }

    @Override
    public String id() {
        return "maintenance.emergency";
    }

    @Override
    public void collect(Consumer<Object> sink) {
        sink.accept(this);
        FactSource.each(plans, sink);
        FactSource.each(planTriggers, sink);
        FactSource.each(industryExercises, sink);
        FactSource.each(drillPlans, sink);
        FactSource.each(drills, sink);
        FactSource.each(tools, sink);
    }
}
