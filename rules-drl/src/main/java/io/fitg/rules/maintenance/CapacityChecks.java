package io.fitg.rules.maintenance;

import io.fitg.model.maintenance.Action;
import io.fitg.model.maintenance.CapacityAssessment;
import io.fitg.model.maintenance.Maintenance;
import io.fitg.rules.support.Tri;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** x.7.3 容量管理. */
public final class CapacityChecks {
    static final String CA = "maintenance.capacityAssessments";

    private CapacityChecks() {
    }

    static String path(CapacityAssessment a) {
        return CA + "[" + a.id() + "]";
    }

    // x.7.3.1 每年应对核心系统的性能和容量情况进行评估。
    public static Check yearlyAssessment(Maintenance m, LocalDate asOf) {
        String expected = "every core system's performance and capacity assessed within the year before " + asOf + " (每年)";
        List<String> miss = new ArrayList<>();
        if (m.coreSystems() != null && m.coreSystems().isEmpty()) {
            return Common.noCoreSystems(expected, "assessed", "进行了性能和容量评估", null);
        }
        if (m.coreSystems() == null) {
            miss.add("maintenance.coreSystems");
        }
        if (m.capacityAssessments() == null) {
            miss.add(CA);
        }
        if (!miss.isEmpty()) {
            return Check.insufficient(String.join(", ", miss), expected, String.join(", ", miss) + " not stated",
                    "未提供核心系统清单或性能容量评估记录。", miss);
        }
        Tally t = Common.coverage(m.coreSystems(), m.capacityAssessments(), CapacityAssessment::date,
                CapacityAssessment::systems, asOf, Common.YEARLY, "capacity assessment", "性能容量评估",
                CA + "[].systems/date");
        Optional<LocalDate> latest = m.capacityAssessments().stream().map(CapacityAssessment::date)
                .filter(d -> d != null && !d.isAfter(asOf)).max(LocalDate::compareTo);
        String obs = m.coreSystems().size() + " core system(s), " + t.passed() + " assessed within the year; latest "
                + "assessment " + latest.map(LocalDate::toString).orElse("none")
                + (t.tri() == Tri.TRUE ? "" : "; " + t.problemsEn());
        String zh = "核心系统" + m.coreSystems().size() + "个，" + t.passed() + "个在评估基准日前一年内进行了性能和容量评估"
                + latest.map(d -> "（最近一次" + d + "）").orElse("") + (t.tri() == Tri.TRUE ? "。" : "；" + t.problemsZh() + "。");
        return Check.of(t.tri(), expected, obs, zh, t.missingPaths(), List.of(CA));
    }

    private static List<CapacityAssessment> done(Maintenance m, LocalDate asOf) {
        return m.capacityAssessments().stream().filter(a -> a.date() != null && !a.date().isAfter(asOf)).toList();
    }

    // x.7.3.2 应根据核心系统的性能容量评估报告，结合业务发展情况及时提出改进计划。
    public static Check improvementPlan(Maintenance m, LocalDate asOf) {
        String expected = "an improvement plan proposed on every performance and capacity report that calls for "
                + "improvement, on or after the report and within " + Common.TIMELY_DAYS + " days of it (及时)";
        if (m.capacityAssessments() == null) {
            return Check.insufficient(CA, expected, CA + " not stated", "未提供性能容量评估记录。", List.of(CA));
        }
        List<CapacityAssessment> done = done(m, asOf);
        if (done.isEmpty()) {
            boolean undated = m.capacityAssessments().stream().anyMatch(a -> a.date() == null);
            if (undated) {
                return Check.insufficient(CA + "[].date", expected, "capacity assessment report(s) without a date",
                        "性能容量评估报告未注明日期。", List.of(CA));
            }
            return Check.of(Tri.FALSE, expected, "no performance and capacity assessment report up to " + asOf,
                    "截至" + asOf + "公司无核心系统性能容量评估报告，无从据以提出改进计划。", "", List.of(CA));
        }
        Tally t = new Tally();
        int calling = 0;
        int unstated = 0;
        for (CapacityAssessment a : done) {
            if (Boolean.FALSE.equals(a.improvementNeeded())) {
                continue;
            }
            if (a.improvementNeeded() == null) {
                unstated++;
            } else {
                calling++;
            }
            t.add(a, planned(a, asOf));
        }
        if (t.checked == 0) {
            return Check.vacuous(expected, done.size() + " report(s) up to " + asOf
                            + ", none calling for improvement: no improvement plan was due",
                    "截至" + asOf + "共有性能容量评估报告" + done.size() + "份，均认为现有性能容量满足业务发展需要，无需提出改进计划。",
                    List.of(CA));
        }
        String reports = calling + " report(s) calling for improvement"
                + (unstated == 0 ? "" : ", " + unstated + " not stating whether they do");
        String reportsZh = "提出改进需求的性能容量评估报告" + calling + "份"
                + (unstated == 0 ? "" : "、未说明是否提出改进需求的" + unstated + "份");
        String obs = reports + "; " + t.passed() + " with an improvement plan proposed in time or not yet due" + t.suffixEn();
        String zh = reportsZh + "，" + t.passed() + "份已及时提出改进计划或尚未到期" + t.suffixZh();
        return Check.of(t.tri(), expected, obs, zh, t.missingPaths(), t.tri() == Tri.TRUE ? List.of(CA) : t.facts());
    }

