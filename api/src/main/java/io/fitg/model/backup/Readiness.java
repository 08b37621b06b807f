package io.fitg.model.backup;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The state of a disaster-recovery system, link or device (运行状态 / 就绪状态 / 未就绪). */
public enum Readiness {
    /** In operation now (运行状态), e.g. a hot standby serving or replicating. */
    @JsonProperty("running") RUNNING("运行状态"),
    /** Installed, configured and able to take over without further set-up (就绪状态). */
    @JsonProperty("ready") READY("就绪状态"),
    /** Present but not ready: needs installation, configuration, licences or hardware first (未就绪). */
    @JsonProperty("not-ready") NOT_READY("未就绪");

    private final String zh;

    Readiness(String zh) {
        this.zh = zh;
    }

    /** The Chinese name used in 情况说明. */
    public String zh() {
        return zh;
    }

    /** Running or ready. */
    public boolean readyOrRunning() {
        return this == RUNNING || this == READY;
    }
}
