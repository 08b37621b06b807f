package io.fitg.model.security;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;
import io.fitg.model.common.DocumentRecord;

/**
 * x.4.2.2 防病毒: the company's antivirus policy and the periods it sets. The machines themselves (installed,
 * signature date, latest full check) are in the host inventory.
 */
public record AntivirusPolicy(
        @JsonPropertyDescription("The antivirus policy (防病毒管理办法).")
        DocumentRecord policy,
        @JsonPropertyDescription("How often, in days, the policy requires a full check (全面检查) of each Windows machine; "
                + "judged at most a year (定期).")
        Integer fullScanIntervalDays,
        @JsonPropertyDescription("The oldest virus signatures, in days, the policy tolerates (及时更新病毒库); judged at "
                + "most 30 days, and 30 when not stated.")
        Integer signatureMaxAgeDays) implements Identified {

    @Override
    public String id() {
        return "security.antivirus";
    }
}
