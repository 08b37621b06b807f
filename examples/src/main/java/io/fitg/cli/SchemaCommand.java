package io.fitg.cli;

import io.fitg.api.FitgInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Prints the JSON Schema (2020-12) of a profile, waiver or tailoring file.")
final class SchemaCommand implements Callable<Integer> {
    static final List<String> KINDS = List.of("profile", "waivers", "tailoring");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", defaultValue = "profile", paramLabel = "KIND", description = "profile (default), waivers or tailoring.")
    String kind;

    @Option(names = "--out", description = "Write to this file instead of stdout.")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (!KINDS.contains(kind)) {
            throw new FitgInputException("<command line>", "KIND", "one of " + KINDS + ", not '" + kind + "'");
        }
        try (InputStream in = SchemaCommand.class.getClassLoader().getResourceAsStream("io/fitg/schema/" + kind + ".schema.json")) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing");
            }
            Output.write(out, in.readAllBytes(), spec.commandLine().getOut());
        }
        return Main.OK;
    }
}
