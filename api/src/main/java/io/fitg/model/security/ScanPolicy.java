package io.fitg.model.security;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;
import io.fitg.model.common.DocumentRecord;

/**
 * x.4.2.3 / x.4.2.5 定期安全扫描和加固: the scanning and hardening policy and the periods it sets. The dates of each
 * host's latest scan and hardening are in the host inventory.
 */
public record ScanPolicy(
        @JsonPropertyDescription("The security scanning and hardening policy (安全扫描和加固制度).")
        DocumentRecord policy,
        @JsonPropertyDescription("How often, in days, every production server is scanned and its hardening re-checked; "
                + "judged at most a year (定期).")
        Integer serverIntervalDays,
        @JsonPropertyDescription("How often, in days, every device and system serving the internet is scanned; judged at "
                + "most a year (定期).")
        Integer internetFacingIntervalDays) implements Identified {

    @Override
    public String id() {
        return "security.scanning";
    }
}
