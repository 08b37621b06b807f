package io.fitg.model.common;

import io.fitg.model.validation.PersonalData;

import java.time.LocalDate;

/**
 * A written document the guideline asks for (a policy, a plan, a manual, a procedure, an agreement…), with its
 * dates. Its presence in the profile with an issue date means it exists; {@code revised} is its latest revision.
 *
 * @param title      the document's title
 * @param issued     when it was first issued or signed
 * @param revised    the latest revision date (null when never revised)
 * @param approvedBy who approved or signed it
 * @param expires    when it stops being in force (agreements), null when open-ended
 */
public record DocumentRecord(String title, LocalDate issued, LocalDate revised, @PersonalData String approvedBy,
                             LocalDate expires) {

    /** The latest of issued and revised. */
    public LocalDate lastUpdated() {
        if (revised == null) {
            return issued;
        }
        return issued == null || revised.isAfter(issued) ? revised : issued;
    }

    /** In force on {@code date}: issued on or before it and not expired before it. */
    public boolean inForceOn(LocalDate date) {
        return issued != null && !issued.isAfter(date) && (expires == null || !expires.isBefore(date));
    }
}
