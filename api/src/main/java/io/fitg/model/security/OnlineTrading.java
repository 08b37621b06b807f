package io.fitg.model.security;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

import java.util.List;

/** x.4.4 网上交易安全 (no clause is conditional on online trading: with {@code company.onlineTrading} false and no records the clauses fail). */
public record OnlineTrading(
        @JsonPropertyDescription("The online-trading clients offered to customers.")
        List<TradingClient> clients,
        @JsonPropertyDescription("How the servers store customers' authentication information: hashed, encrypted, vault "
                + "or plaintext.")
        CredentialStorage credentialStorage,
        @JsonPropertyDescription("The customer contracts and the online-trading risk topics they state.")
        ContractDisclosure contract,
        @JsonPropertyDescription("Security assessments or scans of the online trading system by qualified outside firms.")
        List<SecurityReview> thirdPartyAssessments,
        @JsonPropertyDescription("How often, in days, the company's policy has an outside firm assess the online trading "
                + "system (定期; judged at most a year).")
        Integer thirdPartyIntervalDays,
        @JsonPropertyDescription("The core systems' online-trading internet lines and their anti-DDoS measures.")
        List<TradingLine> lines) implements Identified {

    public OnlineTrading {
        clients = clients == null ? null : List.copyOf(clients);
        thirdPartyAssessments = thirdPartyAssessments == null ? null : List.copyOf(thirdPartyAssessments);
        lines = lines == null ? null : List.copyOf(lines);
    }

    @Override
    public String id() {
        return "security.onlineTrading";
    }
}
