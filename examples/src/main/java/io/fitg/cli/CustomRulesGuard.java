package io.fitg.cli;

import io.fitg.api.AssessmentOptions;
import io.fitg.api.Catalog;
import io.fitg.api.Engine;
import io.fitg.api.Explanation;
import io.fitg.api.FitgInputException;
import io.fitg.api.Report;
import io.fitg.core.CustomRules;
import io.fitg.model.Profile;

import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The engine with the user's own DRL, guarded: a custom rule that throws is bad input naming its file and rule
 * (exit 2), not an internal error; an assessment that does not finish within the time limit (a custom rule that
 * loops) is stopped and reported the same way.
 */
final class CustomRulesGuard implements Engine {
    private static final Pattern RULE_IN_MESSAGE = Pattern.compile("rule \"((?:[^\"\\\\]|\\\\.)*)\"");

    private final Engine engine;
    private final CustomRules rules;
    private final long timeoutMillis;

    CustomRulesGuard(Engine engine, CustomRules rules, long timeoutSeconds) {
        this.engine = engine;
        this.rules = rules;
        this.timeoutMillis = TimeUnit.SECONDS.toMillis(timeoutSeconds);
    }

    @Override
    public Report assess(Profile profile, AssessmentOptions options) {
        FutureTask<Report> task = new FutureTask<>(() -> engine.assess(profile, options));
        Thread t = new Thread(task, "fitg-custom-rules");
        t.setDaemon(true);
        t.start();
        try {
            return task.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            t.interrupt();
            throw new FitgInputException(files(), "--rules", "custom rules that finish within "
                    + timeoutMillis / 1000 + " s (--rules-timeout); the assessment was still running: a rule that "
                    + "loops (while (true), or a rule that keeps re-activating itself)?");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof FitgInputException fi) {
                throw fi;
            }
            throw failure(c);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** A custom rule's exception as bad input naming the file and the rule; anything else stays internal. */
    private RuntimeException failure(Throwable c) {
        for (Throwable x = c; x != null; x = x.getCause() == x ? null : x.getCause()) {
            String m = String.valueOf(x.getMessage());
            if (m.startsWith("Exception executing consequence for rule")) {
                Matcher rm = RULE_IN_MESSAGE.matcher(m);
                String rule = rm.find() ? rm.group(1) : "?";
                Throwable root = x.getCause() != null ? x.getCause() : x;
                String file = rules.fileOf(rule).map(Path::toString).orElse(files());
                return new FitgInputException(file, "rule \"" + rule + "\"", "a rule whose consequence runs without "
                        + "an exception; it threw " + root.getClass().getSimpleName()
                        + (root.getMessage() == null ? "" : ": " + oneLine(root.getMessage())));
            }
        }
        return c instanceof RuntimeException re ? re : new IllegalStateException(c);
    }

    private String files() {
        return rules.files().stream().map(Path::toString).collect(Collectors.joining(", "));
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ").trim();
        return t.length() > 300 ? t.substring(0, 300) + "…" : t;
    }

    @Override
    public Explanation explain(Profile profile, String clauseId, AssessmentOptions options) {
        return engine.explain(profile, clauseId, options);
    }

    @Override
    public Catalog catalog(String edition) {
        return engine.catalog(edition);
    }
}
