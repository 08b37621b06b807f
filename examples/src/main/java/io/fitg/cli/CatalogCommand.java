package io.fitg.cli;

import io.fitg.api.Catalog;
import io.fitg.api.FitgInputException;
import io.fitg.core.catalog.CatalogLoader;
import io.fitg.core.catalog.EditionDiff;
import io.fitg.core.catalog.EvidenceLoader;
import io.fitg.core.Editions;
import io.fitg.core.Version;
import io.fitg.core.io.DiffReports;
import io.fitg.core.io.JsonReports;
import io.fitg.reports.Oscal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = {"Prints the requirement catalog of an edition, or with --diff what changed between two editions.",
                "  catalog --edition earlier --format json",
                "  catalog --diff earlier current --class 3 --format text"})
final class CatalogCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--edition", description = "Edition: current or earlier; default current. Not with --diff (it names both).")
    String edition;

    @Option(names = "--format", defaultValue = "json",
            description = "Output format: json, text or oscal (OSCAL 1.1.2 catalog; not with --diff); default json.")
    String format;

    @Option(names = "--as-of", description = "Date written as the OSCAL catalog's last-modified (YYYY-MM-DD; default today).")
    String asOf;

    @Option(names = "--out", description = "Write to this file instead of stdout (atomically).")
    Path out;

    @Option(names = "--diff", arity = "2", paramLabel = "EDITION",
            description = "Compare two editions, e.g. --diff earlier current: per requirement what was added, removed, "
                    + "tightened, relaxed or changed, thresholds side by side.")
    List<String> diff;

    @Option(names = "--class", paramLabel = "N",
            description = "With --diff: the class compared (1-4, default 3); an edition with a single class "
                    + "(earlier: 3) contributes that class. Without --diff: only that class's clauses.")
    String classOption;

    @Override
    public Integer call() {
        String text;
        if (diff != null) {
            if (diff.size() != 2) {
                throw new FitgInputException("<command line>", "--diff", "once, with two editions (e.g. --diff earlier "
                        + "current), not " + diff.size() / 2 + " times");
            }
            if (edition != null) {
                throw new FitgInputException("<command line>", "--edition", "no --edition with --diff: --diff names "
                        + "both editions it compares");
            }
            if (asOf != null) {
                throw new FitgInputException("<command line>", "--as-of", "no --as-of with --diff (it dates only the "
                        + "OSCAL catalog)");
            }
            if (!List.of("json", "text").contains(format)) {
                throw new FitgInputException("<command line>", "--format", "json or text with --diff, not '" + format + "'");
            }
            text = diff();
        } else {
            if (edition == null) {
                edition = Editions.CURRENT;
            }
            known(edition, "--edition");
            if (!List.of("json", "text", "oscal").contains(format)) {
                throw new FitgInputException("<command line>", "--format", "json, text or oscal, not '" + format + "'");
            }
            java.time.LocalDate date = AssessCommand.parseDate(asOf);
            Catalog catalog = CatalogLoader.load(edition);
            if (classOption != null) {
                int cls = classNumber();
                if (!catalog.classLevels().contains(cls)) {
                    throw new FitgInputException("<command line>", "--class", "one of " + catalog.classLevels()
                            + " for edition " + edition + ", not " + cls);
                }
                catalog = new Catalog(catalog.edition(), catalog.version(),
                        catalog.clauses().stream().filter(c -> c.classLevel() == cls).toList(), catalog.definitions());
            }
            text = switch (format) {
                case "json" -> JsonReports.write(JsonReports.catalog(catalog));
                case "text" -> Texts.catalog(catalog);
                default -> Oscal.catalog(catalog, Editions.CURRENT.equals(edition)
                        ? EvidenceLoader.load().forCatalog(catalog) : Map.of(), date, "fitg " + Version.VERSION);
            };
        }
        Output.write(out, text.getBytes(StandardCharsets.UTF_8), spec.commandLine().getOut());
        return Main.OK;
    }

    private String diff() {
        String a = known(diff.get(0), "--diff");
        String b = known(diff.get(1), "--diff");
        int cls = classOption == null ? 3 : classNumber();
        Map<String, String> notes = new LinkedHashMap<>(CatalogLoader.changes(a));
        CatalogLoader.changes(b).forEach(notes::putIfAbsent);
        EditionDiff d = EditionDiff.of(CatalogLoader.load(a), CatalogLoader.load(b), cls, notes);
        return format.equals("json") ? JsonReports.write(DiffReports.json(d)) : DiffReports.text(d);
    }

    private int classNumber() {
        int cls;
        try {
            cls = Integer.parseInt(classOption);
        } catch (NumberFormatException e) {
            cls = -1;
        }
        if (cls < 1 || cls > 4) {
            throw new FitgInputException("<command line>", "--class", "1, 2, 3 or 4, not '" + classOption + "'");
        }
        return cls;
    }

    private static String known(String ed, String option) {
        if (!Editions.KNOWN.contains(ed)) {
            throw new FitgInputException("<command line>", option, "one of " + Editions.KNOWN + ", not '" + ed + "'");
        }
        return ed;
    }
}
