package io.fitg.model.maintenance;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

import java.time.LocalDate;

/**
 * A test run in the production environment because of business needs (因业务需要使用生产环境进行测试).
 *
 * @param id            a stable id
 * @param date          when it was run
 * @param system        the production system tested
 * @param reason        the business need
 * @param changeRequest the change request under which it was run (纳入变更管理流程)
 */
public record ProductionTest(
        @JsonPropertyDescription("A stable id.")
        String id,
        @JsonPropertyDescription("When the test was run.")
        LocalDate date,
        @JsonPropertyDescription("The production system tested.")
        String system,
        @JsonPropertyDescription("The business need for testing in production.")
        String reason,
        @JsonPropertyDescription("The change request under which the test was run (纳入变更管理流程); {done: false} when it was run outside change management.")
        Step changeRequest) implements Identified {
}
