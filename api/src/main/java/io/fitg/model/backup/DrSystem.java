package io.fitg.model.backup;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

import java.math.BigDecimal;

/**
 * One system of the running environment deployed at a disaster-recovery centre (灾难恢复所需的运行环境): a core
 * system's standby, or a supporting system (database, directory, market data…).
 *
 * @param id              a stable id
 * @param name            its name, e.g. CTP 交易系统灾备
 * @param coreSystem      which core system of 1.4.1 it runs, if any (trading, settlement, risk-control,
 *                        bank-futures-transfer); null for a supporting system
 * @param state           running, ready or not-ready
 * @param capacity        its designed processing capacity at the disaster-recovery centre, in {@code capacityUnit}
 * @param primaryCapacity the processing capacity of the same system in production (主系统), in {@code capacityUnit}
 * @param capacityUnit    the unit of both capacities, e.g. 笔/秒, 并发用户数
 */
public record DrSystem(
        @JsonPropertyDescription("a stable id of the system") String id,
        @JsonPropertyDescription("its name, e.g. CTP 交易系统灾备") String name,
        @JsonPropertyDescription("the core system it runs: trading, settlement, risk-control, bank-futures-transfer; null for a supporting system") CoreSystem coreSystem,
        @JsonPropertyDescription("running, ready or not-ready") Readiness state,
        @JsonPropertyDescription("its designed processing capacity at the disaster-recovery centre, in capacityUnit") BigDecimal capacity,
        @JsonPropertyDescription("the processing capacity of the same system in production (主系统), in capacityUnit") BigDecimal primaryCapacity,
        @JsonPropertyDescription("the unit of both capacities, e.g. 笔/秒, 并发用户数") String capacityUnit)
        implements Identified {
}
