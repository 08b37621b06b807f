package io.fitg.core.props;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fitg.api.AssessmentOptions;
import io.fitg.api.Catalog;
import io.fitg.api.Clause;
import io.fitg.api.Finding;
import io.fitg.api.Report;
import io.fitg.api.Status;
import io.fitg.core.DroolsEngine;
import io.fitg.core.TestSupport;
import io.fitg.model.Profile;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the guideline over generated profiles (the samples, mutated): completeness, class inclusion,
 * monotonicity, data removal and the passing of time.
 */
class GuidelinePropertiesTest {
    static final DroolsEngine ENGINE = TestSupport.engine();
    static final Catalog CATALOG = ENGINE.catalog("current");
    static final LocalDate BASE_DATE = LocalDate.of(2026, 11, 21);

    static Optional<Profile> mutated(int sample, int removals, int seed) {
        ObjectNode tree = Mutations.sample(sample);
        for (int i = 0; i < removals; i++) {
            Mutations.removeField(tree, seed * 31 + i * 7919);
        }
        return Mutations.parse(tree);
    }

    static Map<String, Status> statuses(Report r) {
        return r.findings().stream().collect(Collectors.toMap(Finding::clause, Finding::status));
    }

    @Property(tries = 40)
    void everyClauseOfEveryAssessedClassGetsExactlyOneFinding(@ForAll @IntRange(max = 3) int sample,
                                                             @ForAll @IntRange(max = 6) int removals,
                                                             @ForAll int seed,
                                                             @ForAll @IntRange(min = 0, max = 4) int cls,
                                                             @ForAll @IntRange(min = -2000, max = 2000) int days) {
        Optional<Profile> p = mutated(sample, removals, seed);
        Assume.that(p.isPresent());
        List<Integer> classes = cls == 0 ? List.of() : List.of(cls);
        Report r = ENGINE.assess(p.get(), new AssessmentOptions(classes, BASE_DATE.plusDays(days), "current"));
        List<String> expected = CATALOG.clauses().stream()
                .filter(c -> classes.isEmpty() || classes.contains(c.classLevel())).map(Clause::id).toList();
        assertThat(r.findings().stream().map(Finding::clause).toList()).containsExactlyElementsOf(expected);
    }

    @Property(tries = 40)
    void achievingClassNMeansEveryMandatoryClauseOfClassesOneToNPasses(@ForAll @IntRange(max = 3) int sample,
                                                                       @ForAll @IntRange(max = 3) int removals,
                                                                       @ForAll int seed) {
        Optional<Profile> p = mutated(sample, removals, seed);
        Assume.that(p.isPresent());
        Report r = ENGINE.assess(p.get(), AssessmentOptions.all(BASE_DATE));
        for (Finding f : r.findings()) {
            if (f.mandatory() && f.classLevel() <= r.achievedClass()) {
                assertThat(f.status().passes()).as("%s in achieved class %d", f.clause(), r.achievedClass()).isTrue();
            }
        }
        if (r.achievedClass() < 4) {
            assertThat(r.blockers(r.achievedClass() + 1)).isNotEmpty();
        }
    }

    @Property(tries = 30)
    void removingDataNeverTurnsInsufficientDataIntoCompliant(@ForAll @IntRange(max = 3) int sample,
                                                            @ForAll int seed) {
        ObjectNode tree = Mutations.sample(sample);
        Optional<Profile> before = Mutations.parse(tree);
        Assume.that(before.isPresent());
        ObjectNode less = tree.deepCopy();
        Assume.that(Mutations.removeField(less, seed));
        Optional<Profile> after = Mutations.parse(less);
        Assume.that(after.isPresent());
        Map<String, Status> a = statuses(ENGINE.assess(before.get(), AssessmentOptions.all(BASE_DATE)));
        Map<String, Status> b = statuses(ENGINE.assess(after.get(), AssessmentOptions.all(BASE_DATE)));
        List<String> bad = new ArrayList<>();
        a.forEach((id, s) -> {
            if (s == Status.INSUFFICIENT_DATA && b.get(id) == Status.COMPLIANT) {
                bad.add(id);
            }
        });
        assertThat(bad).as("clauses that became COMPLIANT when data was removed").isEmpty();
    }

