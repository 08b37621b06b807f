package io.fitg.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What to assess: which classes, as of which date, under which edition, with which waivers and tailoring.
 *
 * @param classes   classes to report (empty = every class of the edition); every class is always decided, so
 *                  {@code achievedClass} is right whatever the selection
 * @param asOf      the date time-based clauses are judged against
 * @param edition   {@code current} (default) or {@code earlier}
 * @param waivers   recorded exceptions (may be empty)
 * @param tailoring the company's tailoring, or null
 */
public record AssessmentOptions(List<Integer> classes, LocalDate asOf, String edition, List<Waiver> waivers,
                                Tailoring tailoring) {
    public static final String CURRENT = "current";

    public AssessmentOptions {
        classes = classes == null ? List.of() : classes.stream().distinct().sorted().toList();
        Objects.requireNonNull(asOf, "asOf");
        edition = edition == null ? CURRENT : edition;
        waivers = waivers == null ? List.of() : List.copyOf(waivers);
    }

    public AssessmentOptions(List<Integer> classes, LocalDate asOf, String edition) {
        this(classes, asOf, edition, List.of(), null);
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
        return new AssessmentOptions(classes, asOf, ed, waivers, tailoring);
    }

    public AssessmentOptions withWaivers(List<Waiver> w) {
        return new AssessmentOptions(classes, asOf, edition, w, tailoring);
    }

    public AssessmentOptions withTailoring(Tailoring t) {
        return new AssessmentOptions(classes, asOf, edition, waivers, t);
    }

    public AssessmentOptions withClasses(List<Integer> c) {
        return new AssessmentOptions(c, asOf, edition, waivers, tailoring);
    }
}
