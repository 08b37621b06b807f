package io.fitg.core;

import io.fitg.api.AssessmentOptions;
import io.fitg.api.Catalog;
import io.fitg.api.Engine;
import io.fitg.api.Explanation;
import io.fitg.api.Report;
import io.fitg.core.io.JsonReports;
import io.fitg.model.Profile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
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

    /**
     * An engine that assesses as usual and, beside it, as the plain engine would (without shared decisions, with
     * every fact of the profile inserted); when the two reports differ it puts the first difference of their JSON
     * in {@code difference}. {@link RuleScenariosTest} runs every scenario case
     * through it.
     */
    static Engine comparing(DroolsEngine engine, ThreadLocal<String> difference) {
        return new Engine() {
            @Override
            public Report assess(Profile profile, AssessmentOptions options) {
                Report shared = engine.assess(profile, options, true);
                Report unshared = engine.assess(profile, options, false);
                if (!shared.equals(unshared)) {
                    String a = JsonReports.write(JsonReports.report(shared));
                    String b = JsonReports.write(JsonReports.report(unshared));
                    difference.set(profile.companyName() + " as of " + options.asOf() + ": " + firstDifference(a, b));
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
    }

    /** Clauses share a firing exactly when their requirement and parameters are equal. */
    @Test
    void sharingGroupsClausesByParametersOnly() {
        DroolsEngine engine = TestSupport.engine();
        Catalog catalog = engine.catalog(AssessmentOptions.CURRENT);
        Plan plan = new Plan(catalog, Map.of(), engine.ruleNames(), true);
        Plan unshared = new Plan(catalog, Map.of(), engine.ruleNames(), false);
        assertThat(unshared.firings).isEqualTo(catalog.clauses().size());
        assertThat(plan.firings).isLessThan(catalog.clauses().size() / 2);
        // x.1.1.3's headcounts differ by class (5/8/11/15): four groups, each clause decides itself
        for (String id : List.of("2.1.1.3", "3.1.1.3", "4.1.1.3", "5.1.1.3")) {
            assertThat(decidedBy(plan, catalog, id)).isEqualTo(id);
        }
        // x.1.1.4 (internal IT audit) has no parameter: one firing, the class-1 clause decides all four
        for (String id : List.of("2.1.1.4", "3.1.1.4", "4.1.1.4", "5.1.1.4")) {
            assertThat(decidedBy(plan, catalog, id)).isEqualTo("2.1.1.4");
            assertThat(decidedBy(unshared, catalog, id)).isEqualTo(id);
        }
    }

    private static String decidedBy(Plan plan, Catalog catalog, String id) {
        return plan.decidedBy[catalog.clauses().indexOf(catalog.clause(id).orElseThrow())];
    }

    static String firstDifference(String a, String b) {
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
