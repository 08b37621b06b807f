package io.fitg.model.security;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

import java.util.List;

/** One online-trading client the company offers its customers (PC, mobile, web). */
public record TradingClient(
        @JsonPropertyDescription("A stable id, cited in findings.")
        String id,
        @JsonPropertyDescription("Its name and platform, e.g. '快期 PC', 'company app (iOS/Android)'.")
        String name,
        @JsonPropertyDescription("The ways it can authenticate to the server: password, sms-code, otp-token, "
                + "digital-certificate, usb-key, biometric, device-binding.")
        List<AuthMethod> authMethods,
        @JsonPropertyDescription("It shows the customer's reserved verification information (预留验证信息) at login.")
        Boolean reservedInfoAtLogin) implements Identified {

    public TradingClient {
        authMethods = authMethods == null ? null : List.copyOf(authMethods);
    }
}
