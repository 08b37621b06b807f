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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@code fitg assess DIR|FILES... --jobs N}: many profiles over one engine, one report each, a summary table. */
final class BatchRun {
    private BatchRun() {
    }

    /** A profile of the batch: the file, how the summary names it, and where its report goes. */
    record Item(Path file, String name, Path target) {
    }

    static int run(CommandSpec spec, Engine engine, List<Path> inputs, AssessmentOptions options, List<Integer> classes,
                   Integer jobs, Path outDir, String format, Lang lang, FailOn gate, Integer failClass, boolean redact,
                   List<Path> otherInputs) {
        int n = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        if (n < 1 || n > 512) {
            throw new FitgInputException("<command line>", "--jobs", "a number from 1 to 512, not " + n);
        }
        if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw new FitgInputException(outDir.toString(), "--out-dir", "a folder, but this is a file");
        }
        List<Item> items = plan(inputs, outDir, format);
        if (items.isEmpty()) {
            throw new FitgInputException(inputs.stream().map(Path::toString).collect(Collectors.joining(", ")), "",
                    "at least one profile (*.yaml, *.yml, *.json)");
        }
        List<Path> all = new ArrayList<>(otherInputs);
        items.forEach(i -> all.add(i.file()));
        for (Item i : items) {
            Output.refuseInputs(i.target(), "--out-dir", all);
        }
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new FitgInputException(outDir.toString(), "--out-dir", "a folder that can be created (" + e.getMessage() + ")");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean terminal = System.console() != null;
        int total = items.size();
        List<Path> files = items.stream().map(Item::file).toList();
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
        List<String> gateHits = new ArrayList<>();
        out.printf("%-40s %-8s %-10s %s%n", "profile", "class", "blockers", "report / error");
        for (int k = 0; k < results.size(); k++) {
            Batch.Result r = results.get(k);
            Item item = items.get(k);
            String name = item.name();
            if (r.ok()) {
                Report rep = AssessCommand.select(r.report(), classes);
                Path target = item.target();
                try {
                    Files.createDirectories(target.toAbsolutePath().getParent());
                } catch (IOException e) {
                    throw new FitgInputException(target.getParent().toString(), "--out-dir",
                            "a folder that can be created (" + e.getMessage() + ")");
                }
                Output.write(target, Formats.render(format, rep, engine.catalog(rep.edition()), lang), "--out-dir");
                int next = rep.achievedClass() > 0 ? rep.achievedClass() + 1
                        : engine.catalog(rep.edition()).classLevels().get(0);
                out.printf("%-40s %-8d %-10s %s%n", name, rep.achievedClass(),
                        next > 4 ? "-" : rep.classes().contains(next) ? String.valueOf(rep.blockers(next).size())
                                : r.report().blockers(next).size() + " (class " + next + " not selected)", target);
                String why = gate == null ? null : gate.why(rep, failClass);
                if (why != null) {
                    gateHits.add(name + ": " + why);
                }
            } else {
                failed++;
                internal |= r.internalError();
                out.printf("%-40s %-8s %-10s %s%n", name, "FAILED", "-", r.error());
            }
        }
        out.printf("%d profiles: %d assessed, %d failed%n", total, total - failed, failed);
        out.flush();
        if (!gateHits.isEmpty()) {
            err.println("fitg: --fail-on met by " + gateHits.size() + " of " + total + " profiles: "
                    + String.join(" | ", gateHits));
            err.flush();
        }
        if (internal) {
            return Main.INTERNAL;
        }
        if (failed > 0) {
            return Main.BAD_INPUT;
        }
        return gateHits.isEmpty() ? Main.OK : Main.FAILED_ON;
    }

    /**
     * The profiles of a batch, in a fixed order, each with its report's path: a folder is searched recursively
     * (sorted; hidden files and folders and the output folder skipped) and its profiles' reports mirror its layout
     * under the output folder; a file's report is named after it. The report keeps the profile's name with its
     * extension ({@code a.yaml} gives {@code a.yaml.json}), so {@code a.yaml} and {@code a.json} do not collide; two
     * profiles that would still write the same report are refused, naming both. A file given twice is assessed once.
     */
    static List<Item> plan(List<Path> inputs, Path outDir, String format) {
        String ext = "." + extension(format);
        Path outReal = Output.realOrNull(outDir);
        Path outAbs = outDir.toAbsolutePath().normalize();
        List<Item> items = new ArrayList<>();
        Map<Path, Path> seen = new HashMap<>();
        Map<String, Item> byTarget = new HashMap<>();
        for (Path in : inputs) {
            List<Item> found = new ArrayList<>();
            if (Files.isDirectory(in)) {
                Path inReal = Output.realOrNull(in);
                if (outReal != null && outReal.equals(inReal)) {
                    throw new FitgInputException(outDir.toString(), "--out-dir", "a folder other than the input folder "
                            + in + " (its reports would be read as profiles by the next run)");
                }
                try (Stream<Path> s = Files.walk(in)) {
                    s.filter(f -> !f.equals(in)).filter(f -> !hidden(in.relativize(f)))
                            .filter(f -> !f.toAbsolutePath().normalize().startsWith(outAbs))
                            .filter(Files::isRegularFile).filter(BatchRun::profileName)
                            .sorted(Comparator.comparing(f -> in.relativize(f).toString()))
                            .forEach(f -> {
                                String rel = in.relativize(f).toString();
                                found.add(new Item(f, f.toString(), outDir.resolve(rel + ext)));
                            });
                } catch (IOException | java.io.UncheckedIOException e) {
                    throw new FitgInputException(in.toString(), "", "a readable folder of profiles (" + e.getMessage() + ")");
                }
            } else {
                found.add(new Item(in, in.toString(), outDir.resolve(in.getFileName() + ext)));
            }
            for (Item i : found) {
                Path real = Output.realOrNull(i.file());
                if (real != null && seen.putIfAbsent(real, i.file()) != null) {
                    continue;                       // the same file twice: assessed once
                }
                String key = i.target().toAbsolutePath().normalize().toString().toLowerCase(java.util.Locale.ROOT);
                Item other = byTarget.putIfAbsent(key, i);
                if (other != null) {
                    throw new FitgInputException(i.file().toString(), "--out-dir", "a report name of its own: "
                            + other.file() + " and " + i.file() + " would both be written to " + i.target()
                            + "; rename one, or assess them in separate runs");
                }
                items.add(i);
            }
        }
        return items;
    }

    private static boolean hidden(Path rel) {
        for (Path part : rel) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean profileName(Path f) {
        String n = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
    }

    static String extension(String format) {
        return switch (format) {
            case "text", "workpaper" -> format.equals("text") ? "txt" : "md";
            case "workpaper-html" -> "workpaper.html";
            case "oscal" -> "oscal.json";
            default -> format;
        };
    }

}
