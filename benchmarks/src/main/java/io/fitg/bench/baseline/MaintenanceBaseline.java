package io.fitg.bench.baseline;

import io.fitg.api.Status;
import io.fitg.model.Profile;
import io.fitg.model.maintenance.CapacityAssessment;
import io.fitg.model.maintenance.Emergency;
import io.fitg.model.maintenance.IndustryExercise;
import io.fitg.model.maintenance.Maintenance;
import io.fitg.model.maintenance.Step;

import java.time.LocalDate;
import java.util.List;

import static io.fitg.bench.baseline.Tri.NO;
import static io.fitg.bench.baseline.Tri.UNKNOWN;
import static io.fitg.bench.baseline.Tri.YES;

/** x.7 系统维护, by hand: yearly capacity assessments of every core system, industry tests and drills. */
final class MaintenanceBaseline {
    private MaintenanceBaseline() {
    }

    // ---- x.7.3.1 每年应对核心系统的性能和容量情况进行评估

    static Status capacityAssessment(Profile p, LocalDate asOf) {
        Maintenance m = p.maintenance();
        if (m == null || m.coreSystems() == null) {
            return UNKNOWN;
        }
        if (m.coreSystems().isEmpty()) {
            return NO;      // none listed, so none is shown assessed (a stated empty list is never missing data)
        }
        if (m.capacityAssessments() == null) {
            return UNKNOWN;
        }
        LocalDate from = asOf.minusYears(1);
        List<CapacityAssessment> records = m.capacityAssessments();
        // records that name no systems, or carry no date, leave a system not otherwise covered undecided
        boolean unattributedRecent = false;
        for (CapacityAssessment a : records) {
            if (a.systems() == null && Tri.between(a.date(), from, asOf)) {
                unattributedRecent = true;
                break;
            }
        }
        int failed = 0;
        int unknown = 0;
        for (String system : m.coreSystems()) {
            boolean covered = false;
            boolean undated = false;
            for (CapacityAssessment a : records) {
                boolean names = a.systems() != null && a.systems().contains(system);
                if (names && Tri.between(a.date(), from, asOf)) {
                    covered = true;
                    break;
                }
                if (a.date() == null && (a.systems() == null || names)) {
                    undated = true;
                }
            }
            if (covered) {
                continue;
            }
            if (unattributedRecent || undated) {
                unknown++;
            } else {
                failed++;
            }
        }
        return Tri.every(failed, unknown);
    }

    // ---- x.7.4.2 应参与交易所等行业相关机构组织的测试和应急演练并有记录 (the latest within a year)

    /** A participation record: done (dated on or before the as-of date, or referenced, or marked done). */
    private static Status recorded(Step s, LocalDate asOf) {
        if (s == null) {
            return UNKNOWN;
        }
        if (Boolean.FALSE.equals(s.done())) {
            return NO; // not done, or "not needed", which does not count here
        }
        if (s.date() != null && s.date().isAfter(asOf)) {
            return NO;
        }
        if (Boolean.TRUE.equals(s.done()) || s.date() != null || !Tri.blank(s.reference())) {
            return YES;
        }
        return Tri.blank(s.notNeeded()) ? UNKNOWN : NO;
    }

    static Status industryExercises(Profile p, LocalDate asOf) {
        Maintenance m = p.maintenance();
        Emergency e = m == null ? null : m.emergency();
        if (e == null || e.industryExercises() == null) {
            return UNKNOWN;
        }
        int failed = 0;
        int unknown = 0;
        LocalDate latest = null;
        for (IndustryExercise x : e.industryExercises()) {
            if (x.date() != null && x.date().isAfter(asOf)) {
                continue;
            }
            Status j;
            if (Boolean.FALSE.equals(x.participated())) {
                j = NO;
            } else if (x.participated() == null) {
                j = UNKNOWN;
            } else {
                j = recorded(x.record(), asOf);
                if (x.date() != null && (latest == null || x.date().isAfter(latest))) {
                    latest = x.date();
                }
            }
            if (j == NO) {
                failed++;
            } else if (j == UNKNOWN) {
                unknown++;
            }
        }
        Status recent = Tri.of(latest != null && !latest.isBefore(asOf.minusYears(1)));
        return Tri.and(recent, Tri.every(failed, unknown));
    }
}
