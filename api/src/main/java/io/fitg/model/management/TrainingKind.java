package io.fitg.model.management;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a training was for. */
public enum TrainingKind {
    /** 岗位培训: training for the post a person takes up or holds. */
    @JsonProperty("job") JOB("job"),
    /** 技术培训: technical training (the 期货业协会's training hours count these). */
    @JsonProperty("technical") TECHNICAL("technical"),
    /** 安全教育和培训: security education (machine-room fire safety, emergency response…). */
    @JsonProperty("security") SECURITY("security"),
    @JsonProperty("other") OTHER("other");

    private final String code;

    TrainingKind(String code) {
        this.code = code;
    }

    @Override
    public String toString() {
        return code;
    }
}
