package io.fitg.rules.maintenance;

import io.fitg.model.maintenance.Action;
import io.fitg.model.maintenance.Incident;
import io.fitg.model.maintenance.IncidentManagement;
import io.fitg.model.maintenance.Maintenance;
import io.fitg.rules.maintenance.Common.When;
import io.fitg.rules.support.Tri;

import java.time.LocalDate;
import java.util.List;

/** x.7.5 技术事故管理. */
public final class IncidentChecks {
    static final String I = "maintenance.incidentManagement";

    private IncidentChecks() {
    }

    // x.7.5.1 应建立技术事故报告制度和流程。
    public static Check reportingPolicy(Maintenance m, LocalDate asOf) {
        String expected = "a technical incident reporting policy and process";
        if (m.incidentManagement() == null) {
            return Check.insufficient(I, expected, I + " not stated", "未提供技术事故管理资料。", List.of(I));
        }
        return Common.documentCheck(m.incidentManagement().reportingPolicies(), I + ".reportingPolicies", asOf,
                expected, "技术事故报告制度和流程");
    }

    private static List<Incident> occurred(IncidentManagement im, LocalDate asOf) {
        return im.incidents().stream().filter(i -> i.date() == null || !i.date().isAfter(asOf)).toList();
    }

    // x.7.5.2 应保存技术事故的记录。
    public static Check records(Maintenance m, LocalDate asOf) {
        String expected = "a record kept of every technical incident";
        IncidentManagement im = m.incidentManagement();
        if (im == null || im.incidents() == null) {
            String p = im == null ? I : I + ".incidents";
            return Check.insufficient(p, expected, p + " not stated", "未提供技术事故资料。", List.of(p));
        }
        List<Incident> occurred = occurred(im, asOf);
        if (occurred.isEmpty()) {
            return Check.vacuous(expected, "no technical incident recorded up to " + asOf
                            + ": nothing the clause covers went wrong",
                    "截至" + asOf + "未发生技术事故，无不符合本条的情形。", List.of(I + ".incidents"));
        }
        Tally t = new Tally();
        for (Incident i : occurred) {
            t.add(i, Common.step(i.record(), i.date(), When.ANY, false, asOf, "incident record", "事故记录",
                    I + ".incidents[" + i.id() + "].record"));
        }
        String obs = occurred.size() + " technical incident(s) up to " + asOf + ", " + t.passed() + " with a record kept"
                + (t.tri() == Tri.TRUE ? "" : "; " + t.problemsEn());
        String zh = "截至" + asOf + "发生技术事故" + occurred.size() + "起，" + t.passed() + "起保存了事故记录"
                + (t.tri() == Tri.TRUE ? "。" : "；" + t.problemsZh() + "。");
        return Check.of(t.tri(), expected, obs, zh, t.missingPaths(),
                t.tri() == Tri.TRUE ? List.of(I + ".incidents") : t.facts());
    }

    // x.7.5.3 应根据技术事故情况，及时提出改进计划，落实改进措施。
    public static Check improvement(Maintenance m, LocalDate asOf) {
        String expected = "improvement measures proposed within " + Common.TIMELY_DAYS + " days after every technical "
                + "incident (及时; unless its analysis found none to make), each completed by its due date (without one, "
                + "within " + Common.TIMELY_DAYS + " days of being proposed) or open and not yet due";
        IncidentManagement im = m.incidentManagement();
        if (im == null || im.incidents() == null) {
            String p = im == null ? I : I + ".incidents";
            return Check.insufficient(p, expected, p + " not stated", "未提供技术事故资料。", List.of(p));
        }
        List<Incident> occurred = occurred(im, asOf);
        if (occurred.isEmpty()) {
            return Check.vacuous(expected, "no technical incident recorded up to " + asOf
                            + ": nothing the clause covers went wrong",
                    "截至" + asOf + "未发生技术事故，无不符合本条的情形。", List.of(I + ".incidents"));
        }
        Tally t = new Tally();
        for (Incident i : occurred) {
            t.add(i, improved(i, asOf));
        }
        String obs = occurred.size() + " technical incident(s) up to " + asOf + ", " + t.passed()
                + " with improvement measures proposed in time and carried out or on track" + t.suffixEn();
        String zh = "截至" + asOf + "发生技术事故" + occurred.size() + "起，" + t.passed() + "起已及时提出改进计划并落实或按期落实改进措施"
                + t.suffixZh();
        return Check.of(t.tri(), expected, obs, zh, t.missingPaths(),
                t.tri() == Tri.TRUE ? List.of(I + ".incidents") : t.facts());
    }

