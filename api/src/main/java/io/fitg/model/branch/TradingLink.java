package io.fitg.model.branch;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.validation.Percent;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One trading communication link (交易通信链路) of a branch office.
 *
 * @param id                     a stable id, e.g. {@code BJ01-L1}
 * @param carrier                the carrier, e.g. 中国电信
 * @param bandwidthMbps          its bandwidth in Mbit/s
 * @param monitored              whether the link is monitored
 * @param peakUtilisationPercent the latest measured peak bandwidth use, in percent
 * @param peakMeasuredOn         when that peak was measured
 */
public record TradingLink(
        @JsonPropertyDescription("a stable id, e.g. BJ01-L1")
        String id,
        @JsonPropertyDescription("the carrier, e.g. 中国电信")
        String carrier,
        @JsonPropertyDescription("its bandwidth in Mbit/s")
        BigDecimal bandwidthMbps,
        @JsonPropertyDescription("whether the link is monitored (监控)")
        Boolean monitored,
        @JsonPropertyDescription("the latest measured peak bandwidth use, in percent")
        @Percent BigDecimal peakUtilisationPercent,
        @JsonPropertyDescription("when that latest peak was measured, YYYY-MM-DD (a monitored link has a recent one)")
        LocalDate peakMeasuredOn) {
}
