package io.fitg.rules.management;

import io.fitg.model.management.ComplianceRiskMechanism;
import io.fitg.model.management.GovernanceBody;
import io.fitg.model.management.JobDescription;
import io.fitg.model.management.Management;
import io.fitg.model.management.StaffMember;
import io.fitg.rules.support.Calc;
import io.fitg.rules.support.Tri;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Organisation checks of chapter x.1 (x.1.1): department, audit, governance body, compliance and risk. */
public final class Organisation {
    private Organisation() {
    }

    /**
     * 定期 (regularly) without a stated period is read as at least once a year: the latest record must be within
     * one year before the as-of date.
     */
    public static final Period REGULAR = Period.ofYears(1);

    /** 每年 / 至少每年一次. */
    public static final Period YEARLY = Period.ofYears(1);

    // ---------------------------------------------------------------- x.1.1.1

    /**
     * x.1.1.1: a technology department with full-time staff, a written division of duties, and a job description
     * for every post its staff hold.
     */
    public static Result techDepartment(Management m, LocalDate asOf) {
        Result r = Result.expect("a technology department with full-time technology staff, a written division of "
                + "duties, and a job description for every post held");
        if (m.staff() == null) {
            return r.insufficient("management.staff");
        }
        List<StaffMember> tech = Staffing.hqTech(m.staff(), asOf);
        Tri fullTime = tech.isEmpty() ? Tri.FALSE : Tri.any(tech, StaffMember::fullTime);
        // P6: someone whose department is not stated may be the department's full-time technologist
        List<StaffMember> maybe = Staffing.maybeHqTech(m.staff(), asOf).stream()
                .filter(s -> !Calc.no(s.fullTime())).toList();
        if (fullTime == Tri.FALSE && !maybe.isEmpty()) {
            fullTime = Tri.UNKNOWN;
        }
        long fullTimeCount = tech.stream().filter(s -> Calc.yes(s.fullTime())).count();
        Tri division = Docs.issuedBy(m.dutyDivision(), asOf);

        Set<String> posts = new LinkedHashSet<>();
        List<String> noPost = new ArrayList<>();
        for (StaffMember s : tech) {
            if (s.post() == null || s.post().isBlank()) {
                noPost.add(s.id());
            } else {
                posts.add(s.post().trim());
            }
        }
        List<String> undescribed = new ArrayList<>();
        List<String> undated = new ArrayList<>();
        Tri descriptions;
        if (m.jobDescriptions() == null) {
            descriptions = Tri.UNKNOWN;
        } else {
            for (String p : posts) {
                Tri t = Tri.any(m.jobDescriptions().stream().filter(j -> j.post() != null && j.post().trim().equals(p)).toList(),
                        (JobDescription j) -> j.issued() == null ? null : !j.issued().isAfter(asOf));
                if (t == Tri.FALSE) {
                    undescribed.add(p);
                } else if (t == Tri.UNKNOWN) {
                    undated.add(p);
                }
            }
            descriptions = !undescribed.isEmpty() ? Tri.FALSE
                    : (!undated.isEmpty() || !noPost.isEmpty()) ? Tri.UNKNOWN : Tri.TRUE;
        }
        r.observed(tech.size() + " HQ technology staff, " + fullTimeCount + " full-time; division of duties "
                        + Docs.describe(m.dutyDivision(), asOf) + "; " + posts.size() + " posts"
                        + (m.jobDescriptions() == null ? ", job descriptions not stated"
                        : undescribed.isEmpty() ? "" : ", without a job description: " + Texts.list(undescribed))
                        + (noPost.isEmpty() ? "" : "; post not stated for " + Texts.list(noPost))
                        + (fullTime == Tri.UNKNOWN && !maybe.isEmpty() ? "; department not stated for "
                        + Texts.list(Staffing.ids(maybe)) : ""))
                .situation("总部技术部门有员工" + tech.size() + "人，其中专职" + fullTimeCount + "人，设" + posts.size() + "个岗位；"
                        + (division == Tri.TRUE ? "已制定职责分工文件" : "未见职责分工文件")
                        + (undescribed.isEmpty() ? "" : "；缺少岗位说明的岗位：" + Texts.zhList(undescribed)) + "。")
                .facts(m.staff() == null ? List.of() : noPost);
        List<String> missing = new ArrayList<>();
        if (fullTime == Tri.UNKNOWN) {
            missing.add(maybe.isEmpty() || tech.stream().anyMatch(t -> t.fullTime() == null)
                    ? "management.staff[].fullTime" : Staffing.deptFields(maybe));
        }
        if (division == Tri.UNKNOWN) {
            missing.add("management.dutyDivision");
        }
        if (descriptions == Tri.UNKNOWN) {
            missing.add(m.jobDescriptions() == null ? "management.jobDescriptions"
                    : !noPost.isEmpty() ? "management.staff[].post" : "management.jobDescriptions[].issued");
        }
        return r.over(m, tech).decide(fullTime.and(division).and(descriptions), String.join(", ", missing));
    }

    // ---------------------------------------------------------------- x.1.1.4

