package io.fitg.cli;

import io.fitg.api.AssessmentOptions;
import io.fitg.api.Engine;
import io.fitg.api.FitgInputException;
import io.fitg.api.Report;
import io.fitg.core.CustomRules;
import io.fitg.core.DroolsEngine;
import io.fitg.core.Fitg;
import io.fitg.core.Redaction;
import io.fitg.core.io.ProfileReader;
import io.fitg.model.Profile;
import io.fitg.reports.Formats;
import io.fitg.reports.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "Assesses one company profile (JSON or YAML; - reads stdin), or many in parallel.")
final class AssessCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PROFILE",
            description = "A profile file (JSON or YAML; - for stdin), or several files and/or folders for a batch.")
    List<Path> profiles;

    @Option(names = "--class", defaultValue = "all", description = "1, 2, 3, 4 or all (default all).")
    String classOption;

    @Option(names = "--as-of", description = "Judge time-based clauses against this date (YYYY-MM-DD; default today).")
    String asOf;

    @Option(names = "--edition", defaultValue = "current", description = "Edition: current or earlier (default current).")
    String edition;

    @Option(names = "--format", defaultValue = "json",
            description = "json, text, workpaper (Markdown), workpaper-html, html, csv, xlsx (needs --out) or oscal "
                    + "(OSCAL 1.1.2 assessment results); default json.")
    String format;

    @Option(names = "--lang", defaultValue = "zh",
            description = "Language of headings and labels of text, workpaper and html: zh or en (default zh).")
    String lang;

    @Option(names = "--out", description = "Write the report to this file (atomically) instead of stdout.")
    Path out;

    @Option(names = "--waivers", description = "A waiver file (YAML/JSON): covered findings become WAIVED until expiry.")
    Path waivers;

    @Option(names = "--tailoring", description = "A tailoring file (YAML/JSON): stricter thresholds, clauses out of scope.")
    Path tailoring;

    @Option(names = "--rules", description = "Your own DRL file(s), run beside the built-in rules (repeatable).")
    List<Path> customRules;

    @Option(names = "--fail-on", description = "Exit 1 when a finding at this level exists in the --fail-class: "
            + "non-compliant (NON_COMPLIANT) or insufficient-data (NON_COMPLIANT or INSUFFICIENT_DATA).")
    String failOn;

    @Option(names = "--fail-class", description = "The class --fail-on looks at (default: the --class, or all).")
    Integer failClass;

    @Option(names = "--redact", description = "Pseudonymise staff names, ids and other personal data in the report.")
    boolean redact;

    @Option(names = "--jobs", description = "Batch: profiles assessed in parallel (default: the number of cores).")
    Integer jobs;

    @Option(names = "--out-dir", defaultValue = "fitg-reports",
            description = "Batch: folder for one report per profile (default ${DEFAULT-VALUE}).")
    Path outDir;

    @Override
    public Integer call() {
        LocalDate date = parseDate(asOf);
        List<Integer> classes = parseClasses(classOption);
        Formats.check(format);
        Lang language = Lang.parse(lang);
        FailOn gate = FailOn.parse(failOn);
        boolean batch = profiles.size() > 1 || Files.isDirectory(profiles.get(0));
        if (!batch && Formats.binary(format) && (out == null || "-".equals(out.toString()))) {
            throw new FitgInputException("<command line>", "--out", "a file for --format " + format
                    + " (it is binary, not for a terminal)");
        }
        ProfileReader reader = new ProfileReader();
        // waivers, tailoring and custom rules are loaded and checked before anything is assessed
        Policies policies = Policies.load(reader, waivers, tailoring, edition);
        Engine engine = customRules == null || customRules.isEmpty() ? Fitg.engine()
                : new DroolsEngine(CustomRules.compile(customRules));
        AssessmentOptions options = new AssessmentOptions(classes, date, edition, policies.waivers(), policies.tailoring());
        engine.catalog(edition);
        if (batch) {
            return BatchRun.run(spec, engine, profiles, options, jobs, outDir, format, language, gate, failClass, redact);
        }
        Path profile = profiles.get(0);
        byte[] bytes = ProfileBytes.read(profile);
        String source = "-".equals(profile.toString()) ? "<stdin>" : profile.toString();
        Profile p = reader.parse(bytes, source, ProfileBytes.isJson(profile, bytes), Profile.class);
        Report report = engine.assess(p, options).withProvenance(Report.PROFILE_SHA256, ProfileBytes.sha256(bytes));
        if (redact) {
            report = Redaction.apply(report, p);
        }
        Output.write(out, Formats.render(format, report, engine.catalog(report.edition()), language),
                spec.commandLine().getOut());
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
