package io.fitg.model.management;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Highest education level of a staff member (学历). The Chinese names are accepted as synonyms of the codes
 * (e.g. {@code 本科} for {@code bachelor}); any other value is rejected.
 */
public enum EducationLevel {
    @JsonProperty("doctorate") @JsonAlias({"博士", "博士研究生", "博士学位", "phd", "PhD"})
    DOCTORATE("doctorate", true),
    @JsonProperty("master") @JsonAlias({"硕士", "硕士研究生", "硕士学位", "研究生"})
    MASTER("master", true),
    @JsonProperty("bachelor") @JsonAlias({"本科", "大学本科", "学士", "学士学位"})
    BACHELOR("bachelor", true),
    @JsonProperty("associate") @JsonAlias({"大专", "专科", "大学专科", "高职"})
    ASSOCIATE("associate", false),
    @JsonProperty("secondary") @JsonAlias({"中专", "高中", "中学", "技校", "职高"})
    SECONDARY("secondary", false),
    @JsonProperty("other") @JsonAlias({"其他"})
    OTHER("other", false);

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
