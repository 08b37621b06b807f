package io.fitg.model.security;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Who received trading data or customer information. x.4.4.6/x.4.4.8 exempt the CSRC and its local offices,
 * law-enforcement and audit authorities; anyone else needs the customer's permission and the company's approval.
 */
public enum RecipientKind {
    @JsonProperty("csrc") CSRC("csrc", "中国证监会及其派出机构", true),
    @JsonProperty("law-enforcement") LAW_ENFORCEMENT("law-enforcement", "执法机关", true),
    @JsonProperty("audit") AUDIT("audit", "审计机关", true),
    @JsonProperty("other") OTHER("other", "其他第三方", false);

    private final String json;
    private final String zh;
    private final boolean exempt;

    RecipientKind(String json, String zh, boolean exempt) {
        this.json = json;
        this.zh = zh;
        this.exempt = exempt;
    }

    public String zh() {
        return zh;
    }

    /** Named by the clause as a recipient that needs neither the customer's permission nor the company's approval. */
    public boolean exempt() {
        return exempt;
    }

    @Override
    public String toString() {
        return json;
    }
}