    /** x.1.1.4: an internal IT audit post held by someone in post, and IT audits done regularly (within a year). */
    public static Result internalAudit(Management m, LocalDate asOf) {
        Result r = Result.expect("an internal IT auditor in post and an audit of IT processes within the last year");
        List<StaffMember> staff = m.staff() == null ? null : Staffing.inPost(m.staff(), asOf);
        Tri auditor;
        List<StaffMember> auditors = List.of();
        if (staff == null) {
            auditor = Tri.UNKNOWN;
        } else {
            auditors = staff.stream().filter(s -> Staffing.hasRole(s, Vocab.IT_AUDITOR)).toList();
            auditor = !auditors.isEmpty() ? Tri.TRUE
                    : staff.stream().anyMatch(s -> s.roles() == null) ? Tri.UNKNOWN : Tri.FALSE;
        }
        Tri audited = Docs.doneWithin(m.itAudits(), asOf, REGULAR);
        r.observed((staff == null ? "staff not stated" : auditors.size() + (auditors.size() == 1 ? " internal IT auditor" : " internal IT auditors")
                        + (auditors.isEmpty() ? "" : " (" + Texts.list(Staffing.ids(auditors)) + ")"))
                        + "; IT audits: " + Docs.latestText(m.itAudits(), asOf))
                .situation((auditors.isEmpty() ? "未见内部IT审计岗位人员" : "公司设有内部IT审计岗位（" + Texts.zhList(Staffing.ids(auditors)) + "）")
                        + "；" + Docs.latest(m.itAudits() == null ? List.of() : m.itAudits(), asOf)
                        .map(d -> "最近一次IT流程执行情况审计于" + d + "。").orElse("未见IT流程执行情况审计记录。"))
                .facts(auditors);
        List<String> missing = new ArrayList<>();
        if (auditor == Tri.UNKNOWN) {
            missing.add(staff == null ? "management.staff" : "management.staff[].roles");
        }
        if (audited == Tri.UNKNOWN) {
            missing.add(m.itAudits() == null ? "management.itAudits" : "management.itAudits[].date");
        }
        return r.decide(auditor.and(audited), String.join(", ", missing));
    }

    // ---------------------------------------------------------------- x.1.1.5

    /**
     * x.1.1.5: a cross-department body (members from two or more departments), set up by the as-of date, whose
     * duties (together with other such bodies) include system planning, security management and IT governance.
     */
    public static Result governanceBody(Management m, LocalDate asOf) {
        Result r = Result.expect("a cross-department body (2+ departments) for IT planning and network security whose "
                + "duties include system planning, security management and IT governance");
        if (m.governanceBodies() == null) {
            return r.insufficient("management.governanceBodies");
        }
        Set<String> covered = new LinkedHashSet<>();
        List<String> valid = new ArrayList<>();
        List<String> unknownBodies = new ArrayList<>();
        List<GovernanceBody> validBodies = new ArrayList<>();
        for (GovernanceBody b : m.governanceBodies()) {
            Tri established = b.established() == null ? Tri.UNKNOWN : Tri.of(!b.established().isAfter(asOf));
            Tri cross = b.departments() == null ? Tri.UNKNOWN
                    : Tri.of(b.departments().stream().filter(d -> d != null && !d.isBlank()).map(String::trim)
                    .distinct().count() >= 2);
            Tri ok = established.and(cross);
            String name = b.name() != null ? b.name() : b.id();
            if (ok == Tri.TRUE) {
                valid.add(name);
                validBodies.add(b);
                if (b.duties() == null) {
                    unknownBodies.add(name);
                }
                for (String d : Vocab.GOVERNANCE_DUTIES) {
                    if (Vocab.has(b.duties(), d)) {
                        covered.add(d);
                    }
                }
            } else if (ok == Tri.UNKNOWN) {
                unknownBodies.add(name);
            }
        }
        List<String> uncovered = Vocab.GOVERNANCE_DUTIES.stream().filter(d -> !covered.contains(d)).toList();
        r.observed(valid.isEmpty() ? "no cross-department body set up by " + asOf
                        : Texts.list(valid) + "; duties missing: " + Texts.list(uncovered))
                .situation(valid.isEmpty() ? "未见已成立的跨部门信息技术规划和网络安全管理机构。"
                        : "公司已成立" + Texts.zhList(valid) + "，" + (uncovered.isEmpty() ? "职责涵盖系统规划、安全管理、IT治理。"
                        : "职责未涵盖：" + Texts.zhList(uncovered.stream().map(Vocab::zh).toList()) + "。"))
                .facts(validBodies)
                .over(m.governanceBodies().isEmpty() ? "management.governanceBodies" : m.governanceBodies());
        if (!valid.isEmpty() && uncovered.isEmpty()) {
            return r.decide(true);
        }
        if (!unknownBodies.isEmpty()) {
            return r.insufficient("management.governanceBodies[].established, departments, duties");
        }
        return r.decide(false);
    }

    // ---------------------------------------------------------------- x.1.1.6

