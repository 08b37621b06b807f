package io.fitg.rules.maintenance;

import io.fitg.model.maintenance.Drill;
import io.fitg.model.maintenance.DrillPlan;
import io.fitg.model.maintenance.Emergency;
import io.fitg.model.maintenance.EmergencyPlan;
import io.fitg.model.maintenance.EmergencyTool;
import io.fitg.model.maintenance.IndustryExercise;
import io.fitg.model.maintenance.Maintenance;
import io.fitg.model.maintenance.PlanTrigger;
import io.fitg.model.maintenance.PlannedDrill;
import io.fitg.model.maintenance.RoleHolder;
import io.fitg.model.management.StaffMember;
import io.fitg.rules.maintenance.Common.When;
import io.fitg.rules.support.Calc;
import io.fitg.rules.support.Tri;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.TreeSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** x.7.4 应急演练. */
public final class EmergencyChecks {
    static final String E = "maintenance.emergency";

    private EmergencyChecks() {
    }

    private static Check missing(String path, String expected, String zh) {
        return Check.insufficient(path, expected, path + " not stated", zh, List.of(path));
    }

    /** The latest of a plan's issue and revision dates that is not after {@code asOf}. */
    static LocalDate updatedAsOf(EmergencyPlan p, LocalDate asOf) {
        LocalDate best = null;
        for (LocalDate d : new LocalDate[]{p.issued(), p.revised()}) {
            if (d != null && !d.isAfter(asOf) && (best == null || d.isAfter(best))) {
                best = d;
            }
        }
        return best;
    }

    private static Boolean covers(EmergencyPlan p, String system) {
        return p.systems() == null ? null : p.systems().contains(system);
    }

    private static Boolean all(Boolean... bs) {
        Tri t = Tri.TRUE;
        for (Boolean b : bs) {
            t = t.and(Tri.of(b));
        }
        return t == Tri.UNKNOWN ? null : t == Tri.TRUE;
    }

    // x.7.4.1 应建立健全网络与信息安全事件应急组织体系，对核心系统的常见故障及安全风险应有书面的应急预案和排障流程。
    public static Check organisationAndPlans(Maintenance m, LocalDate asOf) {
        return organisationAndPlans(m, asOf, true, List.of());
    }

    public static Check organisationAndPlans(Maintenance m, LocalDate asOf, boolean organisation) {
        return organisationAndPlans(m, asOf, organisation, List.of());
    }

