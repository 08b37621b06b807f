package io.fitg.model.security;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What kind of device a host inventory entry is. */
public enum HostKind {
    @JsonProperty("server") SERVER("server", "服务器"),
    @JsonProperty("workstation") WORKSTATION("workstation", "终端计算机"),
    @JsonProperty("network-device") NETWORK_DEVICE("network-device", "网络设备"),
    @JsonProperty("storage") STORAGE("storage", "存储设备");

    private final String json;
    private final String zh;

    HostKind(String json, String zh) {
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
