package io.fitg.model.security;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

/**
 * The video surveillance of one customer trading area (客户交易区) of the business premises (x.4.4.7/x.4.4.9).
 * The retention is the sum of the years, months and days given.
 */
public record TradingAreaVideo(
        @JsonPropertyDescription("A stable id, cited in findings.")
        String id,
        @JsonPropertyDescription("The premises (headquarters or branch) and the area.")
        String premises,
        @JsonPropertyDescription("Video surveillance is installed in the customer trading area.")
        Boolean installed,
        @JsonPropertyDescription("The recording covers all trading sessions (day and night).")
        Boolean coversAllTradingSessions,
        @JsonPropertyDescription("How long recordings are kept: years part.")
        Integer retentionYears,
        @JsonPropertyDescription("How long recordings are kept: months part.")
        Integer retentionMonths,
        @JsonPropertyDescription("How long recordings are kept: days part.")
        Integer retentionDays) implements Identified {
}
