package io.fitg.model.management;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a training was for. The Chinese names are accepted as synonyms of the codes (e.g. {@code 技术培训} for
 * {@code technical}); any other value is rejected.
 */
public enum TrainingKind {
    /** 岗位培训: training for the post a person takes up or holds. */
    @JsonProperty("job") @JsonAlias({"岗位培训", "上岗培训", "岗前培训", "入职培训"})
    JOB("job"),
    /** 技术培训: technical training (the 期货业协会's training hours count these). */
    @JsonProperty("technical") @JsonAlias({"技术培训", "信息技术培训", "专业技术培训"})
    TECHNICAL("technical"),
    /** 安全教育和培训: security education (machine-room fire safety, emergency response…). */
    @JsonProperty("security") @JsonAlias({"安全教育", "安全培训", "安全教育和培训", "安全教育培训", "安全教育与培训"})
    SECURITY("security"),
    @JsonProperty("other") @JsonAlias({"其他", "其他培训"})
    OTHER("other");

    private final String code;

    TrainingKind(String code) {
        this.code = code;
    }

    @Override
    public String toString() {
        return code;
    }
}
