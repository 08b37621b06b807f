package io.fitg.model.security;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

import java.math.BigDecimal;

/** x.4.3.6 网站主页自动监控: the tamper-detection monitor of the homepage. */
public record HomepageMonitor(
        @JsonPropertyDescription("The homepage is monitored automatically (a tool, not a person).")
        Boolean automatic,
        @JsonPropertyDescription("Minutes between two checks of the homepage: the longest time a tampering goes undetected.")
        BigDecimal checkIntervalMinutes,
        @JsonPropertyDescription("The monitoring tool or service.")
        String tool) implements Identified {

    @Override
    public String id() {
        return "security.website.homepageMonitor";
    }
}
