package io.fitg.model.common;

import io.fitg.model.validation.PersonalData;

import java.time.LocalDate;

/**
 * A dated record of something done (an evaluation, an audit, a review, a drill, a check…).
 *
 * @param date        when it was done
 * @param description what was done
 * @param performedBy who did it (a person, a department or an outside body)
 * @param reference   the record's document number or file, if any
 */
public record ActivityRecord(LocalDate date, String description, @PersonalData String performedBy, String reference) {
}
