package io.fitg.cli;

import io.fitg.api.AssessmentOptions;
import io.fitg.api.Engine;
import io.fitg.api.FitgInputException;
import io.fitg.api.Report;
import io.fitg.core.Batch;
import io.fitg.reports.Formats;
import io.fitg.reports.Lang;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code fitg assess DIR|FILES... --jobs N}: many profiles over one engine, one report each, a summary table. */
final class BatchRun {
    private BatchRun() {
    }

    static int run(CommandSpec spec, Engine engine, List<Path> inputs, AssessmentOptions options, Integer jobs,
                   Path outDir, String format, Lang lang, FailOn gate, Integer failClass, boolean redact) {
        List<Path> files = Batch.expand(inputs);
        if (files.isEmpty()) {
            throw new FitgInputException(inputs.toString(), "", "at least one profile (*.yaml, *.yml, *.json)");
        }
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new FitgInputException(outDir.toString(), "--out-dir", "a folder that can be created (" + e.getMessage() + ")");
        }
        int n = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        if (n < 1 || n > 512) {
            throw new FitgInputException("<command line>", "--jobs", "a number from 1 to 512, not " + n);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean terminal = System.console() != null;
        int total = files.size();
        List<Batch.Result> results = Batch.run(engine, files, options, n, redact, done -> {
            if (terminal) {
                synchronized (err) {
                    int width = 30;
                    int filled = (int) ((long) done * width / total);
                    err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total);
                    if (done == total) {
                        err.println();
                    }
                    err.flush();
                }
            }
        });
        int failed = 0;
        boolean internal = false;
        boolean gateHit = false;
        out.printf("%-40s %-8s %-10s %s%n", "profile", "class", "blockers", "report / error");
        for (Batch.Result r : results) {
            String name = r.file().getFileName().toString();
            if (r.ok()) {
                Report rep = r.report();
                Path target = outDir.resolve(stem(name) + "." + extension(format));
                Output.write(target, Formats.render(format, rep, engine.catalog(rep.edition()), lang), out);
                int next = rep.achievedClass() + 1;
                out.printf("%-40s %-8d %-10s %s%n", name, rep.achievedClass(),
                        next <= 4 ? String.valueOf(rep.blockers(next).size()) : "-", target);
                if (gate != null && gate.triggered(rep, failClass)) {
                    gateHit = true;
                }
            } else {
                failed++;
                internal |= r.internalError();
                out.printf("%-40s %-8s %-10s %s%n", name, "FAILED", "-", r.error());
            }
        }
        out.printf("%d profiles: %d assessed, %d failed%n", total, total - failed, failed);
        out.flush();
        if (internal) {
            return Main.INTERNAL;
        }
        if (failed > 0) {
            return Main.BAD_INPUT;
        }
        return gateHit ? Main.FAILED_ON : Main.OK;
    }

    static String extension(String format) {
        return switch (format) {
            case "text", "workpaper" -> format.equals("text") ? "txt" : "md";
            case "workpaper-html" -> "workpaper.html";
            case "oscal" -> "oscal.json";
            default -> format;
        };
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
