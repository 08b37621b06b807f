package io.fitg.cli;

import io.fitg.api.AssessmentOptions;
import io.fitg.api.FitgInputException;
import io.fitg.api.Report;
import io.fitg.core.Fitg;
import io.fitg.core.io.JsonReports;
import io.fitg.core.io.ProfileReader;
import io.fitg.model.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "Assesses one company profile (JSON or YAML; - reads stdin).")
final class AssessCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROFILE", description = "The profile file (JSON or YAML), or - for stdin.")
    Path profile;

    @Option(names = "--class", defaultValue = "all", description = "1, 2, 3, 4 or all (default all).")
    String classOption;

    @Option(names = "--as-of", description = "Judge time-based clauses against this date (YYYY-MM-DD; default today).")
    String asOf;

    @Option(names = "--edition", defaultValue = "current", description = "Edition (default current).")
    String edition;

    @Option(names = "--format", defaultValue = "json", description = "json or text (default json).")
    String format;

    @Option(names = "--out", description = "Write the report to this file (atomically) instead of stdout.")
    Path out;

    @Option(names = "--waivers", description = "A waiver file (YAML/JSON): covered findings become WAIVED until expiry.")
    Path waivers;

    @Option(names = "--tailoring", description = "A tailoring file (YAML/JSON): stricter thresholds, clauses out of scope.")
    Path tailoring;

    @Option(names = "--fail-on", description = "Exit 1 when a finding at this level exists in the --fail-class: "
            + "non-compliant (NON_COMPLIANT) or insufficient-data (NON_COMPLIANT or INSUFFICIENT_DATA).")
    String failOn;

    @Option(names = "--rules", description = "Your own DRL file(s), run beside the built-in rules (repeatable).")
    java.util.List<Path> customRules;

    @Option(names = "--fail-class", description = "The class --fail-on looks at (default: the --class, or all).")
    Integer failClass;

    @Override
    public Integer call() {
        LocalDate date = parseDate(asOf);
        List<Integer> classes = parseClasses(classOption);
        if (!List.of("json", "text").contains(format)) {
            throw new FitgInputException("<command line>", "--format", "json or text, not '" + format + "'");
        }
        FailOn gate = FailOn.parse(failOn);
        ProfileReader reader = new ProfileReader();
        // waivers and tailoring are loaded and checked against the catalog before anything is assessed
        Policies policies = Policies.load(reader, waivers, tailoring, edition);
        Profile p = reader.read(profile);
        io.fitg.api.Engine engine = customRules == null || customRules.isEmpty() ? Fitg.engine()
                : new io.fitg.core.DroolsEngine(io.fitg.core.CustomRules.compile(customRules));
        Report report = engine.assess(p, new AssessmentOptions(classes, date, edition, policies.waivers(),
                policies.tailoring()));
        String text = "json".equals(format) ? JsonReports.write(JsonReports.report(report)) : Texts.report(report);
        Output.write(out, text.getBytes(StandardCharsets.UTF_8), spec.commandLine().getOut());
        Integer gateClass = failClass != null ? failClass : classes.size() == 1 ? classes.get(0) : null;
        return gate != null && gate.triggered(report, gateClass) ? Main.FAILED_ON : Main.OK;
    }

    static LocalDate parseDate(String s) {
        if (s == null) {
            return LocalDate.now();
        }
        try {
            LocalDate d = LocalDate.parse(s);
            if (d.getYear() < 1990 || d.getYear() > 2100) {
                throw new FitgInputException("<command line>", "--as-of", "a date between 1990-01-01 and 2100-12-31, not " + s);
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new FitgInputException("<command line>", "--as-of", "a date written YYYY-MM-DD, not '" + s + "'");
        }
    }

    static List<Integer> parseClasses(String s) {
        if (s == null || "all".equals(s)) {
            return List.of();
        }
        return switch (s) {
            case "1", "2", "3", "4" -> List.of(Integer.parseInt(s));
            default -> throw new FitgInputException("<command line>", "--class", "1, 2, 3, 4 or all, not '" + s + "'");
        };
    }
}