    /**
     * One report that calls for improvement (or does not say): a plan proposed on or after its date and within
     * {@value Common#TIMELY_DAYS} days (及时); none yet within those days is not yet due; plans proposed before the
     * report are not plans on it.
     */
    static Judged planned(CapacityAssessment a, LocalDate asOf) {
        LocalDate by = Common.timelyBy(a.date());
        if (a.plans() == null) {
            return !asOf.isAfter(by)
                    ? Judged.note("improvement plan not yet due (until " + by + ")", "改进计划尚未到期（" + by + "前提出即为及时）")
                    : Judged.unknown("improvement plans not stated", "未说明改进计划", path(a) + ".plans");
        }
        List<Action> on = a.plans().stream()
                .filter(p -> p.proposed() == null || (!p.proposed().isAfter(asOf) && !p.proposed().isBefore(a.date())))
                .toList();
        if (on.stream().anyMatch(p -> p.proposed() != null && !p.proposed().isAfter(by))) {
            return Judged.ok();
        }
        if (on.stream().anyMatch(p -> p.proposed() == null)) {
            return Judged.unknown("an improvement plan without the date it was proposed, so whether it came within "
                            + Common.TIMELY_DAYS + " days of the report of " + a.date() + " cannot be checked",
                    "改进计划未注明提出日期，无法核对是否在" + a.date() + "报告后" + Common.TIMELY_DAYS + "天内提出",
                    path(a) + ".plans[].proposed");
        }
        if (!on.isEmpty()) {
            LocalDate first = on.stream().map(Action::proposed).min(LocalDate::compareTo).orElseThrow();
            return Judged.fail("first improvement plan proposed " + first + ", " + Common.days(a.date(), first)
                            + " days after the report of " + a.date() + " (及时: within " + Common.TIMELY_DAYS + " days)",
                    "改进计划于" + first + "提出，距" + a.date() + "的评估报告" + Common.days(a.date(), first) + "天，不及时");
        }
        if (!asOf.isAfter(by)) {
            return Judged.note("improvement plan not yet due (until " + by + ")", "改进计划尚未到期（" + by + "前提出即为及时）");
        }
        if (a.improvementNeeded() == null) {
            return Judged.unknown("not stated whether the report calls for improvement, and no plan was proposed on it",
                    "未说明评估报告是否提出改进需求，且未据以提出改进计划", path(a) + ".improvementNeeded");
        }
        return Judged.fail("the report calls for improvement but no plan was proposed on it within " + Common.TIMELY_DAYS
                + " days (by " + by + ")", "报告提出改进需求，但" + by + "前未据以提出改进计划");
    }

    // x.7.3.3 应及时执行改进计划，并对执行结果进行跟踪和评估。
    public static Check planExecution(Maintenance m, LocalDate asOf) {
        String expected = "every improvement plan completed by its due date (without one, within " + Common.TIMELY_DAYS
                + " days of being proposed: 及时), or open and not yet due, and the result of every completed plan "
                + "tracked and evaluated";
        if (m.capacityAssessments() == null) {
            return Check.insufficient(CA, expected, CA + " not stated", "未提供性能容量评估记录。", List.of(CA));
        }
        Tally t = new Tally();
        int plans = 0;
        for (CapacityAssessment a : done(m, asOf)) {
            if (a.plans() == null) {
                if (!Boolean.FALSE.equals(a.improvementNeeded())) {
                    t.add(a, Judged.unknown("improvement plans not stated", "未说明改进计划", path(a) + ".plans"));
                }
                continue;
            }
            for (Action p : a.plans()) {
                if (p.proposed() != null && p.proposed().isAfter(asOf)) {
                    continue;
                }
                plans++;
                t.add(p, executed(p, a.date(), asOf, path(a) + ".plans[" + p.id() + "]"));
            }
        }
        if (t.checked == 0) {
            return Check.vacuous(expected, "no improvement plan recorded up to " + asOf + ": nothing to execute",
                    "截至" + asOf + "无性能容量改进计划，无需执行。", List.of(CA));
        }
        String obs = plans + " improvement plan(s), " + t.passed() + " executed in time and evaluated, or on track"
                + t.suffixEn();
        String zh = "性能容量改进计划" + plans + "项，" + t.passed() + "项已按期执行并对执行结果进行了跟踪评估或正在按期执行"
                + t.suffixZh();
        return Check.of(t.tri(), expected, obs, zh, t.missingPaths(), t.tri() == Tri.TRUE ? List.of(CA) : t.facts());
    }

    /**
     * One plan: completed in time ({@link Common#onTrack}: by its due date, or within 及时 of being proposed when it has
     * none) and evaluated on or after completion, or open and not yet due. {@code report} is the date of the report
     * the plan was proposed on, used when the plan's own proposal date is not stated.
     */
    static Judged executed(Action p, LocalDate report, LocalDate asOf, String path) {
        Judged timing = Common.onTrack(p, report, asOf, path);
        if (p.completed() == null || p.completed().isAfter(asOf) || timing.tri() != Tri.TRUE) {
            return timing;
        }
        if (p.evaluated() == null || p.evaluated().isAfter(asOf)) {
            return Judged.fail("completed " + p.completed() + ", result not tracked and evaluated"
                            + (p.evaluated() == null ? "" : " by " + asOf + " (evaluation dated " + p.evaluated()
                            + ", after the as-of date)"),
                    "已于" + p.completed() + "完成，但截至评估基准日未对执行结果进行跟踪评估");
        }
        if (p.evaluated().isBefore(p.completed())) {
            return Judged.fail("evaluated " + p.evaluated() + ", before its completion on " + p.completed(),
                    "评估日期" + p.evaluated() + "早于完成日期" + p.completed());
        }
        return Judged.ok();
    }
}
