package io.fitg.api;

import java.util.List;

/**
 * Why a clause came out as it did: the clause, the rule that decided it, the facts that rule matched, the values
 * it computed (expected/observed on the finding) and the rule's source.
 *
 * @param clause       the clause
 * @param finding      the finding (after tailoring and waivers)
 * @param rule         the rule's name
 * @param ruleSource   the rule's DRL text, when available
 * @param matchedFacts the facts the rule matched when it fired for this clause ({@code Type id: value}); empty
 *                     when the rule did not fire (its facts are missing)
 */
public record Explanation(Clause clause, Finding finding, String rule, String ruleSource, List<String> matchedFacts) {
    public Explanation {
        matchedFacts = List.copyOf(matchedFacts);
    }
}
