package io.fitg.model.management;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.validation.Key;
import io.fitg.model.validation.MayBeNegative;

import java.math.BigDecimal;

/**
 * One accounting year's IT spend and results (会计年度), all amounts in the same unit (e.g. 万元).
 *
 * @param year      the accounting year (a calendar year); each year at most once in the list
 * @param itSpend   IT spend (IT投入) of the year
 * @param revenue   operating revenue (营业收入)
 * @param netProfit net profit (净利润), negative for a loss
 */
public record FinancialYear(
        @JsonPropertyDescription("The accounting year (会计年度, a calendar year); each year may appear only once.")
        @Key
        Integer year,
        @JsonPropertyDescription("IT spend (IT投入) of the year, in the same unit as revenue and net profit (e.g. 万元).")
        BigDecimal itSpend,
        @JsonPropertyDescription("Operating revenue (营业收入) of the year.")
        BigDecimal revenue,
        @JsonPropertyDescription("Net profit (净利润) of the year; negative for a loss.")
        @MayBeNegative
        BigDecimal netProfit) {
}
