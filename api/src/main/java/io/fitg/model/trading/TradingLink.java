package io.fitg.model.trading;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

import java.math.BigDecimal;
import java.util.List;

/**
 * A communication link: a trading link to exchanges (接入交易所的交易通信链路) or an online-trading link
 * (网上交易的通信链路).
 *
 * @param id            stable id, e.g. SHFE-CT-1
 * @param purpose       exchange or online-trading
 * @param exchanges     exchange links: the exchanges reached over it (codes as in exchangeMemberships)
 * @param carrier       the telecom carrier, e.g. 中国电信, 中国联通, 中国移动
 * @param role          primary or backup
 * @param monitoredBy   tools or measures that monitor it; [] when none
 * @param bandwidthMbps contracted bandwidth in Mbit/s
 * @param dailyPeaks    peak use on each trading day
 */
public record TradingLink(
        @JsonPropertyDescription("Stable id of the link, e.g. SHFE-CT-1.") String id,
        @JsonPropertyDescription("What the link carries: exchange (a trading link to exchanges) or online-trading.") LinkPurpose purpose,
        @JsonPropertyDescription("Exchange links: the exchanges reached over it, with the codes used in exchangeMemberships.") List<String> exchanges,
        @JsonPropertyDescription("The telecom carrier, e.g. 中国电信, 中国联通, 中国移动.") String carrier,
        @JsonPropertyDescription("The link's role: primary or backup.") LinkRole role,
        @JsonPropertyDescription("Tools or measures that monitor the link (ids of trading.monitoringTools or names); [] when none.") List<String> monitoredBy,
        @JsonPropertyDescription("Contracted bandwidth in Mbit/s.") BigDecimal bandwidthMbps,
        @JsonPropertyDescription("Peak use on each trading day; the rule averages the peaks of the last complete month before the as-of date.") List<DailyPeak> dailyPeaks)
        implements Identified {

    public TradingLink {
        exchanges = exchanges == null ? null : List.copyOf(exchanges);
        monitoredBy = monitoredBy == null ? null : List.copyOf(monitoredBy);
        dailyPeaks = dailyPeaks == null ? null : List.copyOf(dailyPeaks);
    }

    /** Whether it reaches {@code exchange} (codes compared ignoring case and surrounding blanks). */
    public boolean reaches(String exchange) {
        if (exchanges == null || exchange == null) {
            return false;
        }
        for (String e : exchanges) {
            if (e != null && e.strip().equalsIgnoreCase(exchange.strip())) {
                return true;
            }
        }
        return false;
    }
}
