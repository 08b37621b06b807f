package io.fitg.model.management;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;
import io.fitg.model.common.ActivityRecord;
import io.fitg.model.common.DocumentRecord;

import java.util.List;

/**
 * A current information technology service provider (信息技术服务提供商): a software vendor, a hosting or line
 * provider, an outsourced maintenance firm…
 *
 * @param id                        a stable id
 * @param name                      its name
 * @param services                  what it provides
 * @param coreSystem                it provides or maintains a core system (核心系统, 1.4.1)
 * @param serviceAgreements         service agreements (服务保障协议) signed with it
 * @param confidentialityAgreements confidentiality agreements (保密协议) signed with it
 * @param contacts                  its contacts
 * @param selectionEvaluation       the evaluation made when it was selected
 * @param qualityEvaluations        evaluations of its service quality, dated
 */
public record ServiceProvider(
        @JsonPropertyDescription("A stable id; findings cite it.")
        String id,
        @JsonPropertyDescription("Its name.")
        String name,
        @JsonPropertyDescription("What it provides (e.g. 交易系统软件及维护).")
        String services,
        @JsonPropertyDescription("It provides or maintains a core system (核心系统: trading, settlement, risk control, "
                + "bank-futures transfer; 1.4.1).")
        Boolean coreSystem,
        @JsonPropertyDescription("Service agreements (服务保障协议) signed with it, with issue and expiry dates "
                + "(an empty list: none).")
        List<DocumentRecord> serviceAgreements,
        @JsonPropertyDescription("Confidentiality agreements (保密协议) signed with it (an empty list: none).")
        List<DocumentRecord> confidentialityAgreements,
        @JsonPropertyDescription("Its contacts (an empty list: none on record).")
        List<Contact> contacts,
        @JsonPropertyDescription("The evaluation made when it was selected (选择时评估).")
        SelectionEvaluation selectionEvaluation,
        @JsonPropertyDescription("Evaluations of its service quality (服务质量评估), dated (an empty list: none).")
        List<ActivityRecord> qualityEvaluations) implements Identified {

    public ServiceProvider {
        serviceAgreements = serviceAgreements == null ? null : List.copyOf(serviceAgreements);
        confidentialityAgreements = confidentialityAgreements == null ? null : List.copyOf(confidentialityAgreements);
        contacts = contacts == null ? null : List.copyOf(contacts);
        qualityEvaluations = qualityEvaluations == null ? null : List.copyOf(qualityEvaluations);
    }
}
