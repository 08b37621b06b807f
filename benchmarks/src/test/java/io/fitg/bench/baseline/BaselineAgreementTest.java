package io.fitg.bench.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fitg.api.AssessmentOptions;
import io.fitg.api.Catalog;
import io.fitg.api.Clause;
import io.fitg.api.Finding;
import io.fitg.api.Report;
import io.fitg.api.Status;
import io.fitg.core.DroolsEngine;
import io.fitg.core.catalog.CatalogLoader;
import io.fitg.core.io.ProfileReader;
import io.fitg.core.scenario.Patch;
import io.fitg.core.scenario.Scenario;
import io.fitg.core.scenario.ScenarioRunner;
import io.fitg.model.Profile;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The plain-Java baseline decides every clause of its requirements exactly as the engine does: on the four sample
 * profiles (as of 2026-11-21 and 2027-12-31) and on every current-edition case of every scenario file (a patch made
 * for one requirement may change another's outcome, so every case is checked against every baseline requirement).
 */
class BaselineAgreementTest {
    static final DroolsEngine ENGINE = new DroolsEngine();
    static final Catalog CATALOG = CatalogLoader.load(AssessmentOptions.CURRENT);
    static final PlainJavaBaseline BASELINE = new PlainJavaBaseline();
    static final Path PROFILES = Path.of("..", "examples/profiles");
    static final Path SCENARIOS = Path.of("..", "rules-drl/src/test/scenarios");
    static final List<String> SAMPLES = List.of("model-class4", "small-class1", "hosted-class2", "near-class4");
    static final List<LocalDate> SAMPLE_DATES = List.of(LocalDate.of(2026, 11, 21), LocalDate.of(2027, 12, 31));
    static final YAMLMapper YAML = new YAMLMapper();

    /** The clause ids of the baseline's requirements, in catalog order. */
    static final List<String> BASELINE_CLAUSES = CATALOG.clauses().stream()
            .filter(c -> PlainJavaBaseline.REQUIREMENTS.contains(c.requirement())).map(Clause::id).toList();

    /** Where the baseline and the engine disagree, one line per clause (empty when they agree everywhere). */
    static List<String> disagreements(Report report, Map<String, Status> baseline) {
        Map<String, Finding> byClause = new HashMap<>();
        report.findings().forEach(f -> byClause.put(f.clause(), f));
        List<String> out = new ArrayList<>();
        for (String id : BASELINE_CLAUSES) {
            Finding f = byClause.get(id);
            Status mine = baseline.get(id);
            if (f == null) {
                out.add(id + ": no engine finding (baseline " + mine + ")");
            } else if (mine != f.status()) {
                out.add(id + " [" + f.requirement() + "]: baseline " + mine + ", engine " + f.status() + " — "
                        + f.message() + (f.observed().isEmpty() ? "" : " [observed: " + f.observed() + "]"));
            }
        }
        Set<String> extra = new TreeSet<>(baseline.keySet());
        BASELINE_CLAUSES.forEach(extra::remove);
        extra.forEach(id -> out.add(id + ": decided by the baseline but not one of its requirements' clauses"));
        return out;
    }

    /** The baseline's requirements whose clauses carry a condition of their own (NOT_APPLICABLE when it fails). */
    static final Set<String> WITH_CONDITION = Set.of("management.branch-technicians", "security.trading-area-video",
            "branch.trading-hours-technician", "branch.two-trading-links");

    /** Requirement → the statuses the baseline and the engine agreed on, over every run. */
    static final Map<String, Set<Status>> AGREED = new ConcurrentHashMap<>();

    static void assertAgree(String where, Profile profile, LocalDate asOf) {
        Report report = ENGINE.assess(profile, AssessmentOptions.all(asOf));
        Map<String, Status> baseline = BASELINE.decide(profile, CATALOG, asOf);
        assertThat(disagreements(report, baseline)).as("%s as of %s: baseline vs engine", where, asOf).isEmpty();
        for (Finding f : report.findings()) {
            if (PlainJavaBaseline.REQUIREMENTS.contains(f.requirement())) {
                AGREED.computeIfAbsent(f.requirement(), k -> ConcurrentHashMap.newKeySet()).add(f.status());
            }
        }
    }

    static Profile sample(String name) {
        try {
            byte[] bytes = Files.readAllBytes(PROFILES.resolve(name + ".yaml"));
            return new ProfileReader().parse(bytes, name + ".yaml", false, Profile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode sampleTree(String name) {
        try {
            return (ObjectNode) YAML.readTree(PROFILES.resolve(name + ".yaml").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sample profile with patch operations written as in scenario files. */
    static Profile patched(String name, String... ops) {
        ObjectNode tree = sampleTree(name);
        for (String op : ops) {
            try {
                Patch.apply(tree, YAML.readTree(op));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ProfileReader().fromTree(tree, name + " (patched)", Profile.class);
    }

    // ---------------------------------------------------------------- the requirements chosen

    @Test
    void requirementsAreAtLeastTwentyFromEveryChapter() {
        List<String> reqs = PlainJavaBaseline.REQUIREMENTS;
        assertThat(new LinkedHashSet<>(reqs)).as("distinct requirement keys").hasSizeGreaterThanOrEqualTo(20)
                .hasSameSizeAs(reqs);
        assertThat(CATALOG.requirements()).as("every key is a requirement of the current catalog").containsAll(reqs);
        Set<Integer> chapters = new TreeSet<>();
        for (String r : reqs) {
            CATALOG.requirement(r).forEach(c -> chapters.add(c.chapterNumber()));
        }
        assertThat(chapters).as("chapters x.1 to x.8").containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        Set<Integer> classes = new TreeSet<>();
        for (String id : BASELINE_CLAUSES) {
            classes.add(CATALOG.clause(id).orElseThrow().classLevel());
        }
        assertThat(classes).as("clauses of all four classes").containsExactly(1, 2, 3, 4);
    }

    @Test
    void decidesExactlyTheClausesOfItsRequirements() {
        Map<String, Status> m = BASELINE.decide(sample("model-class4"), CATALOG, SAMPLE_DATES.get(0));
        assertThat(m.keySet()).containsExactlyInAnyOrderElementsOf(BASELINE_CLAUSES);
        assertThat(m.values()).doesNotContainNull().doesNotContain(Status.WAIVED);
    }

    // ---------------------------------------------------------------- agreement

    @TestFactory
    Stream<DynamicNode> sampleProfiles() {
        List<DynamicNode> nodes = new ArrayList<>();
        for (String name : SAMPLES) {
            Profile p = sample(name);
            for (LocalDate asOf : SAMPLE_DATES) {
                nodes.add(DynamicTest.dynamicTest(name + " as of " + asOf, () -> assertAgree(name, p, asOf)));
            }
        }
        return nodes.stream();
    }

    @TestFactory
    Stream<DynamicNode> scenarioCases() {
        ScenarioRunner runner = new ScenarioRunner(ENGINE, PROFILES);
        ProfileReader reader = new ProfileReader();
        List<DynamicNode> files = new ArrayList<>();
        for (Path file : ScenarioRunner.find(SCENARIOS)) {
            Scenario s = runner.load(file);
            String rel = SCENARIOS.relativize(file).toString();
            List<DynamicTest> tests = new ArrayList<>();
            for (Scenario.Case c : s.cases()) {
                if (!AssessmentOptions.CURRENT.equals(c.edition())) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(c.name(), file.toUri(), () -> {
                    ObjectNode tree = s.base().deepCopy();
                    for (JsonNode op : c.patch()) {
                        Patch.apply(tree, op);
                    }
                    String where = rel + " / " + c.name();
                    assertAgree(where, reader.fromTree(tree, where, Profile.class), c.asOf());
                }));
            }
            if (!tests.isEmpty()) {
                files.add(DynamicContainer.dynamicContainer(rel, file.toUri(), tests.stream()));
            }
        }
        assertThat(files).as("scenario files found under " + SCENARIOS.toAbsolutePath()).hasSizeGreaterThan(100);
        // after every case: each requirement was compared while compliant, not compliant and short of data (and not
        // applicable, where it has a condition), so that the agreement is not agreement on one outcome only
        files.add(DynamicTest.dynamicTest("every requirement agreed on every outcome it can have", () -> {
            Set<String> gaps = new TreeSet<>();
            for (String r : PlainJavaBaseline.REQUIREMENTS) {
                Set<Status> s = AGREED.getOrDefault(r, Set.of());
                if (!s.containsAll(List.of(Status.COMPLIANT, Status.NON_COMPLIANT, Status.INSUFFICIENT_DATA))
                        || WITH_CONDITION.contains(r) && !s.contains(Status.NOT_APPLICABLE)) {
                    gaps.add(r + " " + new TreeSet<>(s));
                }
            }
            assertThat(gaps).as("requirements compared on too few outcomes").isEmpty();
        }));
        return files.stream();
    }

    // ---------------------------------------------------------------- the comparison can fail

    /** Engine and baseline statuses of some clauses, side by side. */
    static Map<String, List<Status>> both(Profile p, LocalDate asOf, String... clauses) {
        Report report = ENGINE.assess(p, AssessmentOptions.all(asOf));
        Map<String, Status> mine = BASELINE.decide(p, CATALOG, asOf);
        Map<String, List<Status>> out = new LinkedHashMap<>();
        for (String id : clauses) {
            out.put(id, List.of(report.status(id), mine.get(id)));
        }
        return out;
    }

    static Map<String, List<Status>> each(Map<String, Status> expected) {
        Map<String, List<Status>> out = new LinkedHashMap<>();
        expected.forEach((k, v) -> out.put(k, List.of(v, v)));
        return out;
    }

    @Test
    void techStaffRatioFlipsOnBothSidesAtEightPercent() {
        LocalDate asOf = LocalDate.of(2026, 11, 21);
        String[] ids = {"2.1.1.2", "3.1.1.2", "4.1.1.2", "5.1.1.2"};
        // 20 HQ technology staff in post: 20 / 250 = 8% exactly, 20 / 251 just under
        assertThat(both(patched("model-class4", "{set: {path: company.hqHeadcount, value: 250}}"), asOf, ids))
                .isEqualTo(each(Map.of("2.1.1.2", Status.COMPLIANT, "3.1.1.2", Status.COMPLIANT,
                        "4.1.1.2", Status.COMPLIANT, "5.1.1.2", Status.COMPLIANT)));
        assertThat(both(patched("model-class4", "{set: {path: company.hqHeadcount, value: 251}}"), asOf, ids))
                .isEqualTo(each(Map.of("2.1.1.2", Status.NON_COMPLIANT, "3.1.1.2", Status.NON_COMPLIANT,
                        "4.1.1.2", Status.NON_COMPLIANT, "5.1.1.2", Status.NON_COMPLIANT)));
    }

    @Test
    void floorLoadUsesEachClassOwnThreshold() {
        LocalDate asOf = LocalDate.of(2026, 11, 21);
        String[] ids = {"2.2.1.2", "3.2.1.2", "4.2.1.2", "5.2.1.2"};
        assertThat(both(patched("model-class4", "{set: {path: 'machineRooms[0].floorLoadKgPerSqm', value: 500}}"),
                asOf, ids)).isEqualTo(each(Map.of("2.2.1.2", Status.COMPLIANT, "3.2.1.2", Status.COMPLIANT,
                "4.2.1.2", Status.COMPLIANT, "5.2.1.2", Status.COMPLIANT)));
        // 499 kg/m²: enough for classes 1 and 2 (300), not for classes 3 and 4 (500)
        assertThat(both(patched("model-class4", "{set: {path: 'machineRooms[0].floorLoadKgPerSqm', value: 499}}"),
                asOf, ids)).isEqualTo(each(Map.of("2.2.1.2", Status.COMPLIANT, "3.2.1.2", Status.COMPLIANT,
                "4.2.1.2", Status.NON_COMPLIANT, "5.2.1.2", Status.NON_COMPLIANT)));
    }

    @Test
    void exchangeLinkBandwidthFlipsJustAboveEightyPercent() {
        LocalDate asOf = LocalDate.of(2026, 11, 21);
        String[] ids = {"3.3.2.6", "4.3.2.6", "5.3.2.6"};
        String exactly80 = "{setWhere: {path: trading.links, match: {id: SHFE-CT-1}, set: {dailyPeaks: "
                + "[{date: 2026-10-12, peakMbps: 70}, {date: 2026-10-13, peakMbps: 90}]}}}";
        String above80 = "{setWhere: {path: trading.links, match: {id: SHFE-CT-1}, set: {dailyPeaks: "
                + "[{date: 2026-10-12, peakMbps: 80}, {date: 2026-10-13, peakMbps: 80.02}]}}}";
        assertThat(both(patched("model-class4", exactly80), asOf, ids)).isEqualTo(each(Map.of(
                "3.3.2.6", Status.COMPLIANT, "4.3.2.6", Status.COMPLIANT, "5.3.2.6", Status.COMPLIANT)));
        assertThat(both(patched("model-class4", above80), asOf, ids)).isEqualTo(each(Map.of(
                "3.3.2.6", Status.NON_COMPLIANT, "4.3.2.6", Status.NON_COMPLIANT, "5.3.2.6", Status.NON_COMPLIANT)));
    }

    @Test
    void aDisagreementIsReportedWithBothStatusesAndTheEngineMessage() {
        LocalDate asOf = LocalDate.of(2026, 11, 21);
        Profile p = sample("model-class4");
        Report report = ENGINE.assess(p, AssessmentOptions.all(asOf));
        Map<String, Status> mine = new HashMap<>(BASELINE.decide(p, CATALOG, asOf));
        assertThat(disagreements(report, mine)).isEmpty();
        assertThat(mine.get("5.6.2.1")).isEqualTo(Status.COMPLIANT);
        mine.put("5.6.2.1", Status.NON_COMPLIANT);
        mine.remove("2.1.1.2");
        List<String> d = disagreements(report, mine);
        assertThat(d).hasSize(2);
        assertThat(d).anySatisfy(s -> assertThat(s).startsWith("5.6.2.1 [backup.dr-centre]: baseline NON_COMPLIANT, "
                + "engine COMPLIANT — " + report.finding("5.6.2.1").orElseThrow().message()));
        assertThat(d).anySatisfy(s -> assertThat(s).startsWith("2.1.1.2 [management.tech-staff-ratio]: baseline null"));
        assertThatThrownBy(() -> assertThat(disagreements(report, mine)).as("model-class4").isEmpty())
                .isInstanceOf(AssertionError.class).hasMessageContaining("5.6.2.1");
    }
}
