package io.fitg.model.security;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

import java.time.LocalDate;

/** One provision of trading data or customer information to someone outside the company. */
public record Disclosure(
        @JsonPropertyDescription("A stable id, cited in findings.")
        String id,
        @JsonPropertyDescription("When the data was provided.")
        LocalDate date,
        @JsonPropertyDescription("Who received it.")
        String recipient,
        @JsonPropertyDescription("csrc (证监会及其派出机构), law-enforcement (执法机关), audit (审计机关) or other.")
        RecipientKind recipientKind,
        @JsonPropertyDescription("What was provided.")
        String description,
        @JsonPropertyDescription("The customer permitted it (客户允许).")
        Boolean customerConsent,
        @JsonPropertyDescription("The company approved it (期货公司审批).")
        Boolean companyApproval) implements Identified {
}