    /**
     * As above; with {@code organisation} false only written plans with troubleshooting procedures for the core
     * systems' common faults are asked for (the earlier edition's 4.7.4.1: 对核心系统的常见故障应有书面的应急预案和排障流程;
     * no incident organisation, no security risks).
     */
    public static Check organisationAndPlans(Maintenance m, LocalDate asOf, boolean organisation,
                                             Collection<?> management) {
        String expected = organisation ? "an emergency organisation for network and information security incidents set up by a "
                + "document in force and staffed by people on the staff roster in post, and for every core system written emergency plans with "
                + "troubleshooting procedures covering its common faults and its security risks"
                : "for every core system written emergency plans with troubleshooting procedures covering its common faults";
        Emergency e = m.emergency();
        if (e == null) {
            return missing(E, expected, "未提供应急管理资料。");
        }
        List<String> miss = new ArrayList<>();
        Tri orgDocs = organisation ? Common.documents(e.organisationDocuments(), asOf) : Tri.TRUE;
        if (orgDocs == Tri.UNKNOWN) {
            miss.add(e.organisationDocuments() == null ? E + ".organisationDocuments" : E + ".organisationDocuments[].issued");
        }
        Tri members;
        List<RoleHolder> inPost = List.of();
        Tally people = new Tally();
        if (!organisation) {
            members = Tri.TRUE;
        } else if (e.organisation() == null) {
            members = Tri.UNKNOWN;
            miss.add(E + ".organisation");
        } else {
            List<StaffMember> roster = People.roster(management);
            inPost = e.organisation().stream().filter(h -> People.appointedOn(h, asOf)).toList();
            for (RoleHolder h : inPost) {
                people.add(People.label(h), People.inPost(h, roster, asOf,
                        E + ".organisation[" + e.organisation().indexOf(h) + "]"));
            }
            members = inPost.isEmpty() ? Tri.FALSE : people.tri();
            if (members == Tri.UNKNOWN) {
                miss.add(people.missingPaths());
            }
        }
        Tally t = new Tally();
        if (m.coreSystems() != null && m.coreSystems().isEmpty()) {
            return Common.noCoreSystems(expected, "covered by written emergency plans", "制定书面应急预案和排障流程", null);
        }
        if (m.coreSystems() == null) {
            miss.add("maintenance.coreSystems");
        }
        if (e.plans() == null) {
            miss.add(E + ".plans");
        }
        Tri plans = Tri.UNKNOWN;
        if (m.coreSystems() != null && !m.coreSystems().isEmpty() && e.plans() != null) {
            List<EmergencyPlan> inForce = e.plans().stream().filter(p -> p.inForceOn(asOf)).toList();
            for (String s : m.coreSystems()) {
                Tri faults = Tri.any(inForce, p -> all(covers(p, s), p.faults(), p.troubleshooting()));
                Tri security = !organisation ? Tri.TRUE
                        : Tri.any(inForce, p -> all(covers(p, s), p.securityRisks(), p.troubleshooting()));
                Judged j = Judged.ok();
                if (faults == Tri.FALSE) {
                    j = j.and(Judged.fail("no written plan with troubleshooting procedure for its common faults",
                            "无针对常见故障的书面应急预案和排障流程"));
                } else if (faults == Tri.UNKNOWN) {
                    j = j.and(Judged.unknown("plans' coverage of its common faults not stated",
                            "应急预案是否覆盖其常见故障未说明", E + ".plans[].systems/faults/troubleshooting"));
                }
                if (security == Tri.FALSE) {
                    j = j.and(Judged.fail("no written plan with troubleshooting procedure for its security risks",
                            "无针对安全风险的书面应急预案和排障流程"));
                } else if (security == Tri.UNKNOWN) {
                    j = j.and(Judged.unknown("plans' coverage of its security risks not stated",
                            "应急预案是否覆盖其安全风险未说明", E + ".plans[].systems/securityRisks/troubleshooting"));
                }
                t.add(s, j);
            }
            plans = t.tri();
            if (plans == Tri.UNKNOWN) {
                miss.add(t.missingPaths());
            }
        }
        Tri all = orgDocs.and(members).and(plans);
        String obs = (organisation ? "organisation documents: " + Common.docsEn(e.organisationDocuments()) + "; members: "
                + (e.organisation() == null ? "not stated" : inPost.isEmpty() ? "nobody appointed on " + asOf
                : inPost.size() + " appointed on " + asOf + ", " + people.passed() + " confirmed on the staff roster and in post"
                + (people.tri() == Tri.TRUE ? "" : " (" + people.problemsEn() + ")")) + "; " : "")
                + (plans == Tri.UNKNOWN && t.checked == 0 ? "plans or core systems not stated"
                : t.checked + " core system(s), " + t.passed() + " covered for common faults" + (organisation ? " and security risks" : "") + " by "
                + "written plans with troubleshooting procedures" + (plans == Tri.TRUE ? "" : "; " + t.problemsEn()));
        String zh = (!organisation ? "" : (orgDocs == Tri.TRUE ? "公司以" + Common.docsZh(e.organisationDocuments()) + "建立网络与信息安全事件应急组织体系"
                : orgDocs == Tri.FALSE ? "公司未以有效文件建立网络与信息安全事件应急组织体系" : "应急组织体系文件资料不全")
                + (members == Tri.TRUE ? "，现有成员" + inPost.size() + "人，均在岗"
                : inPost.isEmpty() ? (e.organisation() == null ? "" : "，目前无在任成员")
                : "，现有成员" + inPost.size() + "人（" + people.problemsZh() + "）")
                + "；") + (plans == Tri.UNKNOWN && t.checked == 0 ? "未提供核心系统清单或应急预案资料"
                : "核心系统" + t.checked + "个，" + t.passed() + "个的常见故障" + (organisation ? "及安全风险均" : "均")
                + "有书面应急预案和排障流程"
                + (plans == Tri.TRUE ? "" : "；" + t.problemsZh())) + "。";
        List<Object> facts = new ArrayList<>();
        facts.add(E + ".organisationDocuments");
        facts.add(E + ".plans");
        return Check.of(all, expected, obs, zh, String.join(", ", miss), facts);
    }

