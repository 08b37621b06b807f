package io.fitg.model.security;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

import java.time.LocalDate;

/** x.4.3.4 网站木马防护: the protection software on the website and its updates. */
public record TrojanProtection(
        @JsonPropertyDescription("Trojan (web shell) protection software is installed on the website servers.")
        Boolean installed,
        @JsonPropertyDescription("The product.")
        String product,
        @JsonPropertyDescription("Date of its latest update (rules or signatures).")
        LocalDate lastUpdated,
        @JsonPropertyDescription("How often, in days, the company's policy says it is updated (定期更新); judged at most "
                + "a year.")
        Integer updateIntervalDays) implements Identified {

    @Override
    public String id() {
        return "security.website.trojanProtection";
    }
}
