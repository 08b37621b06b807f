package io.fitg.core;

import io.fitg.api.Status;
import io.fitg.core.scenario.Scenario;
import io.fitg.core.scenario.ScenarioRunner;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every scenario file under {@code rules-drl/src/test/scenarios} (one folder per chapter, one file per
 * requirement, beside the chapter's DRL) as individual tests, then checks rule coverage: every rule in the
 * KieBase was made both COMPLIANT and NON_COMPLIANT by some scenario, and so was every clause of the earlier edition
 * by a scenario assessing that edition ({@code edition: earlier}).
 *
 * <p>Every case is assessed twice, as the engine normally does (shared decisions, {@link Plan}; only the facts some
 * rule's pattern can match inserted) and as the plain engine would (a firing per clause; every fact of the profile
 * inserted), and the two reports must be equal: a rule whose decision depended on more of its clause than the
 * parameters, or on a fact it does not match, would show here, in the case that exposes it.
 */
class RuleScenariosTest {

    @TestFactory
    Stream<DynamicNode> scenarios() {
        DroolsEngine engine = TestSupport.engine();
        ThreadLocal<String> sharingDifference = new ThreadLocal<>();
        ScenarioRunner runner = new ScenarioRunner(SharedDecisionsTest.comparing(engine, sharingDifference),
                TestSupport.profilesDir());
        List<DynamicNode> nodes = new ArrayList<>();
        Set<String> uncited = java.util.concurrent.ConcurrentHashMap.newKeySet();
        Path root = TestSupport.scenariosDir();
        // -Dfitg.chapter=management runs one chapter's scenarios and checks that chapter's rules only
        String chapter = System.getProperty("fitg.chapter", "");
        Path dir = chapter.isEmpty() ? root : root.resolve(chapter);
        for (Path file : ScenarioRunner.find(dir)) {
            Scenario s = runner.load(file);
            List<DynamicTest> tests = s.cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), file.toUri(), () -> {
                sharingDifference.remove();
                ScenarioRunner.Outcome o = runner.run(s, c);
                uncitedDecisions(o.report(), uncited);
                assertThat(o.mismatches()).as("%s / %s", root.relativize(file), c.name()).isEmpty();
                assertThat(sharingDifference.get()).as("%s / %s: the report with shared decisions differs from the "
                        + "report without", root.relativize(file), c.name()).isNull();
            })).toList();
            nodes.add(DynamicContainer.dynamicContainer(root.relativize(file).toString(), file.toUri(), tests.stream()));
        }
        nodes.add(DynamicTest.dynamicTest("every COMPLIANT and NON_COMPLIANT finding cites the facts it rests on", () ->
                assertThat(new TreeSet<>(uncited)).as("rules that decided without citing a fact (CONTRACT: facts are "
                        + "the ids of the facts the decision rests on)").isEmpty()));
        nodes.add(DynamicTest.dynamicTest("every rule is made COMPLIANT and NON_COMPLIANT by some scenario", () -> {
            Map<String, Set<Status>> cov = runner.ruleCoverage();
            Set<String> gaps = new TreeSet<>();
            for (String rule : engine.ruleNames()) {
                if (!chapter.isEmpty() && !rule.startsWith(chapter + ".")) {
                    continue;
                }
                Set<Status> s = cov.getOrDefault(rule, Set.of());
                if (!s.contains(Status.COMPLIANT) || !s.contains(Status.NON_COMPLIANT)) {
                    gaps.add(rule + " reached " + s);
                }
            }
            assertThat(gaps).as("rules never made both COMPLIANT and NON_COMPLIANT").isEmpty();
        }));
        nodes.add(DynamicTest.dynamicTest("every earlier-edition clause is made COMPLIANT and NON_COMPLIANT by an "
                + "earlier-edition scenario", () -> {
            Map<String, Set<Status>> cov = runner.clauseCoverage("earlier");
            Set<String> gaps = new TreeSet<>();
            for (io.fitg.api.Clause c : engine.catalog("earlier").clauses()) {
                if (!chapter.isEmpty() && !c.requirement().startsWith(chapter + ".")) {
                    continue;
                }
                Set<Status> s = cov.getOrDefault(c.id(), Set.of());
                if (!s.contains(Status.COMPLIANT) || !s.contains(Status.NON_COMPLIANT)) {
                    gaps.add(c.id() + " " + c.requirement() + " reached " + s);
                }
            }
            assertThat(gaps).as("earlier clauses never made both COMPLIANT and NON_COMPLIANT").isEmpty();
        }));
        return nodes.stream();
    }

    /** Adds "rule STATUS" for each COMPLIANT or NON_COMPLIANT finding of {@code report} that cites no fact. */
    static void uncitedDecisions(io.fitg.api.Report report, Set<String> into) {
        if (report == null) {
            return;
        }
        for (io.fitg.api.Finding f : report.findings()) {
            if ((f.status() == Status.COMPLIANT || f.status() == Status.NON_COMPLIANT) && f.facts().isEmpty()) {
                into.add(f.rule() + " " + f.status());
            }
        }
    }
}
