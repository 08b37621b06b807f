package io.fitg.reports;

import io.fitg.api.Catalog;
import io.fitg.api.FitgInputException;
import io.fitg.api.Report;
import io.fitg.core.io.JsonReports;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Every format {@code fitg assess --format} writes, by name. */
public final class Formats {
    /** The formats of an assessment, in the order the help lists them. */
    public static final List<String> ASSESS = List.of("json", "text", "workpaper", "workpaper-html", "html", "csv",
            "xlsx", "oscal");

    private Formats() {
    }

    /** True for the formats that are not text (they need a file, not a terminal). */
    public static boolean binary(String format) {
        return "xlsx".equals(format);
    }

    /** Checks a format name; a wrong one is a usage error naming the option. */
    public static String check(String format) {
        if (!ASSESS.contains(format)) {
            throw new FitgInputException("<command line>", "--format", "one of " + String.join(", ", ASSESS)
                    + ", not '" + format + "'");
        }
        return format;
    }

    /** Renders a report; {@code catalog} is the catalog of the report's edition (clause texts, chapters, sections). */
    public static byte[] render(String format, Report report, Catalog catalog, Lang lang) {
        return switch (check(format)) {
            case "json" -> utf8(JsonReports.write(JsonReports.report(report)));
            case "text" -> utf8(TextReport.render(report, catalog, lang));
            case "workpaper" -> utf8(Workpaper.markdown(report, catalog, lang));
            case "workpaper-html" -> utf8(Workpaper.html(report, catalog, lang));
            case "html" -> utf8(HtmlReport.render(report, catalog, lang));
            case "csv" -> CsvReport.render(report, catalog);
            case "xlsx" -> XlsxReport.render(report, catalog);
            case "oscal" -> utf8(Oscal.assessmentResults(report, catalog));
            default -> throw new IllegalStateException(format);
        };
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
