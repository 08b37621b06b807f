package io.fitg.model.security;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The four things x.4.4.3 requires the customer contracts to state about online futures business. */
public enum ContractTopic {
    @JsonProperty("risks") RISKS("risks", "客户使用网上期货业务可能面临的风险"),
    @JsonProperty("company-controls") COMPANY_CONTROLS("company-controls", "期货公司采取的风险控制措施"),
    @JsonProperty("customer-controls") CUSTOMER_CONTROLS("customer-controls", "客户应采取的风险控制措施"),
    @JsonProperty("liability") LIABILITY("liability", "相关风险对应的责任承担");

    private final String json;
    private final String zh;

    ContractTopic(String json, String zh) {
        this.json = json;
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    @Override
    public String toString() {
        return json;
    }
}
