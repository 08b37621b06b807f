package io.fitg.core;

import io.fitg.api.AssessmentOptions;
import io.fitg.api.Catalog;
import io.fitg.api.Engine;
import io.fitg.api.Explanation;
import io.fitg.api.Report;
import io.fitg.core.io.JsonReports;
import io.fitg.core.scenario.Scenario;
import io.fitg.core.scenario.ScenarioRunner;
import io.fitg.model.Profile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shared decisions ({@link Plan}) hand a requirement's rule one clause per distinct parameter set and give its
 * decision to the other clauses of the group. That is only right while a rule's decision depends on its clause
 * through the clause's parameters alone; these tests hold the rule set to it.
 */
class SharedDecisionsTest {

    /** Every case of every scenario file, assessed with sharing on and off: the reports are equal (and so is their JSON). */
    @Test
    void everyScenarioCaseGivesTheSameReportWithAndWithoutSharedDecisions() {
        DroolsEngine engine = TestSupport.engine();
        List<String> differences = java.util.Collections.synchronizedList(new ArrayList<>());
        Engine comparing = new Engine() {
            @Override
            public Report assess(Profile profile, AssessmentOptions options) {
                Report shared = engine.assess(profile, options, true);
                Report unshared = engine.assess(profile, options, false);
                if (!shared.equals(unshared)) {
                    String a = JsonReports.write(JsonReports.report(shared));
                    String b = JsonReports.write(JsonReports.report(unshared));
                    differences.add(profile.companyName() + " as of " + options.asOf() + ": " + firstDifference(a, b));
                }
                return shared;
            }

            @Override
            public Explanation explain(Profile profile, String clauseId, AssessmentOptions options) {
                return engine.explain(profile, clauseId, options);
            }

            @Override
            public Catalog catalog(String edition) {
                return engine.catalog(edition);
            }
        };
        ScenarioRunner runner = new ScenarioRunner(comparing, TestSupport.profilesDir());
        List<Runnable> cases = new ArrayList<>();
        for (Path file : ScenarioRunner.find(TestSupport.scenariosDir())) {
            Scenario s = runner.load(file);
            for (Scenario.Case c : s.cases()) {
                cases.add(() -> runner.run(s, c));
            }
        }
        assertThat(cases).hasSizeGreaterThan(100);
        cases.parallelStream().forEach(Runnable::run);
        assertThat(differences).as("reports that differ with shared decisions").isEmpty();
    }

    private static String firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int from = Math.max(0, a.lastIndexOf('\n', Math.max(0, i - 1)) - 400);
        return "shared …" + a.substring(from, Math.min(a.length(), i + 200)) + "… unshared …"
                + b.substring(from, Math.min(b.length(), i + 200)) + "…";
    }

    /** Identity of the clause (id, class, text, mandatory flag…) must not reach a decision: rules read parameters. */
    @Test
    void rulesReadTheirClauseThroughItsParametersOnly() throws Exception {
        Pattern clausePattern = Pattern.compile("(\\$\\w+)\\s*:\\s*Clause\\s*\\(([^)]*)\\)\\s*from");
        Pattern identity = Pattern.compile("\\.(id|classLevel|text|mandatory|isNew|chapter|section|edition|"
                + "sectionPath|chapterNumber)\\s*\\(");
        List<String> problems = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(TestSupport.rulesDir().resolve("src/main/resources/io/fitg/rules"))) {
            files = s.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            String drl = Files.readString(f);
            Matcher m = clausePattern.matcher(drl);
            while (m.find()) {
                if (!m.group(2).isBlank()) {
                    problems.add(f.getFileName() + ": a constraint on the clause pattern (" + m.group(2).strip()
                            + ") — decide from parameters in the consequence instead");
                }
                Matcher use = Pattern.compile(Pattern.quote(m.group(1)) + "(\\s*\\.\\s*\\w+\\s*\\()").matcher(drl);
                while (use.find()) {
                    if (identity.matcher(use.group(1).replaceAll("\\s", "")).find()) {
                        problems.add(f.getFileName() + ": " + m.group(1) + use.group(1) + " — a decision may depend"
                                + " on the clause's parameters only");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
