package io.fitg.model.operations;

import io.fitg.model.validation.PersonalData;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import java.time.LocalDate;
import java.util.List;

/**
 * One inspection sheet (巡检记录) of the production environment: the date, the key time points it covers and the
 * signatures on it.
 *
 * @param date       the date of the inspections
 * @param session    the trading session it belongs to, e.g. 日盘, 夜盘
 * @param timePoints the key time points inspected on this sheet
 * @param operator   who inspected (the inspector's signature); left out when unsigned
 * @param reviewer   who reviewed the sheet (复核人签名); left out when nobody reviewed it
 * @param abnormal   whether the inspection found a fault or an anomaly
 */
public record Inspection(
        @JsonPropertyDescription("date of the inspections, YYYY-MM-DD")
        LocalDate date,
        @JsonPropertyDescription("the trading session it belongs to, e.g. 日盘, 夜盘")
        String session,
        @JsonPropertyDescription("key time points inspected on this sheet: PRE_OPEN (开盘前), BREAK (休市), "
                + "CLOSE (收市), OTHER")
        List<TimePoint> timePoints,
        @JsonPropertyDescription("who inspected, as signed on the sheet; leave out when unsigned")
        @PersonalData String operator,
        @JsonPropertyDescription("who reviewed the sheet (复核人), as signed; leave out when nobody reviewed it")
        @PersonalData String reviewer,
        @JsonPropertyDescription("whether the inspection found a fault or an anomaly")
        Boolean abnormal) {

    public Inspection {
        timePoints = timePoints == null ? null : List.copyOf(timePoints);
    }

    /** Key time points of a trading day. */
    public enum TimePoint {
        /** 开盘前 */
        PRE_OPEN,
        /** 休市 */
        BREAK,
        /** 收市 */
        CLOSE,
        OTHER
    }
}