    /**
     * One incident: improvement measures proposed on or after it and the first within {@value Common#TIMELY_DAYS}
     * days (及时), or a recorded reason none were needed; none yet within those days is not yet due. Each measure
     * proposed is then carried out in time ({@link Common#onTrack}).
     */
    static Judged improved(Incident i, LocalDate asOf) {
        String p = I + ".incidents[" + i.id() + "]";
        boolean reason = i.noActionReason() != null && !i.noActionReason().isBlank();
        if (i.actions() == null) {
            return reason ? Judged.ok() : Judged.unknown("improvement measures not stated", "未说明改进措施", p + ".actions");
        }
        // measures proposed up to the as-of date; one proposed before the incident does not answer it
        List<Action> proposed = i.actions().stream().filter(a -> a.proposed() == null
                || (!a.proposed().isAfter(asOf) && (i.date() == null || !a.proposed().isBefore(i.date())))).toList();
        if (proposed.isEmpty()) {
            if (reason) {
                return Judged.ok();
            }
            if (i.date() != null && !asOf.isAfter(Common.timelyBy(i.date()))) {
                return Judged.note("improvement plan not yet due (until " + Common.timelyBy(i.date()) + ")",
                        "改进计划尚未到期（" + Common.timelyBy(i.date()) + "前提出即为及时）");
            }
            return Judged.fail("no improvement plan proposed" + (i.date() == null ? ""
                            : " within " + Common.TIMELY_DAYS + " days (by " + Common.timelyBy(i.date()) + ")"),
                    "未" + (i.date() == null ? "" : "在" + Common.timelyBy(i.date()) + "前") + "提出改进计划");
        }
        Judged j;
        LocalDate first = proposed.stream().map(Action::proposed).filter(d -> d != null).min(LocalDate::compareTo).orElse(null);
        if (i.date() == null) {
            j = Judged.unknown("incident date not stated, so whether the improvement plan was timely cannot be checked",
                    "未说明事故日期，无法核对是否及时提出改进计划", p + ".date");
        } else if (first != null && !first.isAfter(Common.timelyBy(i.date()))) {
            j = Judged.ok();
        } else if (proposed.stream().anyMatch(a -> a.proposed() == null)) {
            j = Judged.unknown("a measure without the date it was proposed, so whether the plan came within "
                            + Common.TIMELY_DAYS + " days cannot be checked", "改进措施未注明提出日期，无法核对是否及时提出",
                    p + ".actions[].proposed");
        } else {
            j = Judged.fail("improvement plan first proposed " + first + ", " + Common.days(i.date(), first)
                            + " days after the incident (及时: within " + Common.TIMELY_DAYS + " days)",
                    "改进计划于" + first + "提出，距事故" + Common.days(i.date(), first) + "天，不及时");
        }
        for (Action a : proposed) {
            Judged one = Common.onTrack(a, i.date(), asOf, p + ".actions[" + a.id() + "]");
            if (one.tri() != Tri.TRUE || one.noted()) {
                one = new Judged(one.tri(), (a.id() == null ? "measure" : a.id()) + " " + one.en(),
                        "措施" + (a.id() == null ? "" : a.id()) + one.zh(), one.missing());
            }
            j = j.and(one);
        }
        return j;
    }
}
