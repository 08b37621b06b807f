package io.fitg.model.trading;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a communication link carries. */
public enum LinkPurpose {
    /** 接入交易所的交易通信链路: a trading link to one or more exchanges. */
    @JsonProperty("exchange") EXCHANGE,
    /** 网上交易的通信链路: an internet link that carries clients' online trading. */
    @JsonProperty("online-trading") ONLINE_TRADING
}
