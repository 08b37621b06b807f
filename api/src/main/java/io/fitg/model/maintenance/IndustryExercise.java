package io.fitg.model.maintenance;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

import java.time.LocalDate;

/**
 * A test or emergency drill organised by an exchange or another industry body (交易所等行业相关机构组织的测试和应急演练)
 * that the company was called to.
 *
 * @param id           a stable id
 * @param date         when it was held
 * @param organiser    the exchange or body that organised it
 * @param kind         test or drill
 * @param description  what it was
 * @param participated whether the company took part
 * @param record       the company's record of its participation (并有记录)
 */
public record IndustryExercise(
        @JsonPropertyDescription("A stable id.")
        String id,
        @JsonPropertyDescription("When it was held.")
        LocalDate date,
        @JsonPropertyDescription("The exchange or industry body that organised it.")
        String organiser,
        @JsonPropertyDescription("test or drill (测试 / 应急演练).")
        String kind,
        @JsonPropertyDescription("What it was.")
        String description,
        @JsonPropertyDescription("Whether the company took part.")
        Boolean participated,
        @JsonPropertyDescription("The company's record of its participation (并有记录).")
        Step record) implements Identified {
}
