package io.fitg.rules.branch;

import io.fitg.api.Clause;
import io.fitg.api.Status;
import io.fitg.model.Sections;
import io.fitg.model.branch.Branch;
import io.fitg.model.branch.BranchDevice;
import io.fitg.model.branch.TradingLink;
import io.fitg.model.common.ActivityRecord;
import io.fitg.rules.support.Assessment;
import io.fitg.rules.support.Decision;
import io.fitg.rules.support.Tri;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class BranchChecksTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 21); // a Saturday

    static Branch branch(String id, Boolean onSite, List<TradingLink> links, List<BranchDevice> devices) {
        return new Branch(id, id, onSite, null, devices, null, null, null, null, null, null, links, null, null, null,
                null, null, null);
    }

    static List<TradingLink> links(int n) {
        List<TradingLink> l = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            l.add(new TradingLink("L" + i, null, null, true, BigDecimal.TEN, AS_OF.minusDays(1)));
        }
        return l;
    }

    static BranchDevice device(String id, String role, Boolean key) {
        return new BranchDevice(id, BranchDevice.Kind.NETWORK, role, key, true, null, null);
    }

    @Test
    void workingDaysSkipWeekends() {
        LocalDate fri = LocalDate.of(2026, 11, 20);
        assertThat(BranchChecks.workingDaysAfter(fri, AS_OF)).isZero();
        assertThat(BranchChecks.workingDaysAfter(fri, LocalDate.of(2026, 11, 23))).isEqualTo(1);
        assertThat(BranchChecks.workingDaysAfter(LocalDate.of(2026, 11, 18), AS_OF)).isEqualTo(2);
        assertThat(BranchChecks.workingDaysAfter(LocalDate.of(2026, 11, 13), AS_OF)).isEqualTo(5);
        assertThat(BranchChecks.workingDaysAfter(AS_OF, AS_OF)).isZero();
    }

    @Test
    void workingDaysSkipTheNonTradingDaysHandedIn() {
        // 2026-10-01..07 国庆节: Thursday 1st, Friday 2nd, Monday 5th to Wednesday 7th are closed
        Set<LocalDate> closed = Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5),
                LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7));
        LocalDate before = LocalDate.of(2026, 9, 30);
        LocalDate after = LocalDate.of(2026, 10, 8);
        assertThat(BranchChecks.workingDaysAfter(before, after)).isEqualTo(6);
        assertThat(BranchChecks.workingDaysAfter(before, after, closed)).isEqualTo(1);
        assertThat(BranchChecks.workingDaysAfter(before, after, BranchChecks.NO_NON_TRADING_DAYS)).isEqualTo(6);
    }

    @Test
    void anUpgradeCountsWhenItNamesTheItemOnOrAfterThePeakAndWithinThirtyDays() {
        LocalDate peak = LocalDate.of(2026, 10, 1);
        List<ActivityRecord> ups = List.of(new ActivityRecord(LocalDate.of(2026, 10, 31), "扩容", null, "L1"),
                new ActivityRecord(LocalDate.of(2026, 9, 30), "扩容", null, "L2"),
                new ActivityRecord(LocalDate.of(2026, 11, 22), "扩容", null, "L3"));
        assertThat(BranchChecks.firstUpgrade(ups, "L1", peak, AS_OF)).isEqualTo(LocalDate.of(2026, 10, 31));
        // before the peak: it did not bring use within the threshold
        assertThat(BranchChecks.firstUpgrade(ups, "L2", peak, AS_OF)).isNull();
        assertThat(BranchChecks.lastUpgradeBefore(ups, "L2", peak)).isEqualTo(LocalDate.of(2026, 9, 30));
        // after the as-of date: does not exist yet
        assertThat(BranchChecks.firstUpgrade(ups, "L3", peak, AS_OF)).isNull();
    }

    @Test
    void aCompanyThresholdAbove80PercentIsReadAs80() {
        assertThat(BranchChecks.effectiveThreshold(BigDecimal.valueOf(100))).isEqualByComparingTo("80");
        assertThat(BranchChecks.effectiveThreshold(BigDecimal.valueOf(80))).isEqualByComparingTo("80");
        assertThat(BranchChecks.effectiveThreshold(new BigDecimal("80.5"))).isEqualByComparingTo("80");
        assertThat(BranchChecks.effectiveThreshold(BigDecimal.valueOf(70))).isEqualByComparingTo("70");
    }

    @Test
    void anOnSiteTradingBranchIdentifyingNoKeyDeviceFailsUnlessWhetherOneIsKeyIsNotStated() {
        assertThat(BranchChecks.redundancyOf(branch("B", true, null, List.of())).tri()).isEqualTo(Tri.FALSE);
        assertThat(BranchChecks.redundancyOf(branch("B", true, null, List.of(device("SW-1", "核心交换机", false)))).tri())
                .isEqualTo(Tri.FALSE);
        assertThat(BranchChecks.redundancyOf(branch("B", true, null, List.of(device("SW-1", "核心交换机", false),
                device("SW-2", "核心交换机", null)))).tri()).isEqualTo(Tri.UNKNOWN);
        assertThat(BranchChecks.equipmentAreaOf(branch("B", true, null, List.of())).tri()).isEqualTo(Tri.FALSE);
    }

    @Test
    void aLoneKeyDeviceIsUnknownWhileAnotherDevicesRoleIsNotStated() {
        Branch lone = branch("B", true, null, List.of(device("SW-1", "核心交换机", true)));
        assertThat(BranchChecks.redundancyOf(lone).tri()).isEqualTo(Tri.FALSE);
        Branch maybeTwin = branch("B", true, null, List.of(device("SW-1", "核心交换机", true), device("SW-2", null, false)));
        assertThat(BranchChecks.redundancyOf(maybeTwin).tri()).isEqualTo(Tri.UNKNOWN);
        Branch pair = branch("B", true, null, List.of(device("SW-1", "核心交换机", true), device("SW-2", "核心交换机", false)));
        assertThat(BranchChecks.redundancyOf(pair).tri()).isEqualTo(Tri.TRUE);
    }

    static Map<String, Decision> decide(Set<String> given, List<Branch> branches) {
        Clause c = new Clause("2.8.2.1", "current", 1, true, true, "分支机构技术要求", "交易保障", "…",
                "branch.two-trading-links", "branch.two-trading-links", Map.of());
        Assessment a = new Assessment(AS_OF, "current", Map.of("branch.two-trading-links", List.of(c)));
        BranchChecks.tradingLinks(a.clause(c), new Sections(given), branches);
        return a.decisions();
    }

    @Test
    void onlyOnSiteTradingBranchesAreJudged() {
        List<Branch> bs = List.of(branch("A", true, links(2), null), branch("B", false, links(1), null));
        assertThat(decide(Set.of("branches"), bs).get("2.8.2.1").status()).isEqualTo(Status.COMPLIANT);
    }

    @Test
    void aFailingBranchDecidesEvenWhenAnotherLacksDataAndOnlyItIsCited() {
        List<Branch> bs = List.of(branch("A", true, links(1), null), branch("B", true, null, null),
                branch("C", null, links(2), null), branch("D", true, links(2), null));
        Decision d = decide(Set.of("branches"), bs).get("2.8.2.1");
        assertThat(d.status()).isEqualTo(Status.NON_COMPLIANT);
        assertThat(d.facts()).containsExactly("A");
        assertThat(d.observed()).startsWith("1 of 3 on-site-trading branch(es) fall short: A A: 1 trading link(s)");
    }

    @Test
    void missingDataOrAnUnknownConditionIsInsufficient() {
        Decision d = decide(Set.of("branches"), List.of(branch("A", true, links(2), null), branch("C", null, links(2), null)))
                .get("2.8.2.1");
        assertThat(d.status()).isEqualTo(Status.INSUFFICIENT_DATA);
        assertThat(d.message()).contains("branches[C].onSiteTrading");
    }

    @Test
    void noOnSiteTradingBranchIsNotApplicableButUnstatedBranchesAreMissingData() {
        assertThat(decide(Set.of("branches"), List.of(branch("B", false, null, null))).get("2.8.2.1").status())
                .isEqualTo(Status.NOT_APPLICABLE);
        assertThat(decide(Set.of("branches"), List.of()).get("2.8.2.1").status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(decide(Set.of("company"), List.of()).get("2.8.2.1").status()).isEqualTo(Status.INSUFFICIENT_DATA);
    }

    @Test
    void aLargeNetworkIsJudgedBranchByBranchAndListsAreCapped() {
        List<Branch> bs = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            bs.add(branch(String.format("B%03d", i), true, links(i % 20 == 0 ? 1 : 2), null));
        }
        Decision d = decide(Set.of("branches"), bs).get("2.8.2.1");
        assertThat(d.status()).isEqualTo(Status.NON_COMPLIANT);
        // every failing branch is cited; the text names the first ten
        assertThat(d.facts()).hasSize(25).startsWith("B000", "B020").endsWith("B480");
        assertThat(d.observed()).startsWith("25 of 500").contains("B180 B180: 1").doesNotContain("B200 B200: 1")
                .endsWith("and 15 more");
    }

    @Test
    void capacityWithNoLinkSaysSoAndFails() {
        Branch b = new Branch("B", "B", true, null, List.of(new BranchDevice("SW-1", BranchDevice.Kind.NETWORK, "核心交换机",
                true, true, BigDecimal.TEN, AS_OF)), null, null, null, null, null, null, List.of(), true,
                BigDecimal.valueOf(70), List.of(), null, null, null);
        BranchResult r = BranchChecks.capacityOf(b, AS_OF);
        assertThat(r.tri()).isEqualTo(Tri.FALSE);
        assertThat(r.en()).contains("no trading link listed").doesNotContain("links monitored");
    }

    @Test
    void aLatestDateAfterTheAsOfDateIsMissingDataSayingSo() {
        Branch b = new Branch("B", "B", true, null, null, null, null, null, null,
                new io.fitg.model.branch.HqReporting("日报", 1, AS_OF.plusDays(2)), null, null, null, null, null, null,
                null, null);
        BranchResult r = BranchChecks.hqAwarenessOf(b, AS_OF);
        assertThat(r.tri()).isEqualTo(Tri.UNKNOWN);
        assertThat(r.en()).contains("after the as-of date");
    }
}
