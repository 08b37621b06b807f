package io.fitg.model.management;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Highest education level of a staff member (学历). */
public enum EducationLevel {
    @JsonProperty("doctorate") DOCTORATE("doctorate", true),
    @JsonProperty("master") MASTER("master", true),
    @JsonProperty("bachelor") BACHELOR("bachelor", true),
    @JsonProperty("associate") ASSOCIATE("associate", false),
    @JsonProperty("secondary") SECONDARY("secondary", false),
    @JsonProperty("other") OTHER("other", false);

    private final String code;
    private final boolean bachelorOrAbove;

    EducationLevel(String code, boolean bachelorOrAbove) {
        this.code = code;
        this.bachelorOrAbove = bachelorOrAbove;
    }

    /** 大学本科或以上. */
    public boolean bachelorOrAbove() {
        return bachelorOrAbove;
    }

    @Override
    public String toString() {
        return code;
    }
}
