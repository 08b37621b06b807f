package io.fitg.rules.backup;

import io.fitg.rules.support.Tri;

import java.util.List;

/**
 * What one of the chapter's checks found: the three-valued result, the observed values in English, the 情况说明 in
 * Chinese, the profile fields that would decide it when the result is unknown, and the facts to cite.
 */
public record Outcome(Tri result, String observed, String situation, String missing, List<Object> facts) {
    public Outcome {
        facts = facts == null ? List.of() : List.copyOf(facts);
    }

    public boolean compliant() {
        return result == Tri.TRUE;
    }
}
