package io.fitg.rules.maintenance;

import io.fitg.model.maintenance.Action;
import io.fitg.model.maintenance.Change;
import io.fitg.model.maintenance.ChangeManagement;
import io.fitg.model.maintenance.Maintenance;
import io.fitg.model.maintenance.RiskAssessment;
import io.fitg.model.maintenance.Step;
import io.fitg.rules.maintenance.Common.When;
import io.fitg.rules.support.Calc;
import io.fitg.rules.support.Tri;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** x.7.1 变更管理: the change log against the steps each change needs, and the periodic risk assessments. */
public final class ChangeChecks {
    static final String CM = "maintenance.changeManagement";
    static final String CHANGES = CM + ".changes";

    private ChangeChecks() {
    }

    /** The changes made on or before {@code asOf} (undated ones included: their date is unknown, not later). */
    static List<Change> made(List<Change> changes, LocalDate asOf) {
        return changes.stream().filter(c -> c.date() == null || !c.date().isAfter(asOf)).toList();
    }

    static String path(Change c, String step) {
        return CHANGES + "[" + (c.id() == null ? "?" : c.id()) + "]." + step;
    }

    private static Check missingLog(Maintenance m, String expected) {
        String p = m.changeManagement() == null ? CM : CHANGES;
        return Check.insufficient(p, expected, p + " not stated", "未提供变更记录。", List.of(p));
    }

    /**
     * Every change made by {@code asOf} judged by {@code test}; an explicit log with none is met (COMPLIANT, "no
     * change recorded up to …"): the clauses state no condition, so they are never NOT_APPLICABLE.
     */
    private static Check everyChange(Maintenance m, LocalDate asOf, String expected, String whatEn, String whatZh,
                                     Function<Change, Judged> test) {
        ChangeManagement cm = m.changeManagement();
        if (cm == null || cm.changes() == null) {
            return missingLog(m, expected);
        }
        List<Change> made = made(cm.changes(), asOf);
        if (made.isEmpty()) {
            return Check.vacuous(expected, "no change recorded up to " + asOf + ": nothing the clause covers went wrong",
                    "截至" + asOf + "变更记录中无变更，无不符合本条的情形。", List.of(CHANGES));
        }
        Tally t = new Tally();
        for (Change c : made) {
            t.add(c, test.apply(c));
        }
        String obs = made.size() + " change(s) up to " + asOf + ", " + t.passed() + " with " + whatEn + t.suffixEn();
        String zh = "截至" + asOf + "共有变更" + made.size() + "项，" + t.passed() + "项" + whatZh + t.suffixZh();
        return Check.of(t.tri(), expected, obs, zh, t.missingPaths(), t.tri() == Tri.TRUE ? List.of(CHANGES) : t.facts());
    }

    /**
     * Like {@link #everyChange} over the changes a condition selects (风险较大的变更); a change whose condition is
     * unknown counts only when its step is not shown done. NOT_APPLICABLE when no change meets the condition.
     */
    private static Check everySelected(Maintenance m, LocalDate asOf, String expected, String scopeEn,
                                       String scopeZh, Function<Change, Boolean> condition,
                                       Function<Change, String> conditionPath, String whatEn, String whatZh,
                                       Function<Change, Judged> test) {
        ChangeManagement cm = m.changeManagement();
        if (cm == null || cm.changes() == null) {
            return missingLog(m, expected);
        }
        List<Change> made = made(cm.changes(), asOf);
        Tally t = new Tally();
        int selected = 0;
        for (Change c : made) {
            Boolean cond = condition.apply(c);
            if (Boolean.FALSE.equals(cond)) {
                continue;
            }
            Judged j = test.apply(c);
            if (cond == null) {
                if (j.tri() == Tri.TRUE) {
                    t.add(c, j); // the step is shown done: the clause is met whatever the change's class
                    continue;
                }
                j = Judged.unknown("not stated whether it is a " + scopeEn + ", and " + j.en(),
                        "未说明是否属于" + scopeZh + "，且" + j.zh(), conditionPath.apply(c));
            } else {
                selected++;
            }
            t.add(c, j);
        }
        if (t.checked == 0) {
            return Check.notApplicable("no " + scopeEn + " up to " + asOf, expected,
                    made.size() + " change(s) up to " + asOf + ", none a " + scopeEn,
                    "截至" + asOf + "共有变更" + made.size() + "项，其中无" + scopeZh + "，本条不适用。",
                    List.of(CHANGES));
        }
        String obs = made.size() + " change(s) up to " + asOf + ", " + selected + " of them a " + scopeEn + "; "
                + t.passed() + " with " + whatEn + t.suffixEn();
        String zh = "截至" + asOf + "共有变更" + made.size() + "项，其中" + scopeZh + selected + "项，"
                + t.passed() + "项" + whatZh + t.suffixZh();
        return Check.of(t.tri(), expected, obs, zh, t.missingPaths(), t.tri() == Tri.TRUE ? List.of(CHANGES) : t.facts());
    }

