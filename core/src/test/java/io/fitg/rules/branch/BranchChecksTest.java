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
            l.add(new TradingLink("L" + i, null, null, true, BigDecimal.TEN));
        }
        return l;
    }

    static BranchDevice device(String id, String role, Boolean key) {
        return new BranchDevice(id, BranchDevice.Kind.NETWORK, role, key, true, null);
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
    void anUpgradeCountsWhenItNamesTheItemWithinThreeMonths() {
        List<ActivityRecord> ups = List.of(new ActivityRecord(LocalDate.of(2026, 8, 21), "扩容", null, "L1"));
        assertThat(BranchChecks.upgradedRecently(ups, "L1", AS_OF)).isTrue();
        assertThat(BranchChecks.upgradedRecently(ups, "L2", AS_OF)).isFalse();
        List<ActivityRecord> late = List.of(new ActivityRecord(LocalDate.of(2026, 8, 20), "扩容", null, "L1"));
        assertThat(BranchChecks.upgradedRecently(late, "L1", AS_OF)).isFalse();
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
}
