package io.fitg.cli;

import io.fitg.api.Catalog;
import io.fitg.api.FitgInputException;
import io.fitg.core.catalog.CatalogLoader;
import io.fitg.core.catalog.EvidenceLoader;
import io.fitg.core.Editions;
import io.fitg.core.Version;
import io.fitg.core.io.JsonReports;
import io.fitg.reports.Oscal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "Prints the requirement catalog of an edition.")
final class CatalogCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--edition", defaultValue = "current", description = "Edition: ${COMPLETION-CANDIDATES}; default ${DEFAULT-VALUE}.")
    String edition;

    @Option(names = "--format", defaultValue = "json",
            description = "Output format: json, text or oscal (OSCAL 1.1.2 catalog); default json.")
    String format;

    @Option(names = "--as-of", description = "Date written as the OSCAL catalog's last-modified (YYYY-MM-DD; default today).")
    String asOf;

    @Option(names = "--out", description = "Write to this file instead of stdout (atomically).")
    Path out;

    @Override
    public Integer call() {
        if (!Editions.KNOWN.contains(edition)) {
            throw new FitgInputException("<command line>", "--edition", "one of " + Editions.KNOWN + ", not '" + edition + "'");
        }
        if (!java.util.List.of("json", "text", "oscal").contains(format)) {
            throw new FitgInputException("<command line>", "--format", "json, text or oscal, not '" + format + "'");
        }
        java.time.LocalDate date = AssessCommand.parseDate(asOf);
        Catalog catalog = CatalogLoader.load(edition);
        String text = switch (format) {
            case "json" -> JsonReports.write(JsonReports.catalog(catalog));
            case "text" -> Texts.catalog(catalog);
            default -> Oscal.catalog(catalog, Editions.CURRENT.equals(edition)
                    ? EvidenceLoader.load().forCatalog(catalog) : java.util.Map.of(), date, "fitg " + Version.VERSION);
        };
        Output.write(out, text.getBytes(StandardCharsets.UTF_8), spec.commandLine().getOut());
        return Main.OK;
    }
}
