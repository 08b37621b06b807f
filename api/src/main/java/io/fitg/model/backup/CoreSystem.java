package io.fitg.model.backup;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The core systems of 1.4.1 (核心系统): 交易、结算、风控和银期转账. */
public enum CoreSystem {
    @JsonProperty("trading") TRADING("交易"),
    @JsonProperty("settlement") SETTLEMENT("结算"),
    @JsonProperty("risk-control") RISK_CONTROL("风控"),
    @JsonProperty("bank-futures-transfer") BANK_FUTURES_TRANSFER("银期转账");

    private final String zh;

    CoreSystem(String zh) {
        this.zh = zh;
    }

    /** The Chinese name used in 情况说明. */
    public String zh() {
        return zh;
    }
}
