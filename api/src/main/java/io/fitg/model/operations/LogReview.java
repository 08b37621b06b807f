package io.fitg.model.operations;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import java.time.LocalDate;
import java.util.List;

/**
 * One assessment of the monitoring logs and operation records (监控日志和操作记录评估).
 *
 * @param date              when the assessment was completed
 * @param scope             what it assessed
 * @param anomaliesAnalysed whether it analysed the anomalies found (分析异常情况)
 * @param report            the assessment report's number or file (评估报告); left out when no report was written
 */
public record LogReview(
        @JsonPropertyDescription("when the assessment was completed, YYYY-MM-DD")
        LocalDate date,
        @JsonPropertyDescription("what it assessed: MONITORING_LOGS (监控日志), OPERATION_RECORDS (操作记录)")
        List<Scope> scope,
        @JsonPropertyDescription("whether it analysed the anomalies found (分析异常情况)")
        Boolean anomaliesAnalysed,
        @JsonPropertyDescription("the assessment report's number or file (评估报告); leave out when no report was written")
        String report) {

    public LogReview {
        scope = scope == null ? null : List.copyOf(scope);
    }

    /** What a review assessed. */
    public enum Scope {
        MONITORING_LOGS, OPERATION_RECORDS
    }
}
