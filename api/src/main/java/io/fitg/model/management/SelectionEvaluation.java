package io.fitg.model.management;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import java.time.LocalDate;
import java.util.List;

/**
 * The evaluation of a service provider made when it was selected (选择信息技术服务提供商时的评估).
 *
 * @param date      when it was made
 * @param factors   what it evaluated
 * @param reference the evaluation form's number or file
 */
public record SelectionEvaluation(
        @JsonPropertyDescription("When it was made.")
        LocalDate date,
        @JsonPropertyDescription("What it evaluated: qualification (资质), conduct (经营行为), track-record (业绩), "
                + "service-system (服务体系), service-quality (服务品质), violations (违法违规); others may be listed.")
        List<String> factors,
        @JsonPropertyDescription("The evaluation form's number or file.")
        String reference) {

    public SelectionEvaluation {
        factors = factors == null ? null : List.copyOf(factors);
    }
}
