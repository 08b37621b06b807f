package io.fitg.cli;

import io.fitg.api.FitgInputException;
import io.fitg.api.Report;
import io.fitg.reports.Lang;
import io.fitg.reports.ReportDiff;
import io.fitg.reports.ReportReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compares two reports written by 'fitg assess --format json': what got better, what got worse, "
                + "what changed class.")
final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier report (JSON).")
    Path before;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later report (JSON).")
    Path after;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default text).")
    String format;

    @Option(names = "--lang", defaultValue = "zh", description = "Language of the text: zh or en (default zh).")
    String lang;

    @Option(names = "--out", description = "Write to this file (atomically) instead of stdout.")
    Path out;

    @Override
    public Integer call() {
        if (!"text".equals(format) && !"json".equals(format)) {
            throw new FitgInputException("<command line>", "--format", "text or json, not '" + format + "'");
        }
        Lang language = Lang.parse(lang);
        if ("-".equals(before.toString()) && "-".equals(after.toString())) {
            throw new FitgInputException("<command line>", "OLD NEW", "at most one of the two reports on stdin");
        }
        Report a = ReportReader.read(before);
        Report b = ReportReader.read(after);
        if (!a.edition().equals(b.edition())) {
            throw new FitgInputException(after.toString(), "edition", "a report of the same edition as " + before + " ("
                    + a.edition() + "), not " + b.edition() + ": clause ids of two editions do not match (compare "
                    + "editions with 'fitg catalog --diff " + a.edition() + " " + b.edition() + "')");
        }
        if (!a.company().equals(b.company())) {
            spec.commandLine().getErr().println("fitg: warning: the reports are of different companies: '"
                    + a.company() + "' (" + before + ") and '" + b.company() + "' (" + after + ")");
            spec.commandLine().getErr().flush();
        }
        ReportDiff.Result r = ReportDiff.compare(a, b);
        String text = "json".equals(format) ? ReportDiff.json(r) : ReportDiff.text(r, language);
        Output.refuseInputs(out, "--out", java.util.List.of(before, after));
        Output.write(out, text.getBytes(StandardCharsets.UTF_8), spec.commandLine().getOut());
        return Main.OK;
    }
}
