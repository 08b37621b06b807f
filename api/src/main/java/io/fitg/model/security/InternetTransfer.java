package io.fitg.model.security;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

/** One flow of trading or settlement data sent over the internet (x.4.2.7 in classes 3 and 4). */
public record InternetTransfer(
        @JsonPropertyDescription("A stable id, cited in findings.")
        String id,
        @JsonPropertyDescription("What is sent, from where to whom, e.g. 'online trading orders and confirmations', "
                + "'settlement statements mailed to customers'.")
        String description,
        @JsonPropertyDescription("Whether the data is encrypted in transit.")
        Boolean encrypted,
        @JsonPropertyDescription("The encryption used, e.g. TLS 1.2, SM4 over a VPN.")
        String method) implements Identified {
}
