package io.fitg.rules.management;

import io.fitg.api.Status;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static io.fitg.rules.management.Fixtures.AS_OF;
import static io.fitg.rules.management.Fixtures.finances;
import static io.fitg.rules.management.Fixtures.year;
import static org.assertj.core.api.Assertions.assertThat;

/** x.1.5.1: averages over the last three accounting years. */
class ItSpendTest {
    private static final BigDecimal SIX = new BigDecimal("6");
    private static final BigDecimal THREE = new BigDecimal("3");

    @Test
    void theLastThreeAccountingYearsAreTheThreeBeforeTheAsOfYear() {
        assertThat(ItSpend.lastThreeYears(AS_OF)).containsExactly(2025, 2024, 2023);
        assertThat(ItSpend.lastThreeYears(LocalDate.of(2027, 1, 1))).containsExactly(2026, 2025, 2024);
    }

    @Test
    void totalsIgnoreOlderYearsAndReportMissingOnes() {
        var t = ItSpend.totals(finances(year(2022, "999", "999", "999"), year(2023, "1", "10", "-5"),
                year(2024, "2", "20", "5"), year(2025, "3", "30", "6")).financialYears(), AS_OF);
        assertThat(t.spend()).isEqualByComparingTo("6");
        assertThat(t.revenue()).isEqualByComparingTo("60");
        assertThat(t.netProfit()).isEqualByComparingTo("6");
        assertThat(t.missingYears()).isEmpty();
        var gap = ItSpend.totals(finances(year(2023, "1", "10", "1"), year(2025, "3", "30", "6")).financialYears(), AS_OF);
        assertThat(gap.missingYears()).containsExactly(2024);
        assertThat(gap.spend()).isNull();
    }

    @Test
    void theRequirementIsTheLargerShareAndALossLeavesTheRevenueShare() {
        var profitBinds = ItSpend.totals(finances(year(2023, "0", "100000", "60000"), year(2024, "0", "100000", "60000"),
                year(2025, "0", "100000", "60000")).financialYears(), AS_OF);
        assertThat(ItSpend.requiredAverage(profitBinds, SIX, THREE)).isEqualByComparingTo("3600");
        var loss = ItSpend.totals(finances(year(2023, "0", "100000", "-50000"), year(2024, "0", "100000", "-1"),
                year(2025, "0", "100000", "-2")).financialYears(), AS_OF);
        assertThat(ItSpend.requiredAverage(loss, SIX, THREE)).isEqualByComparingTo("3000");
    }

    @Test
    void comparisonIsExactAtTheBoundary() {
        // 9000 / 300000 = 3% exactly; 8999 is below; averaging must not round it up
        assertThat(ItSpend.atLeast(new BigDecimal("9000"), new BigDecimal("300000"), THREE)).isTrue();
        assertThat(ItSpend.atLeast(new BigDecimal("8999"), new BigDecimal("300000"), THREE)).isFalse();
        assertThat(ItSpend.atLeast(new BigDecimal("0.01"), new BigDecimal("-1000"), SIX)).isTrue();
    }

    @Test
    void decisions() {
        assertThat(ItSpend.check(finances(year(2023, "3000", "100000", "10000"), year(2024, "3000", "100000", "10000"),
                year(2025, "3000", "100000", "10000")), AS_OF, SIX, THREE).status()).isEqualTo(Status.COMPLIANT);
        assertThat(ItSpend.check(finances(year(2023, "3600", "100000", "60000"), year(2024, "3599", "100000", "60000"),
                year(2025, "3600", "100000", "60000")), AS_OF, SIX, THREE).status()).isEqualTo(Status.NON_COMPLIANT);
        assertThat(ItSpend.check(finances(year(2023, "1000", "100000", null), year(2024, "1000", "100000", null),
                year(2025, "1000", "100000", null)), AS_OF, SIX, THREE).status()).isEqualTo(Status.NON_COMPLIANT);
        assertThat(ItSpend.check(finances(year(2023, "5000", "100000", null), year(2024, "5000", "100000", null),
                year(2025, "5000", "100000", null)), AS_OF, SIX, THREE).status()).isEqualTo(Status.INSUFFICIENT_DATA);
        assertThat(ItSpend.check(finances(year(2024, "5000", "100000", "1")), AS_OF, SIX, THREE).status())
                .isEqualTo(Status.INSUFFICIENT_DATA);
    }

    @Test
    void shortOfTheProfitShareIsABreachWhateverTheRevenue() {
        // 599 < 6% of 10000: 取二者数额较大者 can only raise the requirement
        var r = ItSpend.check(finances(year(2023, "599", null, "10000"), year(2024, "599", null, "10000"),
                year(2025, "599", null, "10000")), AS_OF, SIX, THREE);
        assertThat(r.status()).isEqualTo(Status.NON_COMPLIANT);
        assertThat(r.observed()).contains("5.99% of it, below 6%").contains("average revenue not stated");
        var met = ItSpend.check(finances(year(2023, "600", null, "10000"), year(2024, "600", null, "10000"),
                year(2025, "600", null, "10000")), AS_OF, SIX, THREE);
        assertThat(met.status()).isEqualTo(Status.INSUFFICIENT_DATA);
        assertThat(met.missing()).isEqualTo("management.financialYears[2023].revenue, management.financialYears[2024].revenue, "
                + "management.financialYears[2025].revenue");
    }

    @Test
    void insufficientDataNamesTheFieldAndTheYear() {
        var one = ItSpend.check(finances(year(2023, "5000", "100000", "1000"), year(2024, "5000", null, "1000"),
                year(2025, "5000", "100000", "1000")), AS_OF, SIX, THREE);
        assertThat(one.status()).isEqualTo(Status.INSUFFICIENT_DATA);
        assertThat(one.missing()).isEqualTo("management.financialYears[2024].revenue");
        var gap = ItSpend.check(finances(year(2024, "5000", "100000", "1")), AS_OF, SIX, THREE);
        assertThat(gap.missing()).isEqualTo("management.financialYears[2023], management.financialYears[2025]");
        var spend = ItSpend.check(finances(year(2023, null, "100000", "1"), year(2024, "1", "100000", "1"),
                year(2025, "1", "100000", "1")), AS_OF, SIX, THREE);
        assertThat(spend.missing()).isEqualTo("management.financialYears[2023].itSpend");
    }

    @Test
    void theTextsNeverRoundABreachAway() {
        // 899 / 30000 = 2.9966…%: not "3.0%"
        var r = ItSpend.check(finances(year(2023, "299", "10000", "1000"), year(2024, "300", "10000", "1000"),
                year(2025, "300", "10000", "1000")), AS_OF, SIX, THREE);
        assertThat(r.status()).isEqualTo(Status.NON_COMPLIANT);
        assertThat(r.observed()).contains("2.997% of it, below 3%").doesNotContain("(3.0%)");
        assertThat(r.situation()).contains("2.997%").doesNotContain("3.0%，低于");
        assertThat(r.observed()).contains("average IT spend 299.67").contains("required at least 300");
    }
}
