package io.fitg.model.operations;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.common.DocumentRecord;

import java.util.List;

/**
 * How key parameter changes made by business departments are reviewed (关键参数修改复核).
 *
 * @param policy               the management means: the procedure requiring the review
 * @param systemEnforcedReview the technical means: whether the systems hold a change until a second person reviews it
 * @param changes              the key parameter changes made by business departments
 */
public record ParameterChangeControl(
        @JsonPropertyDescription("the management means (管理手段): the procedure that requires the review")
        DocumentRecord policy,
        @JsonPropertyDescription("the technical means (技术手段): whether the systems hold a key parameter change "
                + "until a second person reviews it")
        Boolean systemEnforcedReview,
        @JsonPropertyDescription("the key parameter changes made by business departments, with their reviewers")
        List<ParameterChange> changes) {

    public ParameterChangeControl {
        changes = changes == null ? null : List.copyOf(changes);
    }
}
