package io.fitg.model.security;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;
import io.fitg.model.common.DocumentRecord;

import java.util.List;

/**
 * x.4.4.3: the customer contracts (网上期货服务合同、期货经纪合同及补充协议、风险揭示书) and which of the required
 * topics they state.
 */
public record ContractDisclosure(
        @JsonPropertyDescription("The contract templates in use (online futures service contract, brokerage contract and "
                + "supplements, risk disclosure statement).")
        List<DocumentRecord> documents,
        @JsonPropertyDescription("What they state about online futures business: risks, company-controls, "
                + "customer-controls, liability.")
        List<ContractTopic> topics) implements Identified {

    public ContractDisclosure {
        documents = documents == null ? null : List.copyOf(documents);
        topics = topics == null ? null : List.copyOf(topics);
    }

    @Override
    public String id() {
        return "security.onlineTrading.contract";
    }
}
