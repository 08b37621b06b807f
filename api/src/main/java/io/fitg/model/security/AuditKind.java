package io.fitg.model.security;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What an audit trail records: the trading system's business operations, or operations (运维) work. */
public enum AuditKind {
    @JsonProperty("trading") TRADING("trading", "交易系统主要业务操作"),
    @JsonProperty("operations") OPERATIONS("operations", "主要运维操作");

    private final String json;
    private final String zh;

    AuditKind(String json, String zh) {
        this.json = json;
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    @Override
    public String toString() {
        return json;
    }
}
