package io.fitg.model.trading;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

/**
 * One main business indicator of the trading system (主要业务指标): online clients, order and trade rates,
 * order latency, rejected orders, front-end connections…
 *
 * @param name              the indicator
 * @param realTimeMonitored watched in real time during trading (x.3.2.2)
 * @param recorded          its values are recorded (x.3.2.3)
 * @param monitoredBy       the tool that watches it
 */
public record BusinessIndicator(
        @JsonPropertyDescription("The indicator, e.g. 在线客户数, 报单笔数/秒, 报单延时.") String name,
        @JsonPropertyDescription("Watched in real time during trading.") Boolean realTimeMonitored,
        @JsonPropertyDescription("Its values are recorded (kept for later review).") Boolean recorded,
        @JsonPropertyDescription("The tool or measure that watches it.") String monitoredBy)
        implements Identified {

    @Override
    public String id() {
        return name;
    }
}
