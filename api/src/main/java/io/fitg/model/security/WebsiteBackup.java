package io.fitg.model.security;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

import java.math.BigDecimal;
import java.time.LocalDate;

/** x.4.3.7/x.4.3.8 网站备份系统: what the website backup system achieves, as measured in its latest recovery test. */
public record WebsiteBackup(
        @JsonPropertyDescription("The backup system (standby site, replication…).")
        String description,
        @JsonPropertyDescription("Recovery time objective achieved, minutes (RTO).")
        BigDecimal rtoMinutes,
        @JsonPropertyDescription("Recovery point objective achieved, minutes of data that can be lost (RPO).")
        BigDecimal rpoMinutes,
        @JsonPropertyDescription("When these figures were measured (the latest recovery test).")
        LocalDate tested) implements Identified {

    @Override
    public String id() {
        return "security.website.backup";
    }
}
