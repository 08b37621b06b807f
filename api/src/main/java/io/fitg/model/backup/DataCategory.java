package io.fitg.model.backup;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

/**
 * One category of data in the backup and restore strategy, graded by importance and by its effect on the trading
 * system (x.6.1.1 根据数据的重要性及其对交易系统运行的影响).
 *
 * @param name          the data category, e.g. 交易数据, 结算数据, 客户资料, 网站数据
 * @param importance    its importance grade as the strategy states it, e.g. 核心, 重要, 一般
 * @param tradingImpact the effect its loss has on running the trading system, as the strategy states it
 * @param backupMethod  how the strategy backs it up (method and frequency), e.g. 每日结算后全量备份至磁带
 * @param restoreMethod how the strategy restores it (method, priority, target time)
 */
public record DataCategory(
        @JsonPropertyDescription("the data category, e.g. 交易数据, 结算数据, 客户资料, 网站数据") String name,
        @JsonPropertyDescription("its importance grade as the strategy states it, e.g. 核心, 重要, 一般") String importance,
        @JsonPropertyDescription("the effect its loss has on running the trading system, as the strategy states it") String tradingImpact,
        @JsonPropertyDescription("how the strategy backs it up (method and frequency)") String backupMethod,
        @JsonPropertyDescription("how the strategy restores it (method, priority, target time)") String restoreMethod)
        implements Identified {

    @Override
    public String id() {
        return name;
    }
}
