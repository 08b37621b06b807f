package io.fitg.rules.maintenance;

import io.fitg.model.common.DocumentRecord;
import io.fitg.model.maintenance.Action;
import io.fitg.model.maintenance.ConfigComparison;
import io.fitg.model.maintenance.RoleHolder;
import io.fitg.model.maintenance.Step;
import io.fitg.rules.maintenance.Common.When;
import io.fitg.rules.support.Tri;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The date and step logic the x.7 checks share. */
class MaintenanceCommonTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 21);
    static final LocalDate CHANGE = LocalDate.of(2026, 9, 12);

    static Step dated(String d) {
        return new Step(null, LocalDate.parse(d), null, null);
    }

    @Test
    void stepStates() {
        assertThat(Step.state(null, AS_OF)).isEqualTo(Step.State.UNKNOWN);
        assertThat(Step.state(new Step(null, null, null, null), AS_OF)).isEqualTo(Step.State.UNKNOWN);
        assertThat(Step.state(new Step(false, null, null, null), AS_OF)).isEqualTo(Step.State.NOT_DONE);
        assertThat(Step.state(new Step(true, null, null, null), AS_OF)).isEqualTo(Step.State.DONE);
        assertThat(Step.state(new Step(null, null, "BG-1", null), AS_OF)).isEqualTo(Step.State.DONE);
        assertThat(Step.state(new Step(null, null, " ", null), AS_OF)).isEqualTo(Step.State.UNKNOWN);
        assertThat(Step.state(new Step(null, null, null, "不涉及"), AS_OF)).isEqualTo(Step.State.NOT_NEEDED);
        assertThat(Step.state(new Step(false, null, null, "条件不允许"), AS_OF)).isEqualTo(Step.State.NOT_NEEDED);
        // a step is done on the as-of date itself, not the day after
        assertThat(Step.state(dated("2026-11-21"), AS_OF)).isEqualTo(Step.State.DONE);
        assertThat(Step.state(dated("2026-11-22"), AS_OF)).isEqualTo(Step.State.NOT_DONE);
    }

    @Test
    void aStepBeforeTheChangeMayBeOnTheChangeDateButNotAfter() {
        assertThat(Common.step(dated("2026-09-12"), CHANGE, When.BEFORE, false, AS_OF, "a", "a", "p.a").tri())
                .isEqualTo(Tri.TRUE);
        Judged late = Common.step(dated("2026-09-13"), CHANGE, When.BEFORE, false, AS_OF, "assessment", "评估", "p.a");
        assertThat(late.tri()).isEqualTo(Tri.FALSE);
        assertThat(late.en()).contains("2026-09-13").contains("2026-09-12");
    }

    @Test
    void aStepAfterTheChangeMayBeOnTheChangeDateButNotBefore() {
        assertThat(Common.step(dated("2026-09-12"), CHANGE, When.AFTER, false, AS_OF, "a", "a", "p.a").tri())
                .isEqualTo(Tri.TRUE);
        assertThat(Common.step(dated("2026-09-11"), CHANGE, When.AFTER, false, AS_OF, "a", "a", "p.a").tri())
                .isEqualTo(Tri.FALSE);
    }

    @Test
    void notNeededCountsOnlyWhereTheClauseAllowsIt() {
        Step why = new Step(null, null, null, "同型号更换");
        assertThat(Common.step(why, CHANGE, When.BEFORE, true, AS_OF, "test", "测试", "p.test").tri()).isEqualTo(Tri.TRUE);
        assertThat(Common.step(why, CHANGE, When.BEFORE, false, AS_OF, "check", "检查", "p.check").tri()).isEqualTo(Tri.FALSE);
    }

    @Test
    void aDatedStepOfAnUndatedChangeCannotBePlacedAndNamesTheChangeDateAsMissing() {
        Judged j = Common.step(dated("2026-09-01"), null, When.BEFORE, false, AS_OF, "a", "a",
                "maintenance.changeManagement.changes[C1].assessment");
        assertThat(j.tri()).isEqualTo(Tri.UNKNOWN);
        assertThat(j.missing()).isEqualTo("maintenance.changeManagement.changes[C1].date");
    }

    @Test
    void judgedAndLetsAFailureWinOverAnUnknown() {
        Judged fail = Judged.fail("x", "x");
        Judged unknown = Judged.unknown("y", "y", "p");
        assertThat(unknown.and(fail).tri()).isEqualTo(Tri.FALSE);
        assertThat(fail.and(unknown).tri()).isEqualTo(Tri.FALSE);
        assertThat(Judged.ok().and(unknown).tri()).isEqualTo(Tri.UNKNOWN);
        assertThat(Judged.ok().and(Judged.ok()).tri()).isEqualTo(Tri.TRUE);
    }

    @Test
    void actionsAreOnTrackUntilTheirDueDatePasses() {
        assertThat(Common.onTrack(new Action("A", null, null, LocalDate.of(2026, 11, 21), null, null), AS_OF, "p").tri())
                .isEqualTo(Tri.TRUE);
        assertThat(Common.onTrack(new Action("A", null, null, LocalDate.of(2026, 11, 20), null, null), AS_OF, "p").tri())
                .isEqualTo(Tri.FALSE);
        assertThat(Common.onTrack(new Action("A", null, null, null, null, null), AS_OF, "p").tri())
                .isEqualTo(Tri.UNKNOWN);
        // completed on or before the as-of date: done, whatever the due date
        assertThat(Common.onTrack(new Action("A", null, null, LocalDate.of(2026, 1, 1), AS_OF, null), AS_OF, "p").tri())
                .isEqualTo(Tri.TRUE);
        // completion recorded after the as-of date has not happened yet on it
        assertThat(Common.onTrack(new Action("A", null, null, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 22), null),
                AS_OF, "p").tri()).isEqualTo(Tri.FALSE);
    }

    @Test
    void documentsInForce() {
        DocumentRecord issuedToday = new DocumentRecord("办法", AS_OF, null, null, null);
        DocumentRecord tomorrow = new DocumentRecord("办法", AS_OF.plusDays(1), null, null, null);
        DocumentRecord expired = new DocumentRecord("办法", LocalDate.of(2020, 1, 1), null, null, AS_OF.minusDays(1));
        DocumentRecord undated = new DocumentRecord("办法", null, null, null, null);
        assertThat(Common.documents(null, AS_OF)).isEqualTo(Tri.UNKNOWN);
        assertThat(Common.documents(List.of(), AS_OF)).isEqualTo(Tri.FALSE);
        assertThat(Common.documents(List.of(issuedToday), AS_OF)).isEqualTo(Tri.TRUE);
        assertThat(Common.documents(List.of(tomorrow), AS_OF)).isEqualTo(Tri.FALSE);
        assertThat(Common.documents(List.of(expired), AS_OF)).isEqualTo(Tri.FALSE);
        assertThat(Common.documents(List.of(expired, undated), AS_OF)).isEqualTo(Tri.UNKNOWN);
        assertThat(Common.documents(List.of(undated, issuedToday), AS_OF)).isEqualTo(Tri.TRUE);
    }

    @Test
    void rolesAreHeldFromAppointmentToEndBothDaysIncluded() {
        RoleHolder h = new RoleHolder("T1", "陈杰", null, null, LocalDate.of(2022, 1, 1), AS_OF, null);
        assertThat(h.inPostOn(AS_OF)).isTrue();
        assertThat(h.inPostOn(AS_OF.plusDays(1))).isFalse();
        assertThat(h.inPostOn(LocalDate.of(2021, 12, 31))).isFalse();
        assertThat(new RoleHolder("T1", null, null, null, null, null, null).inPostOn(AS_OF)).isFalse();
        assertThat(new RoleHolder(null, "陈杰", null, null, null, null, null).inPostOn(AS_OF)).isTrue();
    }

    static ConfigComparison cmp(String date, String... systems) {
        return new ConfigComparison("C", date == null ? null : LocalDate.parse(date),
                systems.length == 0 ? null : List.of(systems), 0, null);
    }

    @Test
    void coverageOfEachSystemWithinOneYearBothEndsIncluded() {
        List<String> core = List.of("交易", "结算");
        Tally ok = Common.coverage(core, List.of(cmp("2025-11-21", "交易", "结算")), ConfigComparison::date,
                ConfigComparison::systems, AS_OF, Common.REGULAR, "c", "c", "p");
        assertThat(ok.tri()).isEqualTo(Tri.TRUE);
        Tally old = Common.coverage(core, List.of(cmp("2025-11-20", "交易", "结算")), ConfigComparison::date,
                ConfigComparison::systems, AS_OF, Common.REGULAR, "c", "c", "p");
        assertThat(old.tri()).isEqualTo(Tri.FALSE);
        assertThat(old.failed()).isEqualTo(2);
        Tally partial = Common.coverage(core, List.of(cmp("2026-10-31", "交易")), ConfigComparison::date,
                ConfigComparison::systems, AS_OF, Common.REGULAR, "c", "c", "p");
        assertThat(partial.tri()).isEqualTo(Tri.FALSE);
        assertThat(partial.failEn).singleElement().asString().startsWith("结算");
        Tally future = Common.coverage(core, List.of(cmp("2026-11-22", "交易", "结算")), ConfigComparison::date,
                ConfigComparison::systems, AS_OF, Common.REGULAR, "c", "c", "p");
        assertThat(future.tri()).isEqualTo(Tri.FALSE);
        Tally unnamed = Common.coverage(core, List.of(cmp("2026-10-31")), ConfigComparison::date,
                ConfigComparison::systems, AS_OF, Common.REGULAR, "c", "c", "p");
        assertThat(unnamed.tri()).isEqualTo(Tri.UNKNOWN);
        // a recent comparison naming no systems may cover the system not otherwise covered: unknown, not failing
        Tally mixed = Common.coverage(core, List.of(cmp("2026-10-31", "交易"), cmp("2026-10-01")),
                ConfigComparison::date, ConfigComparison::systems, AS_OF, Common.REGULAR, "c", "c", "p");
        assertThat(mixed.tri()).isEqualTo(Tri.UNKNOWN);
        assertThat(mixed.passed()).isEqualTo(1);
    }
}
