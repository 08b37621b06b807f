package io.fitg.model.trading;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a system does. Trading, settlement, risk and bank-futures systems are core systems by definition 1.4.1
 * (核心系统指期货公司集中进行交易、结算、风控和银期转账等业务运作所使用的系统).
 */
public enum SystemKind {
    /** 交易系统 (order routing and matching front, e.g. CTP, UFT, 易盛). */
    @JsonProperty("trading") TRADING,
    /** 结算系统 / 柜台系统 (clearing, accounts, reporting). */
    @JsonProperty("settlement") SETTLEMENT,
    /** 风控系统 (risk control). */
    @JsonProperty("risk") RISK,
    /** 银期转账系统 (bank-futures transfer). */
    @JsonProperty("bank-futures") BANK_FUTURES,
    /** 行情系统 (market data). */
    @JsonProperty("market-data") MARKET_DATA,
    /** 互联网开户系统 (online account opening). */
    @JsonProperty("internet-account-opening") INTERNET_ACCOUNT_OPENING,
    /** Anything else (CRM, data warehouse, reporting tools…). */
    @JsonProperty("other") OTHER;

    /** Core by definition 1.4.1: trading, settlement, risk, bank-futures. */
    public boolean coreByDefinition() {
        return this == TRADING || this == SETTLEMENT || this == RISK || this == BANK_FUTURES;
    }
}
