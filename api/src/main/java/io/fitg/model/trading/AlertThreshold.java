package io.fitg.model.trading;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import java.math.BigDecimal;

/**
 * One alert threshold (预警阀值) set in a monitoring tool.
 *
 * @param metric what is watched, e.g. link bandwidth use, CPU, order latency
 * @param value  the threshold
 * @param unit   its unit, e.g. %, ms, orders/s
 */
public record AlertThreshold(
        @JsonPropertyDescription("What is watched, e.g. 链路带宽使用率, CPU使用率, 报单延时.") String metric,
        @JsonPropertyDescription("The threshold value.") BigDecimal value,
        @JsonPropertyDescription("Its unit, e.g. %, ms, orders/s.") String unit) {
}