    // x.7.4.2 应参与交易所等行业相关机构组织的测试和应急演练并有记录。
    public static Check industryExercises(Maintenance m, LocalDate asOf) {
        String expected = "participation, with a record, in every test and emergency drill organised by exchanges and "
                + "other industry bodies the company was called to, and at least one within the year before " + asOf;
        Emergency e = m.emergency();
        if (e == null || e.industryExercises() == null) {
            return missing(e == null ? E : E + ".industryExercises", expected, "未提供参与交易所等行业机构测试和应急演练的记录。");
        }
        Tally t = new Tally();
        LocalDate latest = null;
        for (IndustryExercise x : e.industryExercises()) {
            if (x.date() != null && x.date().isAfter(asOf)) {
                continue;
            }
            String p = E + ".industryExercises[" + x.id() + "]";
            Judged j;
            if (Boolean.FALSE.equals(x.participated())) {
                j = Judged.fail("did not take part", "未参与");
            } else if (x.participated() == null) {
                j = Judged.unknown("participation not stated", "未说明是否参与", p + ".participated");
            } else {
                j = Common.step(x.record(), x.date(), When.ANY, false, asOf, "participation record", "参与记录",
                        p + ".record");
                if (x.date() != null && (latest == null || x.date().isAfter(latest))) {
                    latest = x.date();
                }
            }
            t.add(x, j);
        }
        Tri recent = latest != null && Calc.within(latest, asOf, Common.REGULAR) ? Tri.TRUE : Tri.FALSE;
        Tri all = recent.and(t.tri());
        String obs = t.checked + " industry test(s)/drill(s) up to " + asOf + ", " + t.passed()
                + " taken part in with a record; " + (latest == null ? "no participation up to " + asOf
                : "latest participation " + latest + (recent == Tri.TRUE ? "" : ", more than a year before " + asOf))
                + (t.tri() == Tri.TRUE ? "" : "; " + t.problemsEn());
        String zh = "截至" + asOf + "交易所等行业机构组织的测试和应急演练" + t.checked + "次，公司参与并有记录的" + t.passed() + "次"
                + (latest == null ? "，未参与过" : "，最近一次参与为" + latest + (recent == Tri.TRUE ? "" : "，距评估基准日超过一年"))
                + (t.tri() == Tri.TRUE ? "。" : "；" + t.problemsZh() + "。");
        List<Object> facts = new ArrayList<>();
        facts.add(E + ".industryExercises");
        facts.addAll(t.facts());
        return Check.of(all, expected, obs, zh, t.missingPaths(), facts);
    }

    /** The dates a plan was issued or revised up to {@code asOf}, from issued, revised and its revision history. */
    static TreeSet<LocalDate> updates(EmergencyPlan p, LocalDate asOf) {
        TreeSet<LocalDate> out = new TreeSet<>();
        for (LocalDate d : new LocalDate[]{p.issued(), p.revised()}) {
            if (d != null && !d.isAfter(asOf)) {
                out.add(d);
            }
        }
        if (p.revisions() != null) {
            p.revisions().stream().filter(d -> d != null && !d.isAfter(asOf)).forEach(out::add);
        }
        return out;
    }

