package io.fitg.cli;

import io.fitg.api.FitgInputException;
import io.fitg.api.Report;
import io.fitg.core.io.JsonReports;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The report formats of {@code assess}, and the file extension of each. */
final class Formats {
    static final List<String> ALL = List.of("json", "text");

    private Formats() {
    }

    static void check(String format) {
        if (!ALL.contains(format)) {
            throw new FitgInputException("<command line>", "--format", String.join(", ", ALL) + ", not '" + format + "'");
        }
    }

    static byte[] render(Report report, String format) {
        String text = switch (format) {
            case "json" -> JsonReports.write(JsonReports.report(report));
            case "text" -> Texts.report(report);
            default -> throw new FitgInputException("<command line>", "--format", String.join(", ", ALL));
        };
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String extension(String format) {
        return switch (format) {
            case "text" -> "txt";
            default -> format;
        };
    }
}
