package io.fitg.model.operations;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.common.DocumentRecord;

/**
 * The mechanism for improving and updating important manuals (完善和更新重要手册的机制).
 *
 * @param policy                the document that sets the mechanism up
 * @param reviewIntervalMonths  how often, in months, the mechanism has every manual reviewed
 */
public record ManualUpdateMechanism(
        @JsonPropertyDescription("the document that sets the mechanism up (title, issued, revised)")
        DocumentRecord policy,
        @JsonPropertyDescription("how often, in months, the mechanism has every manual reviewed and updated")
        Integer reviewIntervalMonths) {
}