    /**
     * Whether plan {@code plan} was adjusted 及时 after a change of {@code date}: revised (or issued) on or after it and
     * at most {@value Common#TIMELY_DAYS} days later; not yet revised while the as-of date is within those days is not
     * yet due. A first revision after that is late, unless only the latest revision is known (no revision history),
     * when an earlier, timely one cannot be ruled out: missing data.
     */
    static Judged adjusted(EmergencyPlan plan, LocalDate date, LocalDate asOf) {
        String id = plan.id();
        TreeSet<LocalDate> upd = updates(plan, asOf);
        LocalDate by = Common.timelyBy(date);
        LocalDate first = upd.ceiling(date);
        if (first != null && !first.isAfter(by)) {
            return Judged.ok();
        }
        if (first != null) {
            if (plan.revisions() == null && first.equals(plan.revised())) {
                return Judged.unknown("plan " + id + "'s latest revision " + first + " is " + Common.days(date, first)
                                + " days after the change and its earlier revisions are not stated, so whether it was "
                                + "revised within " + Common.TIMELY_DAYS + " days cannot be checked",
                        "预案" + id + "最近一次修订于" + first + "，距变化" + Common.days(date, first) + "天，未提供此前的修订记录，"
                                + "无法核对是否在" + Common.TIMELY_DAYS + "天内调整", E + ".plans[" + id + "].revisions");
            }
            return Judged.fail("plan " + id + " first revised " + first + " after it, " + Common.days(date, first)
                            + " days later (及时: within " + Common.TIMELY_DAYS + " days)",
                    "预案" + id + "于" + first + "才调整，距变化" + Common.days(date, first) + "天，不及时");
        }
        if (!asOf.isAfter(by)) {
            return Judged.note("plan " + id + " not yet due for revision (until " + by + ")",
                    "预案" + id + "尚未到调整期限（" + by + "前调整即为及时）");
        }
        if (upd.isEmpty()) {
            return Judged.unknown("plan " + id + " has no issue or revision date up to " + asOf,
                    "预案" + id + "未注明发布或修订日期", E + ".plans[" + id + "].revised");
        }
        return Judged.fail("plan " + id + " last updated " + upd.last() + ", before the change, and not revised within "
                        + Common.TIMELY_DAYS + " days of it (by " + by + ")",
                "预案" + id + "最近一次更新于" + upd.last() + "，早于变化，且" + by + "前未调整");
    }

    // x.7.4.3 应根据机构、人员、技术等变化，及时调整应急预案。
    public static Check planUpdates(Maintenance m, LocalDate asOf) {
        String expected = "every emergency plan affected by a change of organisation, staff or technology revised on "
                + "or after that change and within " + Common.TIMELY_DAYS + " days of it (及时)";
        Emergency e = m.emergency();
        if (e == null || e.planTriggers() == null || e.plans() == null) {
            String p = e == null ? E : e.planTriggers() == null ? E + ".planTriggers" : E + ".plans";
            return missing(p, expected, "未提供应急预案或机构、人员、技术变化的资料。");
        }
        Map<String, EmergencyPlan> byId = new HashMap<>();
        e.plans().forEach(p -> byId.put(p.id(), p));
        Tally t = new Tally();
        int triggers = 0;
        for (PlanTrigger g : e.planTriggers()) {
            if (g.date() != null && g.date().isAfter(asOf)) {
                continue;
            }
            String p = E + ".planTriggers[" + g.id() + "]";
            if (g.plans() == null) {
                t.add(g, Judged.unknown("affected plans not stated", "未说明涉及的应急预案", p + ".plans"));
                continue;
            }
            if (g.plans().isEmpty()) {
                continue;
            }
            triggers++;
            if (g.date() == null) {
                t.add(g, Judged.unknown("date not stated", "未说明变化日期", p + ".date"));
                continue;
            }
            Judged j = Judged.ok();
            for (String id : g.plans()) {
                EmergencyPlan plan = byId.get(id);
                if (plan == null) {
                    j = j.and(Judged.unknown("affects plan " + id + ", which is not among the plans",
                            "涉及的预案" + id + "不在应急预案清单中", E + ".plans"));
                    continue;
                }
                j = j.and(adjusted(plan, g.date(), asOf));
            }
            t.add(g, j);
        }
        if (t.checked == 0) {
            return Check.vacuous(expected, "no change of organisation, staff or technology affecting emergency plans "
                            + "recorded up to " + asOf + ": no plan needed adjusting",
                    "截至" + asOf + "无影响应急预案的机构、人员、技术等变化，无需调整应急预案。", List.of(E + ".planTriggers"));
        }
        String obs = triggers + " change(s) affecting emergency plans up to " + asOf + ", " + t.passed()
                + " followed in time by revision of the plans (or not yet due)" + t.suffixEn();
        String zh = "截至" + asOf + "影响应急预案的机构、人员、技术等变化" + triggers + "项，" + t.passed() + "项已据以及时调整应急预案或尚未到期"
                + t.suffixZh();
        return Check.of(t.tri(), expected, obs, zh, t.missingPaths(),
                t.tri() == Tri.TRUE ? List.of(E + ".planTriggers") : t.facts());
    }

