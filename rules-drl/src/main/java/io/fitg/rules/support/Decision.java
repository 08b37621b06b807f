package io.fitg.rules.support;

import io.fitg.api.Clause;
import io.fitg.api.Status;

import java.util.List;

/** What a rule decided for one clause. The engine turns it into a {@link io.fitg.api.Finding}. */
public record Decision(Clause clause, Status status, String message, String expected, String observed,
                       List<String> facts, String rule, String situation) {
}
