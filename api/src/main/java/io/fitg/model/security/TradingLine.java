package io.fitg.model.security;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;
import io.fitg.model.common.DocumentRecord;

/** One internet line serving the core systems' online trading, with its anti-DDoS measures (x.4.4.7). */
public record TradingLine(
        @JsonPropertyDescription("A stable id, cited in findings.")
        String id,
        @JsonPropertyDescription("The carrier (基础运营商) and the line.")
        String carrier,
        @JsonPropertyDescription("An anti-DDoS device (防拒绝服务攻击设备) protects this line.")
        Boolean antiDdosDevice,
        @JsonPropertyDescription("The carrier scrubs this line's traffic under an agreement (流量清洗协议); it counts only "
                + "with scrubbingAgreement given and in force on the as-of date.")
        Boolean trafficScrubbing,
        @JsonPropertyDescription("The traffic-scrubbing agreement signed with the carrier, with its dates (needed for "
                + "trafficScrubbing to count; one expired, or signed after the as-of date, does not count).")
        DocumentRecord scrubbingAgreement,
        @JsonPropertyDescription("Another anti-DDoS measure on this line (等), described; leave out when there is none.")
        String otherMeasure) implements Identified {
}