    // x.7.1.1 应将所有涉及核心系统的软硬件变更纳入变更管理范围。
    public static Check scope(Maintenance m, LocalDate asOf) {
        String expected = "a change-management policy in force, and every software or hardware change to a core "
                + "system raised and approved as a change request on or before the day of the change";
        ChangeManagement cm = m.changeManagement();
        if (cm == null) {
            return Check.insufficient(CM, expected, CM + " not stated", "未提供变更管理资料。", List.of(CM));
        }
        Tri policy = Common.documents(cm.policies(), asOf);
        List<String> missing = new ArrayList<>();
        if (policy == Tri.UNKNOWN) {
            missing.add(cm.policies() == null ? CM + ".policies" : CM + ".policies[].issued");
        }
        Tally t = new Tally();
        List<Change> made = cm.changes() == null ? List.of() : made(cm.changes(), asOf);
        int core = 0;
        for (Change c : made) {
            if (Boolean.FALSE.equals(c.coreSystem())) {
                continue;
            }
            // a change is brought under change management by a request approved before it is made (on the day at the latest)
            Judged j = Common.step(c.request(), c.date(), When.BEFORE, false, asOf, "change request", "变更申请审批",
                    path(c, "request"));
            if (c.coreSystem() == null) {
                if (j.tri() == Tri.TRUE) {
                    t.add(c, j); // through change management whether or not it touches a core system
                    continue;
                }
                j = Judged.unknown("not stated whether it touches a core system, and " + j.en(),
                        "未说明是否涉及核心系统，且" + j.zh(), path(c, "coreSystem"));
            } else {
                core++;
            }
            t.add(c, j);
        }
        Tri changes = cm.changes() == null ? Tri.UNKNOWN : t.tri();
        if (cm.changes() == null) {
            missing.add(CHANGES);
        } else if (changes == Tri.UNKNOWN) {
            missing.add(t.missingPaths());
        }
        Tri all = policy.and(changes);
        String obs = "policy: " + Common.docsEn(cm.policies()) + "; "
                + (cm.changes() == null ? "change log not stated"
                : core + " core-system change(s) up to " + asOf + ", " + t.passed() + " through change management"
                + (t.tri() == Tri.TRUE ? "" : "; " + t.problemsEn()));
        String zh = (policy == Tri.TRUE ? "公司制定了" + Common.docsZh(cm.policies()) + "；"
                : policy == Tri.FALSE ? "公司无有效的变更管理制度；" : "变更管理制度资料不全；")
                + (cm.changes() == null ? "未提供变更记录。"
                : "截至" + asOf + "涉及核心系统的变更" + core + "项，其中" + t.passed() + "项履行了变更申请审批"
                + (t.tri() == Tri.TRUE ? "。" : "；" + t.problemsZh() + "。"));
        List<Object> facts = new ArrayList<>();
        facts.add(CM + ".policies");
        facts.addAll(t.facts());
        return Check.of(all, expected, obs, zh, String.join(", ", missing), facts);
    }

    // x.7.1.2 每次变更前应进行评估和必要的测试。
    public static Check assessmentAndTesting(Maintenance m, LocalDate asOf) {
        return assessmentAndTesting(m, asOf, true);
    }

