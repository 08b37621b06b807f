package io.fitg.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What to assess: which classes, as of which date, under which edition.
 *
 * @param classes classes to assess (empty = every class of the edition)
 * @param asOf    the date time-based clauses are judged against
 * @param edition {@code current} (default) or {@code earlier}
 */
public record AssessmentOptions(List<Integer> classes, LocalDate asOf, String edition) {
    public static final String CURRENT = "current";

    public AssessmentOptions {
        classes = classes == null ? List.of() : classes.stream().distinct().sorted().toList();
        Objects.requireNonNull(asOf, "asOf");
        edition = edition == null ? CURRENT : edition;
    }

    /** Every class of the current edition, as of {@code asOf}. */
    public static AssessmentOptions all(LocalDate asOf) {
        return new AssessmentOptions(List.of(), asOf, CURRENT);
    }

    /** One class of the current edition, as of {@code asOf}. */
    public static AssessmentOptions classOnly(int classLevel, LocalDate asOf) {
        return new AssessmentOptions(List.of(classLevel), asOf, CURRENT);
    }

    public AssessmentOptions withEdition(String ed) {
        return new AssessmentOptions(classes, asOf, ed);
    }
}
