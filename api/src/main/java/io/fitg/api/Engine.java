package io.fitg.api;

import io.fitg.model.Profile;

/**
 * The assessment engine. Build one, share it across threads, call {@link #assess} as often as needed: each call
 * is independent and cheap.
 */
public interface Engine {
    /**
     * Assesses one company profile.
     *
     * @throws FitgInputException when the profile is not valid (the message names the field path)
     */
    Report assess(Profile profile, AssessmentOptions options);

    /**
     * Explains one clause: assesses the profile and reports the rule, the facts it matched, the computed values and
     * the resulting finding.
     *
     * @throws FitgInputException when the clause id is not in the edition's catalog
     */
    Explanation explain(Profile profile, String clauseId, AssessmentOptions options);

    /** The catalog of an edition ({@code current} or {@code earlier}). */
    Catalog catalog(String edition);
}