    /**
     * As above; with {@code testing} false only the assessment is asked for (the earlier edition's 4.7.1.2:
     * 每次变更前应进行评估).
     */
    public static Check assessmentAndTesting(Maintenance m, LocalDate asOf, boolean testing) {
        if (!testing) {
            return everyChange(m, asOf, "every change assessed before it was made", "assessment beforehand",
                    "变更前进行了评估",
                    c -> Common.step(c.assessment(), c.date(), When.BEFORE, false, asOf, "pre-change assessment",
                            "变更前评估", path(c, "assessment")));
        }
        return everyChange(m, asOf, "every change assessed before it was made, and tested before it unless the "
                        + "assessment judged testing unnecessary", "assessment and necessary testing beforehand",
                "变更前进行了评估和必要的测试",
                c -> Common.step(c.assessment(), c.date(), When.BEFORE, false, asOf, "pre-change assessment",
                        "变更前评估", path(c, "assessment"))
                        .and(Common.step(c.test(), c.date(), When.BEFORE, true, asOf, "pre-change test", "变更前测试",
                                path(c, "test"))));
    }

    // x.7.1.3 所有变更操作应有操作记录。
    public static Check operationRecord(Maintenance m, LocalDate asOf) {
        return everyChange(m, asOf, "an operation record for every change", "an operation record", "有操作记录",
                c -> Common.step(c.operationRecord(), c.date(), When.ANY, false, asOf, "operation record",
                        "操作记录", path(c, "operationRecord")));
    }

    // x.7.1.4 所有变更应进行事后检查。
    public static Check postCheck(Maintenance m, LocalDate asOf) {
        return everyChange(m, asOf, "a check after every change, dated on or after the change",
                "a post-change check", "进行了事后检查",
                c -> Common.step(c.postCheck(), c.date(), When.AFTER, false, asOf, "post-change check", "事后检查",
                        path(c, "postCheck")));
    }

    // x.7.1.5 对于风险较大的变更，在条件允许的情况下，应制定应急和回退方案。
    public static Check rollbackPlan(Maintenance m, LocalDate asOf) {
        return everySelected(m, asOf, "a contingency and rollback plan made before every high-risk change, unless "
                        + "conditions did not allow one (recorded why)", "high-risk change", "风险较大的变更",
                Change::highRisk, c -> path(c, "highRisk"), "a contingency and rollback plan (or a recorded reason "
                        + "why conditions did not allow one)", "制定了应急和回退方案（或记录了条件不允许的原因）",
                c -> Common.step(c.rollbackPlan(), c.date(), When.BEFORE, true, asOf, "contingency and rollback plan",
                        "应急和回退方案", path(c, "rollbackPlan")));
    }

    // x.7.1.6 对于风险较大的变更，应在变更后对系统的运行情况进行跟踪。
    public static Check tracking(Maintenance m, LocalDate asOf) {
        return everySelected(m, asOf, "the system's operation tracked after every high-risk change",
                "high-risk change", "风险较大的变更", Change::highRisk, c -> path(c, "highRisk"), "post-change tracking", "在变更后进行了运行跟踪",
                c -> Common.step(c.tracking(), c.date(), When.AFTER, false, asOf, "post-change tracking",
                        "变更后运行跟踪", path(c, "tracking")));
    }

    // x.7.1.7 应及时对变更涉及的系统配置和操作手册进行修改。
    public static Check configAndManuals(Maintenance m, LocalDate asOf) {
        return everyChange(m, asOf, "the system configuration and operation manuals each change affected updated "
                        + "on or after the change and within " + Common.TIMELY_DAYS + " days of it (及时), or recorded as "
                        + "not affected", "configuration and manuals updated in time or not affected",
                "及时对涉及的系统配置和操作手册进行了修改（或记录了不涉及）",
                c -> Common.followUp(c.configUpdate(), c.date(), true, asOf, "configuration update",
                        "系统配置修改", path(c, "configUpdate"))
                        .and(Common.followUp(c.manualUpdate(), c.date(), true, asOf, "operation manual update",
                                "操作手册修改", path(c, "manualUpdate"))));
    }

