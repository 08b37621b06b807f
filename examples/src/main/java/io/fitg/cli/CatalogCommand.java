package io.fitg.cli;

import io.fitg.api.Catalog;
import io.fitg.api.FitgInputException;
import io.fitg.core.catalog.CatalogLoader;
import io.fitg.core.Editions;
import io.fitg.core.io.JsonReports;
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

    @Option(names = "--format", defaultValue = "json", description = "Output format: json or text (default json).")
    String format;

    @Option(names = "--out", description = "Write to this file instead of stdout (atomically).")
    Path out;

    @Override
    public Integer call() {
        if (!Editions.KNOWN.contains(edition)) {
            throw new FitgInputException("<command line>", "--edition", "one of " + Editions.KNOWN + ", not '" + edition + "'");
        }
        Catalog catalog = CatalogLoader.load(edition);
        String text = switch (format) {
            case "json" -> JsonReports.write(JsonReports.catalog(catalog));
            case "text" -> Texts.catalog(catalog);
            default -> throw new FitgInputException("<command line>", "--format", "json or text, not '" + format + "'");
        };
        Output.write(out, text.getBytes(StandardCharsets.UTF_8), spec.commandLine().getOut());
        return Main.OK;
    }
}
