package io.fitg.model.security;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A network (or network-facing system) named in the isolation clauses x.4.1. */
public enum NetworkZone {
    @JsonProperty("production") PRODUCTION("production", "生产网"),
    @JsonProperty("internet") INTERNET("internet", "互联网"),
    @JsonProperty("website") WEBSITE("website", "网站"),
    @JsonProperty("online-trading") ONLINE_TRADING("online-trading", "网上交易系统"),
    @JsonProperty("office") OFFICE("office", "办公网"),
    @JsonProperty("branch") BRANCH("branch", "分支机构网络"),
    @JsonProperty("exchange") EXCHANGE("exchange", "交易所网络"),
    @JsonProperty("bank") BANK("bank", "银行网络"),
    @JsonProperty("customer") CUSTOMER("customer", "客户使用的网络"),
    @JsonProperty("development") DEVELOPMENT("development", "开发网络"),
    @JsonProperty("test") TEST("test", "测试网络"),
    @JsonProperty("management") MANAGEMENT("management", "管理网络");

    private final String json;
    private final String zh;

    NetworkZone(String json, String zh) {
        this.json = json;
        this.zh = zh;
    }

    /** The Chinese name used in 情况说明. */
    public String zh() {
        return zh;
    }

    @Override
    public String toString() {
        return json;
    }
}