    // x.7.4.4 演练前应制定详细的应急演练计划，并根据计划进行演练。
    public static Check drillPlan(Maintenance m, LocalDate asOf) {
        String expected = "a drill plan issued before each drill, every drill the plans schedule before " + asOf
                + " carried out, and a drill held according to plan within the year before " + asOf
                + " (the plan sets the drills' period, never longer than a year)";
        Emergency e = m.emergency();
        if (e == null || e.drillPlans() == null || e.drills() == null) {
            String p = e == null ? E : e.drillPlans() == null ? E + ".drillPlans" : E + ".drills";
            return missing(p, expected, "未提供应急演练计划或演练记录。");
        }
        List<DrillPlan> issued = e.drillPlans().stream().filter(p -> p.issued() != null && !p.issued().isAfter(asOf)).toList();
        Map<String, DrillPlan> planOf = new HashMap<>();
        Map<String, PlannedDrill> planned = new LinkedHashMap<>();
        for (DrillPlan p : e.drillPlans()) {
            if (p.drills() != null) {
                for (PlannedDrill d : p.drills()) {
                    planOf.put(d.id(), p);
                    planned.put(d.id(), d);
                }
            }
        }
        Tally t = new Tally();
        List<Drill> held = e.drills().stream().filter(d -> d.date() == null || !d.date().isAfter(asOf)).toList();
        for (Drill d : held) {
            String p = E + ".drills[" + d.id() + "]";
            if (d.plannedAs() == null) {
                if (Boolean.FALSE.equals(d.planned())) {
                    t.add(d, Judged.fail("carried out without a drill plan", "无演练计划"));
                } else {
                    t.add(d, Judged.unknown("the planned drill it carried out not stated", "未说明对应的演练计划",
                            p + ".plannedAs"));
                }
                continue;
            }
            DrillPlan plan = planOf.get(d.plannedAs());
            if (plan == null) {
                t.add(d, Judged.unknown("names planned drill " + d.plannedAs() + ", which no drill plan lists",
                        "对应的计划演练" + d.plannedAs() + "不在任何演练计划中", E + ".drillPlans[].drills"));
            } else if (plan.issued() == null || d.date() == null) {
                t.add(d, Judged.unknown("plan issue date or drill date not stated", "演练计划发布日期或演练日期未说明",
                        plan.issued() == null ? E + ".drillPlans[" + plan.id() + "].issued" : p + ".date"));
            } else if (plan.issued().isAfter(d.date())) {
                t.add(d, Judged.fail("drill plan " + plan.id() + " issued " + plan.issued() + ", after the drill of "
                        + d.date(), "演练计划" + plan.id() + "于" + plan.issued() + "发布，晚于演练日期" + d.date()));
            } else {
                t.add(d, Judged.ok());
            }
        }
        int due = 0;
        for (PlannedDrill pd : planned.values()) {
            DrillPlan plan = planOf.get(pd.id());
            if (plan.issued() == null || plan.issued().isAfter(asOf)) {
                continue;
            }
            if (pd.date() == null) {
                t.add(pd, Judged.unknown("scheduled date not stated", "未说明计划演练日期",
                        E + ".drillPlans[" + plan.id() + "].drills[" + pd.id() + "].date"));
                continue;
            }
            if (!pd.date().isBefore(asOf)) {
                continue;
            }
            due++;
            boolean carried = held.stream().anyMatch(d -> pd.id().equals(d.plannedAs()));
            boolean unlinked = held.stream().anyMatch(d -> d.plannedAs() == null && !Boolean.FALSE.equals(d.planned()));
            t.add(pd, carried ? Judged.ok() : unlinked
                    ? Judged.unknown("scheduled for " + pd.date() + "; perhaps carried out by a drill whose plan is not stated",
                    "计划于" + pd.date() + "进行，可能对应未说明计划的演练", E + ".drills[].plannedAs")
                    : Judged.fail("scheduled for " + pd.date() + " and not carried out", "计划于" + pd.date() + "进行，未实施"));
        }
        Tri plans = issued.isEmpty() ? Tri.FALSE : Tri.TRUE;
        boolean undatedPlan = issued.isEmpty() && e.drillPlans().stream().anyMatch(p -> p.issued() == null);
        if (undatedPlan) {
            plans = Tri.UNKNOWN;
        }
        // 根据计划进行演练: drills are held, at least once within the year (the plan's period, capped at a year, P2)
        LocalDate latest = held.stream().map(Drill::date).filter(d -> d != null).max(LocalDate::compareTo).orElse(null);
        boolean undatedDrill = held.stream().anyMatch(d -> d.date() == null);
        Tri recent = latest != null && Calc.within(latest, asOf, Common.YEARLY) ? Tri.TRUE
                : undatedDrill ? Tri.UNKNOWN : Tri.FALSE;
        Tri all = plans.and(recent).and(t.tri());
        List<String> miss = new ArrayList<>();
        if (plans == Tri.UNKNOWN) {
            miss.add(E + ".drillPlans[].issued");
        }
        if (recent == Tri.UNKNOWN) {
            miss.add(E + ".drills[].date");
        }
        if (t.tri() == Tri.UNKNOWN) {
            miss.add(t.missingPaths());
        }
        String plansEn = issued.isEmpty() ? (e.drillPlans().isEmpty() ? "no drill plan (drillPlans is empty)"
                : "no drill plan issued up to " + asOf + (undatedPlan ? " (an undated one is listed)" : ""))
                : issued.size() + " drill plan(s) issued up to " + asOf;
        String heldEn = held.isEmpty() ? "no drill held up to " + asOf
                : held.size() + " drill(s) held, latest " + (latest == null ? "undated"
                : latest + (recent == Tri.TRUE ? "" : ", more than a year before " + asOf));
        String obs = plansEn + "; " + heldEn + "; " + due + " planned drill(s) due"
                + (all == Tri.TRUE ? ", every drill planned beforehand and every due one held"
                : t.tri() == Tri.TRUE ? "" : "; " + t.problemsEn());
        String plansZh = issued.isEmpty() ? "截至" + asOf + "公司未制定应急演练计划" : "截至" + asOf + "公司制定应急演练计划" + issued.size() + "份";
        String heldZh = held.isEmpty() ? "未实施演练" : "实施演练" + held.size() + "次" + (latest == null ? "" : "，最近一次为" + latest
                + (recent == Tri.TRUE ? "" : "，距评估基准日超过一年"));
        String zh = plansZh + "，" + heldZh + "，计划应已实施的演练" + due + "次"
                + (all == Tri.TRUE ? "，演练均事先列入计划，计划演练均已实施。"
                : t.tri() == Tri.TRUE ? "。" : "；" + t.problemsZh() + "。");
        List<Object> facts = new ArrayList<>();
        facts.add(E + ".drillPlans");
        facts.add(E + ".drills");
        facts.addAll(t.facts());
        return Check.of(all, expected, obs, zh, String.join(", ", miss), facts);
    }

