package io.fitg.rules.management;

import io.fitg.model.management.FinancialYear;
import io.fitg.model.management.Management;
import io.fitg.rules.support.Calc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * x.1.5.1 IT spend: the average IT spend of the last three accounting years must be at least the larger of
 * {@code netProfitPercent}% of the average net profit and {@code revenuePercent}% of the average revenue.
 * The last three accounting years are the three calendar years before the as-of date's year.
 */
public final class ItSpend {
    private ItSpend() {
    }

    /** The three accounting years judged on {@code asOf}, latest first. */
    public static List<Integer> lastThreeYears(LocalDate asOf) {
        int y = asOf.getYear();
        return List.of(y - 1, y - 2, y - 3);
    }

    /** Sums of the three years' figures (null when a figure is missing). */
    public record Totals(BigDecimal spend, BigDecimal revenue, BigDecimal netProfit, List<Integer> missingYears) {
        public BigDecimal average(BigDecimal sum) {
            return sum == null ? null : sum.divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP);
        }
    }

    public static Totals totals(List<FinancialYear> years, LocalDate asOf) {
        BigDecimal spend = BigDecimal.ZERO;
        BigDecimal revenue = BigDecimal.ZERO;
        BigDecimal profit = BigDecimal.ZERO;
        List<Integer> missing = new ArrayList<>();
        for (int y : lastThreeYears(asOf)) {
            FinancialYear f = years == null ? null
                    : years.stream().filter(x -> x.year() != null && x.year() == y).findFirst().orElse(null);
            if (f == null) {
                missing.add(y);
                spend = revenue = profit = null;
                continue;
            }
            spend = add(spend, f.itSpend());
            revenue = add(revenue, f.revenue());
            profit = add(profit, f.netProfit());
        }
        return new Totals(spend, revenue, profit, List.copyOf(missing));
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.add(b);
    }

    /** {@code 100 * spend >= pct * base} (the averages share the factor 1/3, so sums compare exactly). */
    public static boolean atLeast(BigDecimal spend, BigDecimal base, BigDecimal pct) {
        return spend.multiply(BigDecimal.valueOf(100)).compareTo(pct.multiply(base)) >= 0;
    }

    /** The required average: the larger of the two shares (a loss makes the profit share negative). */
    public static BigDecimal requiredAverage(Totals t, BigDecimal netProfitPercent, BigDecimal revenuePercent) {
        BigDecimal byProfit = t.average(t.netProfit()).multiply(netProfitPercent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        BigDecimal byRevenue = t.average(t.revenue()).multiply(revenuePercent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        return byProfit.max(byRevenue);
    }

    public static Result check(Management m, LocalDate asOf, BigDecimal netProfitPercent, BigDecimal revenuePercent) {
        List<Integer> years = lastThreeYears(asOf);
        String span = years.get(2) + "–" + years.get(0);
        String np = Calc.num(netProfitPercent);
        String rv = Calc.num(revenuePercent);
        Result r = Result.expect("average IT spend " + span + " at least the larger of " + np + "% of average net profit "
                + "and " + rv + "% of average revenue");
        if (m.financialYears() == null) {
            return r.insufficient("management.financialYears");
        }
        Totals t = totals(m.financialYears(), asOf);
        if (!t.missingYears().isEmpty()) {
            return r.observed("no figures for " + t.missingYears()).insufficient("management.financialYears (years "
                    + t.missingYears() + ")");
        }
        if (t.spend() != null && t.revenue() != null && !atLeast(t.spend(), t.revenue(), revenuePercent)) {
            // already short of the revenue share, whatever the profit
            return r.observed("average IT spend " + Calc.num(t.average(t.spend())) + " < " + rv + "% of average revenue "
                            + Calc.num(t.average(t.revenue())) + " (" + Calc.pct(t.spend().doubleValue(), t.revenue().doubleValue()) + ")")
                    .situation(span + "年度平均IT投入" + Calc.num(t.average(t.spend())) + "，平均营业收入"
                            + Calc.num(t.average(t.revenue())) + "，IT投入占比" + Calc.pct(t.spend().doubleValue(), t.revenue().doubleValue())
                            + "，低于" + rv + "%。")
                    .decide(false);
        }
        if (t.spend() == null || t.revenue() == null || t.netProfit() == null) {
            return r.insufficient("management.financialYears[].itSpend, revenue, netProfit");
        }
        boolean ok = atLeast(t.spend(), t.netProfit(), netProfitPercent) && atLeast(t.spend(), t.revenue(), revenuePercent);
        BigDecimal req = requiredAverage(t, netProfitPercent, revenuePercent);
        return r.observed("average IT spend " + Calc.num(t.average(t.spend())) + "; average net profit "
                        + Calc.num(t.average(t.netProfit())) + ", average revenue " + Calc.num(t.average(t.revenue()))
                        + "; required " + Calc.num(req))
                .situation(span + "年度平均IT投入" + Calc.num(t.average(t.spend())) + "，平均净利润"
                        + Calc.num(t.average(t.netProfit())) + "，平均营业收入" + Calc.num(t.average(t.revenue()))
                        + "，应不少于" + Calc.num(req) + "（取平均净利润的" + np + "%与平均营业收入的" + rv + "%二者较大者）。")
                .facts("management.financialYears")
                .decide(ok);
    }
}
