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

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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

    @Option(names = "--out", description = "Write the report to this file (atomically) instead of stdout. One profile only.")
    Path out;

    @Option(names = "--waivers", description = "A waiver file (YAML/JSON): covered findings become WAIVED until expiry.")
    Path waivers;

    @Option(names = "--tailoring", description = "A tailoring file (YAML/JSON): stricter thresholds, clauses out of scope.")
    Path tailoring;

    @Option(names = "--rules", description = "Your own DRL file(s), run beside the built-in rules (repeatable; "
            + "compiled whatever the file name ends with).")
    List<Path> customRules;

    @Option(names = "--rules-timeout", defaultValue = "60", paramLabel = "SECONDS",
            description = "With --rules: stop an assessment that runs longer than this (a custom rule that loops) "
                    + "and exit 2 (default ${DEFAULT-VALUE}).")
    int rulesTimeout;

    @Option(names = "--fail-on", description = "Exit 1 when a finding at this level exists in the --fail-class: "
            + "non-compliant (NON_COMPLIANT) or insufficient-data (NON_COMPLIANT or INSUFFICIENT_DATA). Findings of "
            + "custom controls (--rules) always count.")
    String failOn;

    @Option(names = "--fail-class", paramLabel = "N",
            description = "With --fail-on: the class it looks at, 1-4 or all (default: every assessed class); "
                    + "it must be one of the classes assessed (--class).")
    String failClass;

    @Option(names = "--redact", description = "Pseudonymise staff names, ids and other personal data in the report.")
    boolean redact;

    @Option(names = "--jobs", description = "Batch: profiles assessed in parallel (default: the number of cores).")
    Integer jobs;

    @Option(names = "--out-dir", paramLabel = "DIR",
            description = "Batch: folder for one report per profile (default fitg-reports when several profiles or a "
                    + "folder are given; given with one profile, that profile is assessed as a batch of one).")
    Path outDir;

    static final Path DEFAULT_OUT_DIR = Path.of("fitg-reports");

    @Override
    public Integer call() {
        LocalDate date = parseDate(asOf);
        List<Integer> classes = parseClasses(classOption);
        Formats.check(format);
        Lang language = Lang.parse(lang);
        FailOn gate = FailOn.parse(failOn);
        if (failClass != null && gate == null) {
            throw new FitgInputException("<command line>", "--fail-class", "--fail-on as well (--fail-class only "
                    + "says which class --fail-on looks at)");
        }
        if (rulesTimeout < 1 || rulesTimeout > 86_400) {
            throw new FitgInputException("<command line>", "--rules-timeout", "a number of seconds from 1 to 86400, not "
                    + rulesTimeout);
        }
        if (out != null && outDir != null) {
            throw new FitgInputException("<command line>", "--out", "either --out (one report) or --out-dir (one report "
                    + "per profile), not both");
        }
        boolean batch = profiles.size() > 1 || Files.isDirectory(profiles.get(0)) || outDir != null;
        if (batch && out != null) {
            throw new FitgInputException("<command line>", "--out", "one profile file: several profiles or a folder "
                    + "give one report each, written to --out-dir (default fitg-reports)");
        }
        if (batch && profiles.stream().anyMatch(p -> "-".equals(p.toString()))) {
            throw new FitgInputException("<command line>", "PROFILE", "files or folders in a batch; standard input "
                    + "('-') is for one profile, written to stdout or --out");
        }
        if (!batch && Formats.binary(format) && (out == null || "-".equals(out.toString()))) {
            throw new FitgInputException("<command line>", "--out", "a file for --format " + format
                    + " (it is binary, not for a terminal)");
        }
        List<Path> inputs = new ArrayList<>();
        if (waivers != null) {
            inputs.add(waivers);
        }
        if (tailoring != null) {
            inputs.add(tailoring);
        }
        if (customRules != null) {
            inputs.addAll(customRules);
        }
        if (!batch) {
            inputs.add(profiles.get(0));
            Output.refuseInputs(out, "--out", inputs);
        }
        ProfileReader reader = new ProfileReader();
        // waivers, tailoring and custom rules are loaded and checked before anything is assessed
        Policies policies = Policies.load(reader, waivers, tailoring, edition);
        // one profile is read before the engine is asked for: Main has it built meanwhile on another thread
        Path profile = profiles.get(0);
        byte[] bytes = null;
        Profile p = null;
        if (!batch) {
            bytes = ProfileBytes.read(profile);
            String source = "-".equals(profile.toString()) ? "<stdin>" : profile.toString();
            p = reader.parse(bytes, source, ProfileBytes.isJson(profile, bytes), Profile.class);
        }
        Engine engine = Fitg.engine();
        if (customRules != null && !customRules.isEmpty()) {
            CustomRules compiled = CustomRules.compile(customRules);
            engine = new CustomRulesGuard(new DroolsEngine(compiled), compiled, rulesTimeout);
        }
        List<Integer> assessed = engine.catalog(edition).classLevels();
        for (int c : classes) {
            if (!assessed.contains(c)) {
                throw new FitgInputException("<command line>", "--class", "one of " + assessed + " or all for edition "
                        + edition + ", not " + c);
            }
        }
        if (!classes.isEmpty()) {
            assessed = classes;
        }
        Integer gateClass = parseFailClass(failClass, assessed);
        // every class is decided whatever the selection; assessing all of them here lets the CLI say what blocks
        // the next class even when that class was not selected
        AssessmentOptions all = new AssessmentOptions(List.of(), date, edition, policies.waivers(), policies.tailoring());
        if (batch) {
            return BatchRun.run(spec, engine, profiles, all, classes, jobs, outDir != null ? outDir : DEFAULT_OUT_DIR,
                    format, language, gate, gateClass, redact, inputs);
        }
        Report full = engine.assess(p, all).withProvenance(Report.PROFILE_SHA256, ProfileBytes.sha256(bytes));
        Report report = select(full, classes);
        if (redact) {
            report = Redaction.apply(report, p);
        }
        Output.write(out, Formats.render(format, report, engine.catalog(report.edition()), language),
                spec.commandLine().getOut());
        PrintWriter err = spec.commandLine().getErr();
        String note = unselectedBlockers(full, report);
        if (note != null) {
            err.println("fitg: note: " + note);
        }
        String why = gate == null ? null : gate.why(report, gateClass);
        if (why != null) {
            err.println("fitg: --fail-on " + failOn + " met: " + why);
        }
        err.flush();
        return why != null ? Main.FAILED_ON : Main.OK;
    }

    /** The report of the selected classes (every class when none is selected), as the engine would give it. */
    static Report select(Report full, List<Integer> classes) {
        if (classes.isEmpty() || classes.equals(full.classes())) {
            return full;
        }
        return new Report(full.company(), full.edition(), full.asOf(), classes, full.achievedClass(),
                full.findings().stream().filter(f -> classes.contains(f.classLevel())).toList(), full.provenance(),
                full.customFindings());
    }

    /**
     * When the class above the achieved one was not selected, what blocks it (its blockers are not in the report):
     * e.g. "class 1 not met: 12 mandatory clauses of class 1 do not pass (assess --class 1 to list them)".
     */
    static String unselectedBlockers(Report full, Report shown) {
        int next = full.achievedClass() + 1;
        if (shown.classes().contains(next) || !full.classes().contains(next)
                || shown.classes().stream().noneMatch(c -> c > next)) {
            return null;
        }
        return "class " + next + " not met: " + full.blockers(next).size() + " mandatory clauses of class " + next
                + " do not pass (assess --class " + next + " to list them); achievedClass is "
                + full.achievedClass();
    }

    static Integer parseFailClass(String s, List<Integer> assessed) {
        if (s == null || "all".equals(s)) {
            return null;
        }
        int c;
        try {
            c = Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new FitgInputException("<command line>", "--fail-class", "1, 2, 3, 4 or all, not '" + s + "'");
        }
        if (c < 1 || c > 4) {
            throw new FitgInputException("<command line>", "--fail-class", "1, 2, 3, 4 or all, not '" + s + "'");
        }
        if (!assessed.contains(c)) {
            throw new FitgInputException("<command line>", "--fail-class", "a class that is assessed: class " + c
                    + " not assessed; add it to --class (assessed: " + assessed + ")");
        }
        return c;
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
