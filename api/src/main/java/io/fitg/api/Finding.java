package io.fitg.api;

import java.util.List;

/**
 * The decision on one clause. Field names are those of the outward contract's JSON.
 *
 * @param clause      the clause id
 * @param classLevel  the clause's class (JSON {@code class})
 * @param requirement the requirement key
 * @param mandatory   whether the clause is [必须]
 * @param status      the decision
 * @param message     one sentence saying why
 * @param expected    what the clause asks for, with the class's parameters
 * @param observed    what the facts show
 * @param facts       ids of the facts the decision rests on
 * @param evidence    documents to attach (证明材料)
 * @param rule        the DRL rule that decided it
 * @param situation   情况说明 in Chinese, written from the company's own facts (may be empty)
 * @param waiver      the waiver that covers it, or the note that one expired; null when none
 * @param title       a custom control's title, as its rule gave it ({@code control(id, title)}); empty for a
 *                    catalog clause, whose text is in the catalog
 */
public record Finding(String clause, int classLevel, String requirement, boolean mandatory, Status status,
                      String message, String expected, String observed, List<String> facts,
                      List<String> evidence, String rule, String situation, String waiver, String title) {
    public Finding {
        title = title == null ? "" : title;
        facts = facts == null ? List.of() : List.copyOf(facts);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        message = message == null ? "" : message;
        expected = expected == null ? "" : expected;
        observed = observed == null ? "" : observed;
        situation = situation == null ? "" : situation;
    }

    /** A finding on a catalog clause (no title of its own). */
    public Finding(String clause, int classLevel, String requirement, boolean mandatory, Status status,
                   String message, String expected, String observed, List<String> facts,
                   List<String> evidence, String rule, String situation, String waiver) {
        this(clause, classLevel, requirement, mandatory, status, message, expected, observed, facts, evidence, rule,
                situation, waiver, "");
    }

    public Finding withStatus(Status newStatus, String newMessage, String waiverNote) {
        return new Finding(clause, classLevel, requirement, mandatory, newStatus, newMessage, expected, observed,
                facts, evidence, rule, situation, waiverNote, title);
    }

    public Finding withEvidence(List<String> docs) {
        return new Finding(clause, classLevel, requirement, mandatory, status, message, expected, observed,
                facts, docs, rule, situation, waiver, title);
    }
}
