package io.fitg.test;

import io.fitg.api.Engine;
import io.fitg.api.Status;
import io.fitg.core.DroolsEngine;
import io.fitg.core.Fitg;
import io.fitg.core.scenario.Scenario;
import io.fitg.core.scenario.ScenarioRunner;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs a folder of scenario files as JUnit 5 dynamic tests, one per case:
 * <pre>
 *   &#64;TestFactory
 *   Stream&lt;DynamicNode&gt; policyScenarios() {
 *       return FitgScenarios.in(Path.of("src/test/scenarios")).profiles(Path.of("profiles")).tests();
 *   }
 * </pre>
 * {@link #requireEveryRuleMadeToFail()} adds a final test that fails when a rule of the rule set was never made
 * both COMPLIANT and NON_COMPLIANT by the scenarios (rule coverage).
 */
public final class FitgScenarios {
    private final Path dir;
    private Path profiles;
    private Engine engine;
    private boolean coverage;

    private FitgScenarios(Path dir) {
        this.dir = dir;
        this.profiles = dir;
    }

    public static FitgScenarios in(Path dir) {
        return new FitgScenarios(dir);
    }

    /** Where {@code base: NAME} profiles are found. */
    public FitgScenarios profiles(Path folder) {
        this.profiles = folder;
        return this;
    }

    /** The engine to run on (default: the shared built-in engine). */
    public FitgScenarios engine(Engine e) {
        this.engine = e;
        return this;
    }

    public FitgScenarios requireEveryRuleMadeToFail() {
        this.coverage = true;
        return this;
    }

    public Stream<DynamicNode> tests() {
        Engine e = engine != null ? engine : Fitg.engine();
        ScenarioRunner runner = new ScenarioRunner(e, profiles);
        List<DynamicNode> nodes = new ArrayList<>();
        for (Path file : ScenarioRunner.find(dir)) {
            Scenario s = runner.load(file);
            nodes.add(DynamicContainer.dynamicContainer(dir.relativize(file).toString(), file.toUri(),
                    s.cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), file.toUri(), () ->
                            assertThat(runner.run(s, c).mismatches()).as("%s / %s", file.getFileName(), c.name()).isEmpty()))));
        }
        if (coverage && e instanceof DroolsEngine de) {
            nodes.add(DynamicTest.dynamicTest("rule coverage: every rule made COMPLIANT and NON_COMPLIANT", () -> {
                Map<String, Set<Status>> cov = runner.ruleCoverage();
                Set<String> gaps = new TreeSet<>();
                for (String rule : de.ruleNames()) {
                    Set<Status> st = cov.getOrDefault(rule, Set.of());
                    if (!st.contains(Status.COMPLIANT) || !st.contains(Status.NON_COMPLIANT)) {
                        gaps.add(rule + " reached " + st);
                    }
                }
                assertThat(gaps).as("rules never made both COMPLIANT and NON_COMPLIANT").isEmpty();
            }));
        }
        return nodes.stream();
    }
}
