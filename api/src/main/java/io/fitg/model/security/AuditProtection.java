package io.fitg.model.security;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What an audit trail is protected against (x.4.7.2 防止删除、修改或覆盖审计记录). */
public enum AuditProtection {
    @JsonProperty("deletion") DELETION("deletion", "删除"),
    @JsonProperty("modification") MODIFICATION("modification", "修改"),
    @JsonProperty("overwriting") OVERWRITING("overwriting", "覆盖");

    private final String json;
    private final String zh;

    AuditProtection(String json, String zh) {
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
