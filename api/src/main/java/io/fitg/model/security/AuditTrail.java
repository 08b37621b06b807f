package io.fitg.model.security;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

import java.util.List;

/**
 * One audit trail (x.4.7 安全审计): the trading system's main business operations, or the main operations work
 * (e.g. through a bastion host). The retention is the sum of the years, months and days given.
 */
public record AuditTrail(
        @JsonPropertyDescription("A stable id, cited in findings.")
        String id,
        @JsonPropertyDescription("The system that keeps it (trading system, bastion host, log server).")
        String system,
        @JsonPropertyDescription("trading (交易系统的主要业务操作) or operations (主要运维操作).")
        AuditKind kind,
        @JsonPropertyDescription("The main operations of its kind produce audit records.")
        Boolean recordsProduced,
        @JsonPropertyDescription("Operators are authenticated individually before operations work (恰当的认证措施: "
                + "personal accounts, two-factor login to the bastion host); for operations trails.")
        Boolean operatorsAuthenticated,
        @JsonPropertyDescription("How long records are kept: years part.")
        Integer retentionYears,
        @JsonPropertyDescription("How long records are kept: months part.")
        Integer retentionMonths,
        @JsonPropertyDescription("How long records are kept: days part.")
        Integer retentionDays,
        @JsonPropertyDescription("What the records are protected against: deletion, modification, overwriting.")
        List<AuditProtection> protectedAgainst,
        @JsonPropertyDescription("How they are protected (write-once storage, separate log server, permissions…).")
        String mechanism) implements Identified {

    public AuditTrail {
        protectedAgainst = protectedAgainst == null ? null : List.copyOf(protectedAgainst);
    }
}
