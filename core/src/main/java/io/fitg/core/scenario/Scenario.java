package io.fitg.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fitg.api.Status;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A scenario file: a base profile, and cases that change it and state the expected status of named clauses.
 *
 * @param file        where it was read from
 * @param requirement the requirement it exercises (optional; for coverage reports)
 * @param base        the base profile tree (after resolving {@code base:} or {@code profile:})
 * @param asOf        the default as-of date of its cases
 * @param cases       the cases
 */
public record Scenario(Path file, String requirement, ObjectNode base, LocalDate asOf, List<Case> cases) {

    /**
     * One case.
     *
     * @param name    what it shows
     * @param patch   the changes to the base profile, in order
     * @param asOf    this case's as-of date
     * @param edition edition to assess (default current)
     * @param expect  clause id → expected status
     */
    public record Case(String name, List<JsonNode> patch, LocalDate asOf, String edition, Map<String, Status> expect) {
    }
}
