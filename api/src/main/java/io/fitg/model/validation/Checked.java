package io.fitg.model.validation;

/**
 * A fact record that checks the consistency of its own fields, beyond what types and ranges say: a drill restored
 * before it was interrupted, more labelled cables than cables. The profile reader calls {@link #problem()} after
 * binding and rejects the file with the field's path and what was expected, as for any other bad input.
 */
public interface Checked {
    /** The first inconsistency, or null when there is none. */
    Problem problem();

    /**
     * @param field    the offending field, relative to this record (e.g. {@code restoredAt})
     * @param expected what a consistent value would be (e.g. "a time after interruptedAt 2026-06-13T09:00")
     */
    record Problem(String field, String expected) {
    }

    /** A problem when {@code broken}, else null (for chaining checks with {@code ||}-style early returns). */
    static Problem when(boolean broken, String field, String expected) {
        return broken ? new Problem(field, expected) : null;
    }
}