    // x.7.1.8 对于风险较大的核心系统变更，在条件允许的情况下，应在上线前进行演练。
    public static Check rehearsal(Maintenance m, LocalDate asOf) {
        return everySelected(m, asOf, "a rehearsal before go-live of every high-risk change to a core system, unless "
                        + "conditions did not allow one (recorded why)", "high-risk core-system change", "风险较大的核心系统变更",
                c -> Tri.of(c.highRisk()).and(Tri.of(c.coreSystem())) == Tri.TRUE ? Boolean.TRUE
                        : Tri.of(c.highRisk()).and(Tri.of(c.coreSystem())) == Tri.FALSE ? Boolean.FALSE : null,
                c -> c.highRisk() == null ? path(c, "highRisk") : path(c, "coreSystem"),
                "a rehearsal before go-live (or a recorded reason why conditions did not allow one)",
                "在上线前进行了演练（或记录了条件不允许的原因）",
                c -> Common.step(c.rehearsal(), c.date(), When.BEFORE, true, asOf, "pre-go-live rehearsal", "上线前演练",
                        path(c, "rehearsal")));
    }

    // x.7.1.9 应定期进行风险评估，及时发现风险隐患，并予以处理。
    public static Check riskAssessment(Maintenance m, LocalDate asOf) {
        String expected = "a risk assessment within the year before " + asOf + " (定期, read as at least yearly), "
                + "and every risk found handled in time: completed by its due date, or within " + Common.TIMELY_DAYS
                + " days of being found when it has none (及时), or open and not yet past that date";
        ChangeManagement cm = m.changeManagement();
        if (cm == null || cm.riskAssessments() == null) {
            String p = cm == null ? CM : CM + ".riskAssessments";
            return Check.insufficient(p, expected, p + " not stated", "未提供风险评估记录。", List.of(p));
        }
        List<RiskAssessment> done = cm.riskAssessments().stream()
                .filter(r -> r.date() != null && !r.date().isAfter(asOf)).toList();
        Optional<LocalDate> latest = done.stream().map(RiskAssessment::date).max(LocalDate::compareTo);
        boolean undated = cm.riskAssessments().stream().anyMatch(r -> r.date() == null);
        Tri recent = latest.isPresent() && Calc.within(latest.get(), asOf, Common.REGULAR) ? Tri.TRUE
                : undated ? Tri.UNKNOWN : Tri.FALSE;
        Tally t = new Tally();
        int findings = 0;
        int handled = 0;
        for (RiskAssessment r : done) {
            String rp = CM + ".riskAssessments[" + r.id() + "]";
            if (r.findings() == null) {
                t.add(r, Judged.unknown("findings not stated", "未说明发现的风险及处理情况", rp + ".findings"));
                continue;
            }
            for (Action a : r.findings()) {
                findings++;
                Judged j = Common.onTrack(a, r.date(), asOf, rp + ".findings[" + a.id() + "]");
                if (j.tri() == Tri.TRUE) {
                    handled++;
                }
                t.add(a, j);
            }
        }
        Tri all = recent.and(t.tri());
        List<String> missing = new ArrayList<>();
        if (recent == Tri.UNKNOWN) {
            missing.add(CM + ".riskAssessments[].date");
        }
        if (t.tri() == Tri.UNKNOWN) {
            missing.add(t.missingPaths());
        }
        String latestEn = latest.isEmpty() ? "no risk assessment up to " + asOf
                : "latest risk assessment " + latest.get()
                + (recent == Tri.TRUE ? "" : ", more than a year before " + asOf);
        String obs = latestEn + (undated && recent != Tri.TRUE ? " (an undated one is listed)" : "") + "; " + findings
                + " risk(s) found, " + handled + " handled in time or on track" + t.suffixEn();
        String zh = (latest.isPresent() ? "最近一次风险评估为" + latest.get()
                + (recent == Tri.TRUE ? "" : "，距评估基准日" + asOf + "超过一年") : "截至" + asOf + "公司未进行风险评估")
                + "；发现风险隐患" + findings + "项"
                + (t.tri() == Tri.TRUE && t.noteEn.isEmpty() ? "，均已及时处理或在期限内处理中。" : t.suffixZh());
        List<Object> facts = new ArrayList<>();
        facts.add(CM + ".riskAssessments");
        facts.addAll(t.facts());
        return Check.of(all, expected, obs, zh, String.join(", ", missing), facts);
    }

    /** Whether a step is shown done on {@code asOf} (used by other checks that read the change log). */
    static boolean done(Step s, LocalDate asOf) {
        return Step.state(s, asOf) == Step.State.DONE;
    }
}
