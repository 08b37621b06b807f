package io.fitg.rules.maintenance;

import io.fitg.model.common.DocumentRecord;
import io.fitg.model.maintenance.Action;
import io.fitg.model.maintenance.ConfigComparison;
import io.fitg.model.maintenance.RoleHolder;
import io.fitg.model.maintenance.Step;
import io.fitg.model.management.StaffMember;
import io.fitg.api.Status;
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
        assertThat(Common.onTrack(new Action("A", null, null, LocalDate.of(2026, 11, 21), null, null), null, AS_OF, "p").tri())
                .isEqualTo(Tri.TRUE);
        assertThat(Common.onTrack(new Action("A", null, null, LocalDate.of(2026, 11, 20), null, null), null, AS_OF, "p").tri())
                .isEqualTo(Tri.FALSE);
        // no due date and no date it was proposed (nor a trigger date): its timeliness cannot be judged
        assertThat(Common.onTrack(new Action("A", null, null, null, null, null), null, AS_OF, "p").tri())
                .isEqualTo(Tri.UNKNOWN);
        // completed on or before its due date: done; after it: late, even when completed by the as-of date
        assertThat(Common.onTrack(new Action("A", null, null, AS_OF, AS_OF, null), null, AS_OF, "p").tri())
                .isEqualTo(Tri.TRUE);
        assertThat(Common.onTrack(new Action("A", null, null, LocalDate.of(2026, 1, 1), AS_OF, null), null, AS_OF, "p").tri())
                .isEqualTo(Tri.FALSE);
        // completion recorded after the as-of date has not happened yet on it
        assertThat(Common.onTrack(new Action("A", null, null, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 22), null),
                null, AS_OF, "p").tri()).isEqualTo(Tri.FALSE);
    }

    @Test
    void withoutADueDateAnActionIsTimelyWithinThirtyDaysOfBeingProposed() {
        LocalDate proposed = LocalDate.of(2026, 10, 1);
        // completed on day 30 / day 31 after the proposal
        assertThat(Common.onTrack(new Action("A", null, proposed, null, LocalDate.of(2026, 10, 31), null), null, AS_OF, "p")
                .tri()).isEqualTo(Tri.TRUE);
        assertThat(Common.onTrack(new Action("A", null, proposed, null, LocalDate.of(2026, 11, 1), null), null, AS_OF, "p")
                .tri()).isEqualTo(Tri.FALSE);
        // open: not yet due until day 30, overdue after
        Judged open = Common.onTrack(new Action("A", null, LocalDate.of(2026, 10, 22), null, null, null), null, AS_OF, "p");
        assertThat(open.tri()).isEqualTo(Tri.TRUE);
        assertThat(open.en()).contains("not yet due (until 2026-11-21)");
        assertThat(Common.onTrack(new Action("A", null, LocalDate.of(2026, 10, 21), null, null, null), null, AS_OF, "p")
                .tri()).isEqualTo(Tri.FALSE);
        // the trigger (report, incident) stands in for a proposal date not stated
        assertThat(Common.onTrack(new Action("A", null, null, null, null, null), LocalDate.of(2026, 10, 22), AS_OF, "p")
                .tri()).isEqualTo(Tri.TRUE);
    }

    @Test
    void aFollowUpIsTimelyOnOrAfterTheChangeAndWithinThirtyDays() {
        LocalDate change = LocalDate.of(2026, 10, 10);
        assertThat(Common.followUp(dated("2026-10-10"), change, true, AS_OF, "u", "u", "p.u").tri()).isEqualTo(Tri.TRUE);
        assertThat(Common.followUp(dated("2026-11-09"), change, true, AS_OF, "u", "u", "p.u").tri()).isEqualTo(Tri.TRUE);
        assertThat(Common.followUp(dated("2026-11-10"), change, true, AS_OF, "u", "u", "p.u").tri()).isEqualTo(Tri.FALSE);
        // made long before the change: not an update made because of it
        assertThat(Common.followUp(dated("2026-01-01"), change, true, AS_OF, "u", "u", "p.u").tri()).isEqualTo(Tri.FALSE);
        // done without a date: cannot be placed
        Judged undated = Common.followUp(new Step(true, null, "R", null), change, true, AS_OF, "u", "u", "p.u");
        assertThat(undated.tri()).isEqualTo(Tri.UNKNOWN);
        assertThat(undated.missing()).isEqualTo("p.u.date");
        // not done: not yet due while within 30 days of the change, late after
        LocalDate recent = LocalDate.of(2026, 10, 22);
        Judged pending = Common.followUp(new Step(false, null, null, null), recent, true, AS_OF, "u", "u", "p.u");
        assertThat(pending.tri()).isEqualTo(Tri.TRUE);
        assertThat(pending.en()).contains("not yet due (until 2026-11-21)");
        assertThat(Common.followUp(new Step(false, null, null, null), LocalDate.of(2026, 10, 21), true, AS_OF, "u", "u",
                "p.u").tri()).isEqualTo(Tri.FALSE);
        assertThat(Common.followUp(null, recent, true, AS_OF, "u", "u", "p.u").tri()).isEqualTo(Tri.TRUE);
        assertThat(Common.followUp(null, LocalDate.of(2026, 10, 21), true, AS_OF, "u", "u", "p.u").tri())
                .isEqualTo(Tri.UNKNOWN);
    }

    @Test
    void anUndatedStepWhereTheClauseNeedsAnOrderIsMissingData() {
        Judged j = Common.step(new Step(true, null, null, null), CHANGE, When.BEFORE, false, AS_OF, "assessment", "评估",
                "maintenance.changeManagement.changes[C1].assessment");
        assertThat(j.tri()).isEqualTo(Tri.UNKNOWN);
        assertThat(j.missing()).isEqualTo("maintenance.changeManagement.changes[C1].assessment.date");
        assertThat(Common.step(new Step(null, null, "JC1", null), CHANGE, When.AFTER, false, AS_OF, "check", "检查", "p.c")
                .tri()).isEqualTo(Tri.UNKNOWN);
        // where the clause names no order, a reference is enough
        assertThat(Common.step(new Step(null, null, "CZ1", null), CHANGE, When.ANY, false, AS_OF, "record", "记录", "p.r")
                .tri()).isEqualTo(Tri.TRUE);
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

    static StaffMember staff(String id, String name, LocalDate left) {
        return new StaffMember(id, name, true, true, List.of(), null, null, null, true, LocalDate.of(2016, 3, 1), left,
                null, null, null, null, null, null, null, null);
    }

    @Test
    void theHolderOfARoleMustBeOnTheRosterAndInPost() {
        RoleHolder byId = new RoleHolder("T05", "陈杰", "测试负责人", null, LocalDate.of(2022, 1, 1), null, null);
        RoleHolder byName = new RoleHolder(null, "陈杰", "测试负责人", null, LocalDate.of(2022, 1, 1), null, null);
        RoleHolder nameless = new RoleHolder(null, null, "测试负责人", null, LocalDate.of(2022, 1, 1), null, null);
        List<StaffMember> roster = List.of(staff("T05", "陈杰", null));
        assertThat(Common.appointed(List.of(byId), "p", AS_OF, "e", "系统测试", roster).status()).isEqualTo(Status.COMPLIANT);
        assertThat(Common.appointed(List.of(byName), "p", AS_OF, "e", "系统测试", roster).status()).isEqualTo(Status.COMPLIANT);
        // roster not stated: whether the person is in post cannot be checked
        Check noRoster = Common.appointed(List.of(byId), "p", AS_OF, "e", "系统测试", null);
        assertThat(noRoster.status()).isEqualTo(Status.INSUFFICIENT_DATA);
        assertThat(noRoster.detail()).isEqualTo("management.staff");
        // not on the roster, or left: fails, saying which
        Check absent = Common.appointed(List.of(byId), "p", AS_OF, "e", "系统测试", List.of(staff("T06", "杨静", null)));
        assertThat(absent.status()).isEqualTo(Status.NON_COMPLIANT);
        assertThat(absent.observed()).contains("陈杰 (T05)").contains("not on the staff roster");
        Check left = Common.appointed(List.of(byId), "p", AS_OF, "e", "系统测试",
                List.of(staff("T05", "陈杰", LocalDate.of(2026, 6, 30))));
        assertThat(left.status()).isEqualTo(Status.NON_COMPLIANT);
        assertThat(left.observed()).contains("left on 2026-06-30");
        // a holder without a name or id: missing data, and no "null" in the texts
        Check noName = Common.appointed(List.of(nameless), "p", AS_OF, "e", "系统测试", roster);
        assertThat(noName.status()).isEqualTo(Status.INSUFFICIENT_DATA);
        assertThat(noName.detail()).isEqualTo("p[0].name");
        assertThat(noName.observed() + noName.situation()).doesNotContain("null");
        // an appointment that ended before the as-of date
        RoleHolder ended = new RoleHolder("T05", "陈杰", null, null, LocalDate.of(2022, 1, 1), LocalDate.of(2026, 11, 20), null);
        assertThat(Common.appointed(List.of(ended), "p", AS_OF, "e", "系统测试", roster).status())
                .isEqualTo(Status.NON_COMPLIANT);
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