    // x.7.4.5 应准备必要工具和设备设施，以便应急预案的顺利执行。
    public static Check tools(Maintenance m, LocalDate asOf) {
        String expected = "every tool, piece of equipment and facility the emergency plans need prepared and ready";
        Emergency e = m.emergency();
        if (e == null || e.tools() == null || e.plans() == null) {
            String p = e == null ? E : e.tools() == null ? E + ".tools" : E + ".plans";
            return missing(p, expected, "未提供应急工具和设备设施或应急预案的资料。");
        }
        if (e.tools().isEmpty()) {
            return Check.of(Tri.FALSE, expected, "no emergency tool, equipment or facility prepared",
                    "公司未准备应急工具和设备设施。", "", List.of(E + ".tools"));
        }
        Map<String, EmergencyTool> byId = new HashMap<>();
        e.tools().forEach(x -> byId.put(x.id(), x));
        Tally t = new Tally();
        List<EmergencyPlan> inForce = e.plans().stream().filter(p -> p.inForceOn(asOf)).toList();
        int needed = 0;
        for (EmergencyPlan p : inForce) {
            if (p.tools() == null) {
                t.add(p, Judged.unknown("the tools it needs not stated", "未说明所需工具", E + ".plans[" + p.id() + "].tools"));
                continue;
            }
            Judged j = Judged.ok();
            for (String id : p.tools()) {
                needed++;
                EmergencyTool tool = byId.get(id);
                if (tool == null) {
                    j = j.and(Judged.fail("needs " + id + ", not prepared", "所需" + id + "未准备"));
                } else if (Boolean.FALSE.equals(tool.ready())) {
                    j = j.and(Judged.fail("needs " + id + " (" + tool.name() + "), not ready", "所需" + id + "（" + tool.name() + "）不可用"));
                } else if (tool.ready() == null) {
                    j = j.and(Judged.unknown("readiness of " + id + " not stated", id + "是否可用未说明",
                            E + ".tools[" + id + "].ready"));
                }
            }
            t.add(p, j);
        }
        if (inForce.isEmpty()) {
            for (EmergencyTool x : e.tools()) {
                t.add(x, Boolean.TRUE.equals(x.ready()) ? Judged.ok() : Boolean.FALSE.equals(x.ready())
                        ? Judged.fail("not ready", "不可用") : Judged.unknown("readiness not stated", "是否可用未说明",
                        E + ".tools[" + x.id() + "].ready"));
            }
        }
        long ready = e.tools().stream().filter(x -> Boolean.TRUE.equals(x.ready())).count();
        String obs = e.tools().size() + " emergency tool(s)/equipment/facilit(ies) prepared, " + ready + " ready; "
                + inForce.size() + " plan(s) in force needing " + needed + " item(s)"
                + (t.tri() == Tri.TRUE ? ", all prepared and ready" : "; " + t.problemsEn());
        String zh = "公司准备应急工具和设备设施" + e.tools().size() + "项，其中可用" + ready + "项；现行应急预案" + inForce.size()
                + "份，所需工具设备" + needed + "项" + (t.tri() == Tri.TRUE ? "，均已准备且可用。" : "；" + t.problemsZh() + "。");
        List<Object> facts = new ArrayList<>();
        facts.add(E + ".tools");
        facts.addAll(t.facts());
        return Check.of(t.tri(), expected, obs, zh, t.missingPaths(), facts);
    }
}
