package io.fitg.cli;

import io.fitg.api.AssessmentOptions;
import io.fitg.api.Explanation;
import io.fitg.api.Finding;
import io.fitg.core.Fitg;
import io.fitg.core.io.ProfileReader;
import io.fitg.model.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import io.fitg.core.Redaction;

import java.io.PrintWriter;
import java.util.Map;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explains one clause: the rule, the facts it matched, the computed values and why.")
final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROFILE", description = "The profile file, or - for stdin.")
    Path profile;

    @Parameters(index = "1", paramLabel = "CLAUSE", description = "A clause id, e.g. 4.6.2.9.")
    String clause;

    @Option(names = "--as-of", description = "Judge time-based clauses against this date (default today).")
    String asOf;

    @Option(names = "--edition", defaultValue = "current", description = "Edition (default current).")
    String edition;

    @Option(names = "--waivers", description = "A waiver file.")
    Path waivers;

    @Option(names = "--tailoring", description = "A tailoring file.")
    Path tailoring;

    @Option(names = "--redact", description = "Pseudonymise staff names, ids and other personal data (as assess --redact).")
    boolean redact;

    @Override
    public Integer call() {
        ProfileReader reader = new ProfileReader();
        Policies policies = Policies.load(reader, waivers, tailoring, edition);
        Profile p = reader.read(profile);
        AssessmentOptions opts = new AssessmentOptions(java.util.List.of(), AssessCommand.parseDate(asOf), edition,
                policies.waivers(), policies.tailoring());
        Explanation e = Fitg.engine().explain(p, clause, opts);
        java.io.StringWriter buffer = new java.io.StringWriter();
        PrintWriter out = new PrintWriter(buffer);
        Map<String, String> pseudonyms = redact ? Redaction.pseudonyms(p) : Map.of();
        Finding f = e.finding();
        out.println("clause    " + e.clause().id() + " (class " + e.clause().classLevel() + ", "
                + (e.clause().mandatory() ? "必须" : "可选") + ", " + e.clause().chapter() + " / " + e.clause().section() + ")");
        out.println("text      " + e.clause().text());
        out.println("rule      " + e.rule() + "   requirement " + e.clause().requirement());
        out.println("params    " + (e.clause().params().isEmpty() ? "(none)" : e.clause().params()));
        out.println("status    " + f.status() + (f.mandatory() ? "" : " (optional clause)"));
        out.println("why       " + f.message());
        out.println("expected  " + f.expected());
        out.println("observed  " + f.observed());
        if (!f.situation().isEmpty()) {
            out.println("情况说明  " + f.situation());
        }
        out.println("facts     " + (f.facts().isEmpty() ? "(none)" : String.join(", ",
                f.facts().stream().map(x -> pseudonyms.getOrDefault(x, x)).toList())));
        out.println("matched   " + (e.matchedFacts().isEmpty()
                ? "(the rule did not fire for this clause: the facts it needs are not in the profile)" : ""));
        e.matchedFacts().forEach(m -> out.println("          - " + m));
        if (f.waiver() != null) {
            out.println("waiver    " + f.waiver());
        }
        if (!e.ruleSource().isEmpty()) {
            out.println();
            out.println(e.ruleSource());
        }
        out.flush();
        String text = buffer.toString();
        if (redact) {
            text = redactText(text, pseudonyms) + "(redacted: " + pseudonyms.size() + " personal values pseudonymised)\n";
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(text);
        stdout.flush();
        return Main.OK;
    }

    /** Every personal value replaced by its pseudonym; values of one or two ASCII characters only as whole words. */
    static String redactText(String text, Map<String, String> pseudonyms) {
        String out = text;
        for (Map.Entry<String, String> e : pseudonyms.entrySet()) {
            String v = e.getKey();
            if (v.length() < 3 && v.chars().allMatch(c -> c < 128)) {
                out = out.replaceAll("(?<![\\p{L}\\p{N}_-])" + java.util.regex.Pattern.quote(v) + "(?![\\p{L}\\p{N}_-])",
                        java.util.regex.Matcher.quoteReplacement(e.getValue()));
            } else {
                out = out.replace(v, e.getValue());
            }
        }
        return out;
    }
}
