package io.fitg.model.common;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.validation.Checked;
import io.fitg.model.validation.PersonalData;

import java.time.LocalDate;

/**
 * A written document the guideline asks for (a policy, a plan, a manual, a procedure, an agreement…), with its
 * dates. Its presence in the profile with an issue date means it exists; {@code revised} is its latest revision.
 * A document given without an issue date is missing data, unless it is marked as a draft (not issued).
 *
 * @param title      the document's title
 * @param issued     when it was first issued or signed
 * @param revised    the latest revision date (null when never revised)
 * @param approvedBy who approved or signed it
 * @param expires    when it stops being in force (agreements), null when open-ended
 * @param draft      true when the document exists only as a draft that has not been issued (no issue date then)
 */
public record DocumentRecord(
        @JsonPropertyDescription("the document's title") String title,
        @JsonPropertyDescription("when it was first issued or signed, YYYY-MM-DD; left out when not known (missing "
                + "data) or, with draft: true, when it has not been issued") LocalDate issued,
        @JsonPropertyDescription("the latest revision date; left out when never revised") LocalDate revised,
        @JsonPropertyDescription("who approved or signed it") @PersonalData String approvedBy,
        @JsonPropertyDescription("when it stops being in force (agreements); left out when open-ended") LocalDate expires,
        @JsonPropertyDescription("true when the document exists only as a draft that has not been issued (then leave "
                + "out issued); a draft is not in force") Boolean draft) implements Checked {

    /** A document that is not marked as a draft (the form before {@code draft}). */
    public DocumentRecord(String title, LocalDate issued, LocalDate revised, String approvedBy, LocalDate expires) {
        this(title, issued, revised, approvedBy, expires, null);
    }

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

    /** Marked as a draft that has not been issued. */
    public boolean markedDraft() {
        return Boolean.TRUE.equals(draft);
    }

    @Override
    public Problem problem() {
        return Checked.when(Boolean.TRUE.equals(draft) && issued != null, "draft",
                "no draft mark on a document issued on " + issued + " (a draft has not been issued: leave out issued "
                        + "or draft)");
    }
}
