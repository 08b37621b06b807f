package io.fitg.cli;

import io.fitg.api.Status;
import io.fitg.core.DroolsEngine;
import io.fitg.core.Fitg;
import io.fitg.core.scenario.Scenario;
import io.fitg.core.scenario.ScenarioRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Runs scenario files (YAML: a base profile, changes, expected statuses) and reports pass/fail.")
final class TestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A folder of scenario files (searched recursively), or one file.")
    Path dir;

    @Option(names = "--profiles", description = "Where 'base: NAME' profiles are found (default: examples/profiles if it exists, else DIR).")
    Path profiles;

    @Option(names = "--coverage", description = "Report, per rule and per clause, which statuses the scenarios reached.")
    boolean coverage;

    @Option(names = "--strict-coverage", description = "Exit 1 when a rule of the rule set is never made both COMPLIANT and NON_COMPLIANT.")
    boolean strictCoverage;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path base = profiles != null ? profiles
                : Files.isDirectory(Path.of("examples/profiles")) ? Path.of("examples/profiles")
                : Files.isDirectory(dir) ? dir : dir.toAbsolutePath().getParent();
        DroolsEngine engine = (DroolsEngine) Fitg.engine();
        ScenarioRunner runner = new ScenarioRunner(engine, base);
        List<Path> files = Files.isDirectory(dir) ? ScenarioRunner.find(dir) : List.of(dir);
        if (files.isEmpty()) {
            throw new io.fitg.api.FitgInputException(dir.toString(), "", "a folder with at least one scenario file (*.yaml)");
        }
        int passed = 0;
        int failed = 0;
        for (Path f : files) {
            Scenario s = runner.load(f);
            for (Scenario.Case c : s.cases()) {
                ScenarioRunner.Outcome o = runner.run(s, c);
                if (o.passed()) {
                    passed++;
                    out.println("PASS  " + f + " :: " + c.name());
                } else {
                    failed++;
                    out.println("FAIL  " + f + " :: " + c.name());
                    o.mismatches().forEach(m -> out.println("        " + m));
                }
            }
        }
        boolean coverageGap = false;
        if (coverage || strictCoverage) {
            out.println();
            out.println("rule coverage (statuses reached: C=COMPLIANT N=NON_COMPLIANT A=NOT_APPLICABLE I=INSUFFICIENT_DATA W=WAIVED)");
            Map<String, Set<Status>> cov = runner.ruleCoverage();
            Set<String> rules = new TreeSet<>(engine.ruleNames());
            int full = 0;
            for (String r : rules) {
                Set<Status> s = cov.getOrDefault(r, EnumSet.noneOf(Status.class));
                boolean ok = s.contains(Status.COMPLIANT) && s.contains(Status.NON_COMPLIANT);
                if (ok) {
                    full++;
                } else {
                    coverageGap = true;
                }
                out.printf("  %-5s %-60s %s%n", letters(s), r,
                        s.isEmpty() ? "NEVER REACHED" : !s.contains(Status.NON_COMPLIANT) ? "NEVER MADE TO FAIL"
                                : !s.contains(Status.COMPLIANT) ? "NEVER MADE TO PASS" : "");
            }
            out.printf("rules made both COMPLIANT and NON_COMPLIANT: %d of %d%n", full, rules.size());
            if (coverage) {
                out.println();
                out.println("clause coverage");
                runner.clauseCoverage().forEach((k, v) -> out.printf("  %-5s %s%n", letters(v), k));
            }
        }
        out.println();
        out.println(passed + " passed, " + failed + " failed");
        out.flush();
        return failed > 0 || (strictCoverage && coverageGap) ? Main.FAILED_ON : Main.OK;
    }

    private static String letters(Set<Status> s) {
        StringBuilder sb = new StringBuilder();
        sb.append(s.contains(Status.COMPLIANT) ? 'C' : '.');
        sb.append(s.contains(Status.NON_COMPLIANT) ? 'N' : '.');
        sb.append(s.contains(Status.NOT_APPLICABLE) ? 'A' : '.');
        sb.append(s.contains(Status.INSUFFICIENT_DATA) ? 'I' : '.');
        sb.append(s.contains(Status.WAIVED) ? 'W' : '.');
        return sb.toString();
    }
}