    /**
     * x.1.1.6: a written IT compliance and risk mechanism covering assessment, identification, monitoring and
     * intervention, in which the compliance / risk department takes part and has issued opinions independently.
     */
    public static Result complianceMechanism(Management m, LocalDate asOf) {
        Result r = Result.expect("a written IT compliance and risk mechanism covering assessment, identification, "
                + "monitoring and intervention, with the compliance department taking part and issuing independent opinions");
        ComplianceRiskMechanism c = m.complianceRisk();
        if (c == null) {
            return r.insufficient("management.complianceRisk");
        }
        Tri policy = Docs.issuedBy(c.policy(), asOf);
        List<String> missingStages = Vocab.MECHANISM_STAGES.stream().filter(s -> !Vocab.has(c.stages(), s)).toList();
        Tri stages = c.stages() == null ? Tri.UNKNOWN : Tri.of(missingStages.isEmpty());
        Tri participates = Tri.of(c.complianceDepartmentParticipates());
        Tri opinions = Docs.doneBy(c.independentOpinions(), asOf);
        r.observed("policy " + Docs.describe(c.policy(), asOf)
                        + "; stages missing: " + (c.stages() == null ? "not stated" : Texts.list(missingStages))
                        + "; compliance department takes part: " + Texts.orDash(c.complianceDepartmentParticipates())
                        + "; independent opinions: " + (c.independentOpinions() == null ? "not stated"
                        : Docs.latestText(c.independentOpinions(), asOf)))
                .situation((policy == Tri.TRUE ? "公司已建立信息技术合规与风险管理机制" : "未见信息技术合规与风险管理机制文件")
                        + (c.stages() != null && !missingStages.isEmpty()
                        ? "，未涵盖" + Texts.zhList(missingStages.stream().map(Vocab::zh).toList()) + "环节" : "")
                        + "；合规风控管理部门" + (participates == Tri.TRUE ? "参与该机制" : participates == Tri.FALSE ? "未参与该机制" : "是否参与未说明")
                        + (opinions == Tri.TRUE ? "，并独立出具意见。" : "，未见其独立出具的意见。"));
        List<String> missing = new ArrayList<>();
        if (policy == Tri.UNKNOWN) {
            missing.add("management.complianceRisk.policy");
        }
        if (stages == Tri.UNKNOWN) {
            missing.add("management.complianceRisk.stages");
        }
        if (participates == Tri.UNKNOWN) {
            missing.add("management.complianceRisk.complianceDepartmentParticipates");
        }
        if (opinions == Tri.UNKNOWN) {
            missing.add("management.complianceRisk.independentOpinions");
        }
        return r.over("management.complianceRisk").decide(policy.and(stages).and(participates).and(opinions), String.join(", ", missing));
    }

    // ---------------------------------------------------------------- x.1.1.7

    /** Whether the stated retention meets {@code years}: permanent, or a period of at least that many years. */
    public static Tri retentionMeets(ComplianceRiskMechanism c, int years) {
        if (Calc.yes(c.assessmentRetentionPermanent())) {
            return Tri.TRUE;
        }
        if (c.assessmentRetentionYears() != null) {
            return Tri.of(c.assessmentRetentionYears() >= years);
        }
        return Tri.UNKNOWN;
    }

    /**
     * x.1.1.7: a comprehensive IT compliance-risk assessment within the last year, and its records kept at least
     * {@code retentionYears} years.
     */
    public static Result complianceAssessment(Management m, LocalDate asOf, int retentionYears) {
        Result r = Result.expect("a comprehensive IT compliance-risk assessment within the last year; records kept at "
                + "least " + retentionYears + " years");
        ComplianceRiskMechanism c = m.complianceRisk();
        if (c == null) {
            return r.insufficient("management.complianceRisk");
        }
        Tri recent = Docs.doneWithin(c.assessments(), asOf, YEARLY);
        Tri kept = retentionMeets(c, retentionYears);
        String retention = Calc.yes(c.assessmentRetentionPermanent()) ? "permanent"
                : c.assessmentRetentionYears() == null ? "not stated" : c.assessmentRetentionYears() + " years";
        r.observed("assessments: " + Docs.latestText(c.assessments(), asOf) + "; retention " + retention)
                .situation(Docs.latest(c.assessments() == null ? List.of() : c.assessments(), asOf)
                        .map(d -> "最近一次信息技术应用合规风险全面评估于" + d).orElse("未见信息技术应用合规风险全面评估记录")
                        + "；评估记录保存期限" + (Calc.yes(c.assessmentRetentionPermanent()) ? "为永久"
                        : c.assessmentRetentionYears() == null ? "未说明" : "为" + c.assessmentRetentionYears() + "年") + "。");
        List<String> missing = new ArrayList<>();
        if (recent == Tri.UNKNOWN) {
            missing.add("management.complianceRisk.assessments");
        }
        if (kept == Tri.UNKNOWN) {
            missing.add("management.complianceRisk.assessmentRetentionYears");
        }
        return r.over("management.complianceRisk").decide(recent.and(kept), String.join(", ", missing));
    }
}
