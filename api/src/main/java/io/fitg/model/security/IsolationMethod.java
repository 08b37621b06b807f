package io.fitg.model.security;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How two networks are separated. 1.4.4 有效隔离指物理分隔、防火墙、网闸、VLAN及等效措施: every value but
 * {@code none} is an effective isolation ({@code equivalent} needs a description of the measure).
 */
public enum IsolationMethod {
    @JsonProperty("physical") PHYSICAL("physical", "物理分隔"),
    @JsonProperty("firewall") FIREWALL("firewall", "防火墙"),
    @JsonProperty("gatekeeper") GATEKEEPER("gatekeeper", "网闸"),
    @JsonProperty("vlan") VLAN("vlan", "VLAN"),
    @JsonProperty("equivalent") EQUIVALENT("equivalent", "等效措施"),
    @JsonProperty("none") NONE("none", "未隔离");

    private final String json;
    private final String zh;

    IsolationMethod(String json, String zh) {
        this.json = json;
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    /** One of the measures 1.4.4 names (physical separation, firewall, gatekeeper, VLAN, equivalent). */
    public boolean effective() {
        return this != NONE;
    }

    @Override
    public String toString() {
        return json;
    }
}
