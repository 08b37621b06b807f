package io.fitg.model.trading;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A link's role among the links serving the same purpose (and exchange). */
public enum LinkRole {
    /** 主线路. */
    @JsonProperty("primary") PRIMARY,
    /** 备份线路. */
    @JsonProperty("backup") BACKUP
}
