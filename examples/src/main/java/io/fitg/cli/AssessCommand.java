package io.fitg.cli;

import io.fitg.api.AssessmentOptions;
import io.fitg.api.FitgInputException;
import io.fitg.api.Report;
import io.fitg.core.Fitg;
import io.fitg.reports.Formats;
import io.fitg.reports.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

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

    @Option(names = "--format", defaultValue = "json",
            description = "json, text, workpaper (Markdown), workpaper-html, html, csv, xlsx (needs --out) or oscal "
                    + "(OSCAL 1.1.2 assessment results); default json.")
    String format;

    @Option(names = "--lang", defaultValue = "zh",
            description = "Language of headings and labels of text, workpaper and html: zh or en (default zh).")
    String lang;

    @Option(names = "--out", description = "Write the report to this file (atomically) instead of stdout.")
    Path out;

    @Override
    public Integer call() {
        LocalDate date = parseDate(asOf);
        List<Integer> classes = parseClasses(classOption);
        Formats.check(format);
        Lang language = Lang.parse(lang);
        if (Formats.binary(format) && (out == null || "-".equals(out.toString()))) {
            throw new FitgInputException("<command line>", "--out", "a file for --format " + format
                    + " (it is binary, not for a terminal)");
        }
        Report report = Fitg.assess(profile, new AssessmentOptions(classes, date, edition));
        byte[] bytes = Formats.render(format, report, Fitg.engine().catalog(report.edition()), language);
        Output.write(out, bytes, spec.commandLine().getOut());
        return Main.OK;
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
