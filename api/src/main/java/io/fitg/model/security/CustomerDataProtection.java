package io.fitg.model.security;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;
import io.fitg.model.common.DocumentRecord;

import java.util.List;

/** x.4.4.6/x.4.4.8 客户信息保护: the policy and the log of data provided to outside parties. */
public record CustomerDataProtection(
        @JsonPropertyDescription("The customer-information protection policy implementing the national rules on personal "
                + "information (个人信息保护).")
        DocumentRecord policy,
        @JsonPropertyDescription("Every provision of trading data or customer information to an outside party; [] when none.")
        List<Disclosure> disclosures) implements Identified {

    public CustomerDataProtection {
        disclosures = disclosures == null ? null : List.copyOf(disclosures);
    }

    @Override
    public String id() {
        return "security.customerData";
    }
}
