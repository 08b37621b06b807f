package io.fitg.model.trading;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Interfaces a core-system vendor provides to the company (x.3.1.9: 交易、银期及相关管理接口). */
public enum VendorInterface {
    /** 交易接口 (trading API). */
    @JsonProperty("trading") TRADING,
    /** 银期接口 (bank-futures transfer interface). */
    @JsonProperty("bank-futures") BANK_FUTURES,
    /** 管理接口 (management / query / administration interface). */
    @JsonProperty("management") MANAGEMENT
}
