package io.fitg.model.branch;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import java.time.LocalDate;

/**
 * The computers a branch office's trading systems use, with their antivirus and patch status. Dates are the
 * oldest across the computers: the date by which every one of them had been scanned or updated.
 *
 * @param count               how many computers the trading systems use
 * @param withAntivirus       how many of them have antivirus software deployed
 * @param lastFullScan        the date by which every computer had its latest full virus scan (全面检查)
 * @param lastSignatureUpdate the date by which every computer had its latest virus-definition update (病毒库更新)
 * @param lastPatchUpdate     the date by which every computer had its latest operating-system patch update
 */
public record TradingComputers(
        @JsonPropertyDescription("how many computers the branch's trading systems use")
        Integer count,
        @JsonPropertyDescription("how many of them have antivirus software deployed")
        Integer withAntivirus,
        @JsonPropertyDescription("the oldest of the computers' latest full virus scans (全面检查), YYYY-MM-DD")
        LocalDate lastFullScan,
        @JsonPropertyDescription("the oldest of the computers' latest virus-definition updates (病毒库更新), YYYY-MM-DD")
        LocalDate lastSignatureUpdate,
        @JsonPropertyDescription("the oldest of the computers' latest operating-system patch updates (操作系统补丁), "
                + "YYYY-MM-DD")
        LocalDate lastPatchUpdate) {

    public TradingComputers {
        if (count != null && withAntivirus != null && withAntivirus > count) {
            throw new IllegalArgumentException("withAntivirus: at most count (" + count + "), not " + withAntivirus);
        }
    }
}
