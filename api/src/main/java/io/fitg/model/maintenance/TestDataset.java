package io.fitg.model.maintenance;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

/**
 * A data set used in tests.
 *
 * @param id            a stable id
 * @param environment   the test environment it is loaded in
 * @param description   what it holds
 * @param customerData  whether it holds customer information (客户信息)
 * @param masked        whether the customer information in it is desensitised (数据脱敏)
 * @param authorisation the authorisation to use the unmasked data (数据使用授权)
 * @param audit         the audit of operations on the unmasked data (操作审计)
 */
public record TestDataset(
        @JsonPropertyDescription("A stable id.")
        String id,
        @JsonPropertyDescription("The test environment the data set is loaded in.")
        String environment,
        @JsonPropertyDescription("What the data set holds.")
        String description,
        @JsonPropertyDescription("Whether it holds customer information (客户信息).")
        Boolean customerData,
        @JsonPropertyDescription("Whether the customer information in it is desensitised (数据脱敏).")
        Boolean masked,
        @JsonPropertyDescription("For unmasked customer data: the authorisation to use it (数据使用授权).")
        Step authorisation,
        @JsonPropertyDescription("For unmasked customer data: the audit of operations on it (操作审计).")
        Step audit) implements Identified {
}
