package io.fitg.model.trading;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The peak bandwidth use of a link on one trading day (每交易日峰值).
 *
 * @param date     the trading day
 * @param peakMbps the highest traffic measured that day, in Mbit/s (the busier direction)
 */
public record DailyPeak(
        @JsonPropertyDescription("The trading day.") LocalDate date,
        @JsonPropertyDescription("The highest traffic measured on the link that day, in Mbit/s (the busier direction).") BigDecimal peakMbps) {
}