    @Property(tries = 30)
    void addingARecordOrLengtheningARetentionNeverBreaksACompliantClause(@ForAll @IntRange(max = 3) int sample,
                                                                        @ForAll int i, @ForAll int j,
                                                                        @ForAll boolean retention) {
        ObjectNode tree = Mutations.sample(sample);
        Optional<Profile> before = Mutations.parse(tree);
        Assume.that(before.isPresent());
        ObjectNode more = tree.deepCopy();
        boolean changed = retention ? Mutations.lengthenRetentions(more) > 0 : Mutations.copyElement(more, i, j);
        Assume.that(changed);
        Optional<Profile> after = Mutations.parse(more);
        Assume.that(after.isPresent());
        Map<String, Status> a = statuses(ENGINE.assess(before.get(), AssessmentOptions.all(BASE_DATE)));
        Map<String, Status> b = statuses(ENGINE.assess(after.get(), AssessmentOptions.all(BASE_DATE)));
        List<String> bad = new ArrayList<>();
        a.forEach((id, s) -> {
            if (s == Status.COMPLIANT && b.get(id) == Status.NON_COMPLIANT) {
                bad.add(id + " (" + CATALOG.clause(id).orElseThrow().requirement() + ")");
            }
        });
        assertThat(bad).as("clauses that became NON_COMPLIANT when a record was added or a retention lengthened").isEmpty();
    }

    /**
     * The counterexample of a CI run (seed 1325457682029592623: near-class4, i = -4, j = 0): the copy of a drill that
     * the drill plan schedules, under a new id no held drill names, made x.7.4.4 NON_COMPLIANT (计划…未实施), rightly.
     * A scheduled drill is a duty, not a record of something done, so the mutation leaves records that another names
     * by id alone; held drills, which nothing names, are still copied.
     */
    @Example
    void aDrillThePlanSchedulesIsNotCopiedButAHeldDrillIs() {
        ObjectNode tree = Mutations.sample(2);
        ObjectNode emergency = (ObjectNode) tree.path("maintenance").path("emergency");
        JsonNode scheduled = emergency.path("drillPlans").path(0).path("drills");
        JsonNode held = emergency.path("drills");
        assertThat(scheduled.path(0).path("id").asText()).isEqualTo("YJ-2026-1");
        assertThat(held.path(0).path("plannedAs").asText()).isEqualTo("YJ-2026-1");
        List<ArrayNode> dated = Mutations.arrays(tree).stream().filter(a -> a.get(0).has("date")).toList();
        int s = indexOf(dated, scheduled);
        int h = indexOf(dated, held);
        assertThat(Math.floorMod(-4, dated.size())).as("the failing sample's list").isEqualTo(s);

        ObjectNode copy = tree.deepCopy();
        assertThat(Mutations.copyElement(copy, s, 0)).isFalse();
        assertThat(copy).isEqualTo(tree);
        assertThat(Mutations.copyElement(copy, h, 0)).isTrue();
        assertThat(copy.path("maintenance").path("emergency").path("drills")).hasSize(held.size() + 1);
    }

    private static int indexOf(List<ArrayNode> arrays, JsonNode array) {
        for (int k = 0; k < arrays.size(); k++) {
            if (arrays.get(k) == array) {
                return k;
            }
        }
        throw new AssertionError("not a dated list: " + array);
    }

    @Property(tries = 30)
    void movingTheAsOfDateForwardWithoutNewRecordsNeverImprovesAClause(@ForAll @IntRange(max = 3) int sample,
                                                                      @ForAll @IntRange(min = 0, max = 400) int gap,
                                                                      @ForAll @IntRange(min = 1, max = 1500) int later) {
        ObjectNode tree = Mutations.sample(sample);
        Optional<Profile> p = Mutations.parse(tree);
        Assume.that(p.isPresent());
        // the first as-of date is after every record of the profile, so moving forward adds no record
        LocalDate latest = Mutations.latestDate(tree);
        LocalDate first = (latest.isAfter(BASE_DATE) ? latest : BASE_DATE).plusDays(gap);
        Map<String, Status> a = statuses(ENGINE.assess(p.get(), AssessmentOptions.all(first)));
        Map<String, Status> b = statuses(ENGINE.assess(p.get(), AssessmentOptions.all(first.plusDays(later))));
        List<String> bad = new ArrayList<>();
        a.forEach((id, s) -> {
            if (s == Status.NON_COMPLIANT && b.get(id) == Status.COMPLIANT) {
                bad.add(id);
            }
        });
        assertThat(bad).as("clauses that improved with time alone").isEmpty();
    }
}
