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
 *
 * <p>Because the requirement is the larger of the two shares, falling short of either one is a breach whatever the
 * other figure is: a spend below 6% of the net profit is NON_COMPLIANT even with the revenue not stated.
 * Each accounting year appears once (the profile reader rejects a repeated {@code year}).
 */
public final class ItSpend {
    private ItSpend() {
    }

    /** The three accounting years judged on {@code asOf}, latest first. */
    public static List<Integer> lastThreeYears(LocalDate asOf) {
        int y = asOf.getYear();
        return List.of(y - 1, y - 2, y - 3);
    }

    /**
     * Sums of the three years' figures (null when a year or one of its figures is missing), the years without a
     * record, and the field paths of the figures not stated ({@code management.financialYears[2023].revenue}).
     */
    public record Totals(BigDecimal spend, BigDecimal revenue, BigDecimal netProfit, List<Integer> missingYears,
                         List<String> missingSpend, List<String> missingRevenue, List<String> missingProfit) {
        public Totals(BigDecimal spend, BigDecimal revenue, BigDecimal netProfit, List<Integer> missingYears) {
            this(spend, revenue, netProfit, missingYears, List.of(), List.of(), List.of());
        }

        /** The average, rounded to cents for display ({@link #exactAverage} for comparisons). */
        public BigDecimal average(BigDecimal sum) {
            return sum == null ? null : sum.divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP);
        }
    }

    static BigDecimal exactAverage(BigDecimal sum) {
        return Texts.divide(sum, 3);
    }

    public static Totals totals(List<FinancialYear> years, LocalDate asOf) {
        BigDecimal spend = BigDecimal.ZERO;
        BigDecimal revenue = BigDecimal.ZERO;
        BigDecimal profit = BigDecimal.ZERO;
        List<Integer> missing = new ArrayList<>();
        List<String> noSpend = new ArrayList<>();
        List<String> noRevenue = new ArrayList<>();
        List<String> noProfit = new ArrayList<>();
        List<Integer> three = lastThreeYears(asOf);
        for (int i = three.size() - 1; i >= 0; i--) {
            int y = three.get(i);
            FinancialYear f = years == null ? null
                    : years.stream().filter(x -> x.year() != null && x.year() == y).findFirst().orElse(null);
            if (f == null) {
                missing.add(y);
                spend = revenue = profit = null;
                continue;
            }
            spend = add(spend, f.itSpend(), noSpend, y, "itSpend");
            revenue = add(revenue, f.revenue(), noRevenue, y, "revenue");
            profit = add(profit, f.netProfit(), noProfit, y, "netProfit");
        }
        return new Totals(spend, revenue, profit, List.copyOf(missing), List.copyOf(noSpend), List.copyOf(noRevenue),
                List.copyOf(noProfit));
    }

    private static BigDecimal add(BigDecimal sum, BigDecimal value, List<String> missing, int year, String field) {
        if (value == null) {
            missing.add(path(year, field));
            return null;
        }
        return sum == null ? null : sum.add(value);
    }

    static String path(int year, String field) {
        return "management.financialYears[" + year + "]" + (field == null ? "" : "." + field);
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

    /** One share's test: the base, its percentage, and what the spend is to it. */
    private record Share(String en, String zh, BigDecimal base, BigDecimal pct, Boolean met) {
        static Share of(String en, String zh, BigDecimal spendSum, BigDecimal baseSum, BigDecimal pct) {
            return new Share(en, zh, baseSum, pct, baseSum == null ? null : atLeast(spendSum, baseSum, pct));
        }

        BigDecimal required() {
            return Texts.divide(exactAverage(base).multiply(pct), 100);
        }
    }

    public static Result check(Management m, LocalDate asOf, BigDecimal netProfitPercent, BigDecimal revenuePercent) {
        List<Integer> years = lastThreeYears(asOf);
        String span = years.get(2) + "–" + years.get(0);
        String np = Calc.num(netProfitPercent);
        String rv = Calc.num(revenuePercent);
        Result r = Result.expect("average IT spend " + span + " at least the larger of " + np + "% of average net profit "
                + "and " + rv + "% of average revenue");
        if (m.financialYears() == null) {
            return r.observed("financial years not stated").insufficient("management.financialYears");
        }
        Totals t = totals(m.financialYears(), asOf);
        if (!t.missingYears().isEmpty()) {
            List<String> paths = t.missingYears().stream().map(y -> path(y, null)).toList();
            return r.observed("no figures for " + join(t.missingYears().stream().map(String::valueOf).toList())
                            + " (the last three accounting years are " + span + ")")
                    .situation("未提供" + String.join("、", t.missingYears().stream().map(y -> y + "年度").toList())
                            + "的IT投入及财务数据。")
                    .insufficient(String.join(", ", paths));
        }
        if (t.spend() == null) {
            List<String> all = new ArrayList<>(t.missingSpend());
            all.addAll(t.missingRevenue());
            all.addAll(t.missingProfit());
            return r.observed("IT spend not stated for " + join(t.missingSpend()))
                    .situation("未提供" + span + "年度完整的IT投入数据。")
                    .insufficient(String.join(", ", all));
        }
        BigDecimal avgSpend = exactAverage(t.spend());
        Share byRevenue = Share.of("average revenue", "平均营业收入", t.spend(), t.revenue(), revenuePercent);
        Share byProfit = Share.of("average net profit", "平均净利润", t.spend(), t.netProfit(), netProfitPercent);
        List<String> en = new ArrayList<>();
        List<String> zh = new ArrayList<>();
        // the spend is printed against the larger known requirement, with enough digits to keep them apart
        BigDecimal req = null;
        for (Share s : List.of(byProfit, byRevenue)) {
            if (s.base() != null && s.base().signum() > 0) {
                BigDecimal q = s.required();
                req = req == null || q.compareTo(req) > 0 ? q : req;
            }
        }
        String spendText = req == null ? Texts.apart(avgSpend, null, 2) : Texts.apart(avgSpend, req, 2);
        en.add("average IT spend " + spendText);
        zh.add(span + "年度平均IT投入" + spendText);
        for (Share s : List.of(byRevenue, byProfit)) {
            String pctName = Calc.num(s.pct()) + "%";
            if (s.base() == null) {
                en.add(s.en() + " not stated");
                zh.add(s.zh() + "未提供");
                continue;
            }
            String base = Texts.apart(exactAverage(s.base()), null, 2);
            if (s.base().signum() <= 0) {
                en.add(s.en() + " " + base + " (" + (s.base().signum() < 0 ? "a loss" : "zero") + ": the " + pctName
                        + " share asks for nothing)");
                zh.add(s.zh() + base + "（" + (s.base().signum() < 0 ? "亏损" : "为零") + "，按" + pctName + "计算的要求不高于零）");
                continue;
            }
            String share = Texts.pct(t.spend(), s.base(), s.pct());
            en.add(s.en() + " " + base + ": spend is " + share + " of it, " + (s.met() ? "at least " : "below ") + pctName);
            zh.add("IT投入占" + s.zh() + base + "的" + share + "，" + (s.met() ? "不低于" : "低于") + pctName);
        }
        if (req != null) {
            String reqText = Texts.apart(req, avgSpend, 2);
            en.add("required at least " + reqText + (byRevenue.base() != null && byProfit.base() != null
                    ? " (the larger share)" : " so far (the other figure is not stated)"));
            zh.add("应不少于" + reqText + (byRevenue.base() != null && byProfit.base() != null
                    ? "（取平均净利润的" + np + "%与平均营业收入的" + rv + "%二者较大者）" : ""));
        }
        r.observed(String.join("; ", en)).situation(String.join("，", zh) + "。").facts("management.financialYears");
        if (Boolean.FALSE.equals(byRevenue.met()) || Boolean.FALSE.equals(byProfit.met())) {
            // 取二者数额较大者: short of either share is short of the larger one, whatever the other figure
            return r.decide(false);
        }
        if (byRevenue.met() != null && byProfit.met() != null) {
            return r.decide(true);
        }
        List<String> missing = new ArrayList<>();
        if (byRevenue.met() == null) {
            missing.addAll(t.missingRevenue());
        }
        if (byProfit.met() == null) {
            missing.addAll(t.missingProfit());
        }
        return r.insufficient(String.join(", ", missing));
    }

    private static String join(List<String> items) {
        return String.join(", ", items);
    }
}
