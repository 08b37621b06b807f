package io.fitg.model.management;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.FactSource;
import io.fitg.model.Identified;
import io.fitg.model.common.ActivityRecord;
import io.fitg.model.common.DocumentRecord;

import java.util.List;
import java.util.function.Consumer;

/**
 * Facts for chapter x.1 技术管理: organisation, training, staff quality, IT service providers, IT spend.
 * Every field may be left out (null: not stated, so the clauses that need it are INSUFFICIENT_DATA); an empty list
 * states that there are none.
 *
 * @param staff              the staff roster (HQ technology department, branch technicians, other role holders)
 * @param dutyDivision       the document dividing the technology department's duties (职责分工, 组织架构)
 * @param jobDescriptions    job descriptions (岗位说明书) of the technology posts
 * @param departureProcedure the procedure for technology staff leaving their posts (离岗管理制度)
 * @param itAudits           internal audits of how IT processes are carried out (IT流程执行情况审计), dated
 * @param governanceBodies   cross-department bodies for IT planning and network security
 * @param complianceRisk     the IT compliance and risk management mechanism and its yearly assessments
 * @param trainings          training sessions and courses, with attendees
 * @param trainingMaterials  training materials (培训教材) for staff taking up operating posts
 * @param trainingPlans      annual training plans of the HQ technology department, one per year
 * @param providers          current IT service providers
 * @param financialYears     IT spend, revenue and net profit by accounting year
 */
public record Management(
        @JsonPropertyDescription("The staff roster: everyone in the HQ technology department, branch technicians, and "
                + "HQ staff outside it who hold a role the guideline names (the internal IT auditor); people who left "
                + "stay listed with their leaving date.")
        List<StaffMember> staff,
        @JsonPropertyDescription("The document dividing the technology department's duties (职责分工 / 组织架构).")
        DocumentRecord dutyDivision,
        @JsonPropertyDescription("Job descriptions (岗位说明书) of the technology posts (an empty list: none).")
        List<JobDescription> jobDescriptions,
        @JsonPropertyDescription("The procedure for technology staff leaving their posts (离岗管理制度).")
        DocumentRecord departureProcedure,
        @JsonPropertyDescription("Internal audits of how IT processes are carried out (IT流程执行情况审计), dated "
                + "(an empty list: none).")
        List<ActivityRecord> itAudits,
        @JsonPropertyDescription("Cross-department bodies responsible for IT planning and network security management "
                + "(an empty list: none).")
        List<GovernanceBody> governanceBodies,
        @JsonPropertyDescription("The IT compliance and risk management mechanism and its yearly comprehensive assessments.")
        ComplianceRiskMechanism complianceRisk,
        @JsonPropertyDescription("Training sessions and courses (job, technical, security), with hours, organiser and "
                + "attendees (an empty list: none).")
        List<TrainingRecord> trainings,
        @JsonPropertyDescription("Training materials (培训教材) used to train staff taking up operating posts "
                + "(an empty list: none).")
        List<DocumentRecord> trainingMaterials,
        @JsonPropertyDescription("Annual training plans (年度培训计划) of the HQ technology department, one per year, with "
                + "their execution (an empty list: none).")
        List<TrainingPlan> trainingPlans,
        @JsonPropertyDescription("Current IT service providers (an empty list: none).")
        List<ServiceProvider> providers,
        @JsonPropertyDescription("IT spend, operating revenue and net profit by accounting year.")
        List<FinancialYear> financialYears) implements FactSource, Identified {

    public Management {
        staff = staff == null ? null : List.copyOf(staff);
        jobDescriptions = jobDescriptions == null ? null : List.copyOf(jobDescriptions);
        itAudits = itAudits == null ? null : List.copyOf(itAudits);
        governanceBodies = governanceBodies == null ? null : List.copyOf(governanceBodies);
        trainings = trainings == null ? null : List.copyOf(trainings);
        trainingMaterials = trainingMaterials == null ? null : List.copyOf(trainingMaterials);
        trainingPlans = trainingPlans == null ? null : List.copyOf(trainingPlans);
        providers = providers == null ? null : List.copyOf(providers);
        financialYears = financialYears == null ? null : List.copyOf(financialYears);
    }

    @Override
    public String id() {
        return "management";
    }

    @Override
    public void collect(Consumer<Object> sink) {
        sink.accept(this);
        FactSource.each(staff, sink);
        FactSource.each(providers, sink);
    }
}
