package io.fitg.model.trading;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a system or a device is backed up. */
public enum BackupMode {
    /** 热备份: a running standby (or active-active peer) takes over without manual rebuilding. */
    @JsonProperty("hot") HOT,
    /** 冷备份: a standby that must be started, restored or swapped in by hand. */
    @JsonProperty("cold") COLD,
    /** No backup at all. */
    @JsonProperty("none") NONE
}
