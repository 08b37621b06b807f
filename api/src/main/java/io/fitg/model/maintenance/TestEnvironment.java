package io.fitg.model.maintenance;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

/**
 * A test environment (测试环境).
 *
 * @param id                     a stable id
 * @param name                   its name
 * @param separateFromProduction whether it is independent of production (独立于生产环境: its own hosts, network
 *                               segment, databases and data, no path into production systems)
 * @param separation             how it is separated
 * @param technicalTesting       whether technical tests (技术测试) are run in it
 * @param businessTesting        whether business tests (业务测试) are run in it
 */
public record TestEnvironment(
        @JsonPropertyDescription("A stable id.")
        String id,
        @JsonPropertyDescription("The environment's name.")
        String name,
        @JsonPropertyDescription("Whether it is independent of production (独立于生产环境: its own hosts, network segment, databases and data).")
        Boolean separateFromProduction,
        @JsonPropertyDescription("How it is separated from production.")
        String separation,
        @JsonPropertyDescription("Whether technical tests (技术测试) are run in it.")
        Boolean technicalTesting,
        @JsonPropertyDescription("Whether business tests (业务测试) are run in it.")
        Boolean businessTesting) implements Identified {
}
