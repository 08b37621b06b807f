package io.fitg.rules.maintenance;

import io.fitg.api.Status;
import io.fitg.model.maintenance.Action;
import io.fitg.model.maintenance.CapacityAssessment;
import io.fitg.model.maintenance.ConfigItem;
import io.fitg.model.maintenance.Configuration;
import io.fitg.model.maintenance.EmergencyPlan;
import io.fitg.model.maintenance.Incident;
import io.fitg.model.maintenance.Maintenance;
import io.fitg.model.maintenance.RiskAssessment;
import io.fitg.model.maintenance.IndustryExercise;
import io.fitg.model.maintenance.Emergency;
import io.fitg.model.maintenance.DrillPlan;
import io.fitg.model.maintenance.Drill;
import io.fitg.model.maintenance.ChangeManagement;
import io.fitg.model.maintenance.Step;
import io.fitg.rules.support.Tri;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Computed quantities of individual x.7 checks: backups against changes, plan execution, plan revisions. */
class MaintenanceChecksTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 21);

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    static Maintenance withItems(ConfigItem... items) {
        Configuration c = new Configuration(null, List.of(items), null, null, null, null, null, null);
        return new Maintenance(null, null, null, c, null, null, null);
    }

    @Test
    void aBackupIsEffectiveWhenTakenOnOrAfterTheLatestChange() {
        ConfigItem sameDay = new ConfigItem("A", "交易", null, d("2026-11-03"), List.of(d("2026-11-03")), null);
        ConfigItem before = new ConfigItem("B", "交易", null, d("2026-11-03"), List.of(d("2026-10-01"), d("2026-11-02")), null);
        assertThat(ConfigChecks.backup(withItems(sameDay), AS_OF).status()).isEqualTo(Status.COMPLIANT);
        Check c = ConfigChecks.backup(withItems(sameDay, before), AS_OF);
        assertThat(c.status()).isEqualTo(Status.NON_COMPLIANT);
        assertThat(c.observed()).contains("B").contains("2026-11-02").contains("2026-11-03");
        assertThat(c.situation()).contains("B");
    }

    @Test
    void onlyBackupsUpToTheAsOfDateCount() {
        ConfigItem later = new ConfigItem("A", "交易", null, d("2026-11-03"), List.of(d("2026-11-01"), d("2026-11-22")), null);
        assertThat(ConfigChecks.backup(withItems(later), AS_OF).status()).isEqualTo(Status.NON_COMPLIANT);
        assertThat(ConfigChecks.backup(withItems(later), d("2026-11-22")).status()).isEqualTo(Status.COMPLIANT);
    }

    @Test
    void planExecution() {
        Action onTime = new Action("P", null, d("2026-04-15"), d("2026-08-31"), d("2026-08-31"), d("2026-09-30"));
        Action late = new Action("P", null, d("2026-04-15"), d("2026-08-31"), d("2026-09-01"), d("2026-09-30"));
        Action notEvaluated = new Action("P", null, d("2026-04-15"), d("2026-08-31"), d("2026-08-20"), null);
        Action evaluatedLater = new Action("P", null, d("2026-04-15"), d("2026-08-31"), d("2026-08-20"), d("2026-11-22"));
        Action sameDayEvaluation = new Action("P", null, d("2026-04-15"), d("2026-08-31"), d("2026-08-20"), d("2026-08-20"));
        // without a due date 及时 is 30 days from the proposal: completed four months later is late
        Action noDueLate = new Action("P", null, d("2026-04-15"), null, d("2026-08-20"), d("2026-08-20"));
        assertThat(CapacityChecks.executed(onTime, d("2026-03-31"), AS_OF, "p").tri()).isEqualTo(Tri.TRUE);
        assertThat(CapacityChecks.executed(late, d("2026-03-31"), AS_OF, "p").tri()).isEqualTo(Tri.FALSE);
        assertThat(CapacityChecks.executed(notEvaluated, d("2026-03-31"), AS_OF, "p").tri()).isEqualTo(Tri.FALSE);
        assertThat(CapacityChecks.executed(evaluatedLater, d("2026-03-31"), AS_OF, "p").tri()).isEqualTo(Tri.FALSE);
        assertThat(CapacityChecks.executed(sameDayEvaluation, d("2026-03-31"), AS_OF, "p").tri()).isEqualTo(Tri.TRUE);
        assertThat(CapacityChecks.executed(noDueLate, d("2026-03-31"), AS_OF, "p").tri()).isEqualTo(Tri.FALSE);
    }

    @Test
    void capacityReportWithoutNeedIsMetAndNeedWithoutPlanFails() {
        CapacityAssessment none = new CapacityAssessment("R1", d("2026-03-31"), List.of("交易"), null, false, List.of());
        CapacityAssessment needs = new CapacityAssessment("R2", d("2026-03-31"), List.of("交易"), null, true, List.of());
        Maintenance m1 = new Maintenance(List.of("交易"), null, null, null, List.of(none), null, null);
        Maintenance m2 = new Maintenance(List.of("交易"), null, null, null, List.of(needs), null, null);
        // no report calls for improvement: met (the clause states no condition), never NOT_APPLICABLE
        assertThat(CapacityChecks.improvementPlan(m1, AS_OF).status()).isEqualTo(Status.COMPLIANT);
        assertThat(CapacityChecks.improvementPlan(m2, AS_OF).status()).isEqualTo(Status.NON_COMPLIANT);
        assertThat(CapacityChecks.planExecution(m1, AS_OF).status()).isEqualTo(Status.COMPLIANT);
        assertThat(CapacityChecks.planExecution(m1, AS_OF).observed()).contains("no improvement plan recorded up to");
    }

    @Test
    void aPlanCountsAsUpdatedOnlyByRevisionsUpToTheAsOfDate() {
        EmergencyPlan p = new EmergencyPlan("EP", null, d("2019-01-10"), d("2026-11-25"), null, null, null, null, null, null);
        assertThat(EmergencyChecks.updatedAsOf(p, AS_OF)).isEqualTo(d("2019-01-10"));
        assertThat(EmergencyChecks.updatedAsOf(p, d("2026-11-25"))).isEqualTo(d("2026-11-25"));
        EmergencyPlan future = new EmergencyPlan("EP", null, d("2026-12-01"), null, null, null, null, null, null, null);
        assertThat(EmergencyChecks.updatedAsOf(future, AS_OF)).isNull();
    }

    @Test
    void incidentImprovement() {
        Action open = new Action("A", null, d("2026-07-17"), d("2026-12-31"), null, null);
        Action overdue = new Action("B", null, d("2026-07-17"), d("2026-11-20"), null, null);
        Action proposedLater = new Action("C", null, d("2026-11-22"), d("2026-12-31"), null, null);
        assertThat(IncidentChecks.improved(incident(List.of(open), null), AS_OF).tri()).isEqualTo(Tri.TRUE);
        assertThat(IncidentChecks.improved(incident(List.of(open, overdue), null), AS_OF).tri()).isEqualTo(Tri.FALSE);
        assertThat(IncidentChecks.improved(incident(List.of(proposedLater), null), AS_OF).tri()).isEqualTo(Tri.FALSE);
        assertThat(IncidentChecks.improved(incident(List.of(), "银行侧故障"), AS_OF).tri()).isEqualTo(Tri.TRUE);
        assertThat(IncidentChecks.improved(incident(List.of(), null), AS_OF).tri()).isEqualTo(Tri.FALSE);
        assertThat(IncidentChecks.improved(incident(null, null), AS_OF).tri()).isEqualTo(Tri.UNKNOWN);
    }

    static Incident incident(List<Action> actions, String reason) {
        return new Incident("SG", d("2026-07-15"), null, null, new Step(true, null, null, null), actions, reason);
    }

    static Maintenance withEmergency(Emergency e) {
        return new Maintenance(List.of("交易"), null, null, null, null, e, null);
    }

    static Emergency emergency(List<DrillPlan> plans, List<Drill> drills, List<IndustryExercise> exercises) {
        return new Emergency(null, null, null, null, exercises, plans, drills, null);
    }

    @Test
    void staleRecordsSayWhatFailedNotWhatWouldPass() {
        // 4.7.1.9: the latest risk assessment more than a year old
        RiskAssessment old = new RiskAssessment("FX", d("2025-11-20"), null, null, List.of());
        ChangeManagement cm = new ChangeManagement(null, null, List.of(old));
        Check risk = ChangeChecks.riskAssessment(new Maintenance(null, cm, null, null, null, null, null), AS_OF);
        assertThat(risk.status()).isEqualTo(Status.NON_COMPLIANT);
        assertThat(risk.observed()).contains("latest risk assessment 2025-11-20, more than a year before 2026-11-21");
        // 2.7.4.2: the latest participation more than a year old
        IndustryExercise x = new IndustryExercise("JYS", d("2025-11-20"), "上期所", "drill", null, true,
                new Step(null, null, "YL", null));
        Check ind = EmergencyChecks.industryExercises(withEmergency(emergency(null, null, List.of(x))), AS_OF);
        assertThat(ind.status()).isEqualTo(Status.NON_COMPLIANT);
        assertThat(ind.observed()).contains("latest participation 2025-11-20, more than a year before 2026-11-21");
    }

    @Test
    void drillPlanTextsAgreeWithTheStatus() {
        // no drill plan at all: nothing may read "all planned beforehand"
        Check none = EmergencyChecks.drillPlan(withEmergency(emergency(List.of(), List.of(), null)), AS_OF);
        assertThat(none.status()).isEqualTo(Status.NON_COMPLIANT);
        assertThat(none.observed()).contains("no drill plan").doesNotContain("all planned beforehand")
                .doesNotContain("every drill planned beforehand");
        assertThat(none.situation()).contains("未制定应急演练计划").doesNotContain("均已实施");
        // a plan scheduling nothing and no drill held (D5)
        DrillPlan empty = new DrillPlan("YJ-2026", null, d("2026-01-05"), null, List.of());
        Check noDrill = EmergencyChecks.drillPlan(withEmergency(emergency(List.of(empty), List.of(), null)), AS_OF);
        assertThat(noDrill.status()).isEqualTo(Status.NON_COMPLIANT);
        assertThat(noDrill.observed()).contains("no drill held up to 2026-11-21");
    }

    @Test
    void aReportNotSayingWhetherItCallsForImprovementIsNotCountedAsCallingForIt() {
        CapacityAssessment unstated = new CapacityAssessment("R1", d("2026-03-31"), List.of("交易"), null, null, List.of());
        Check c = CapacityChecks.improvementPlan(new Maintenance(List.of("交易"), null, null, null, List.of(unstated),
                null, null), AS_OF);
        assertThat(c.status()).isEqualTo(Status.INSUFFICIENT_DATA);
        assertThat(c.observed()).contains("0 report(s) calling for improvement, 1 not stating whether they do");
    }

    @Test
    void anEmptyCoreSystemListIsStatedDataAndFails() {
        Maintenance m = new Maintenance(List.of(), null, null, null, List.of(), null, null);
        Check c = CapacityChecks.yearlyAssessment(m, AS_OF);
        assertThat(c.status()).isEqualTo(Status.NON_COMPLIANT);
        assertThat(c.observed()).contains("maintenance.coreSystems is empty").doesNotContain("not stated");
    }

    @Test
    void aLatestConfigurationChangeAfterTheAsOfDateIsSaidToBeSo() {
        ConfigItem later = new ConfigItem("A", "交易", null, d("2026-11-22"), List.of(d("2026-11-20")), null);
        Check c = ConfigChecks.backup(withItems(later), AS_OF);
        assertThat(c.status()).isEqualTo(Status.INSUFFICIENT_DATA);
        assertThat(c.observed()).contains("2026-11-22, after the as-of date").doesNotContain("not stated: A (latest configuration change not stated)");
    }
}
