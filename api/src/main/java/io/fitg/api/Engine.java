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

    /** The catalog of an edition ({@code current} or {@code earlier}). */
    Catalog catalog(String edition);
}
