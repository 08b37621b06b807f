package io.fitg.reports;

import io.fitg.api.Report;
import io.fitg.core.io.JsonReports;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text format of the fixed report, byte for byte against the files in {@code src/test/resources/golden}.
 * After an intended change of a format, regenerate them with {@code -Dfitg.golden.update=true} and review the diff.
 */
class GoldenTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden");

    static Stream<Arguments> outputs() {
        return Stream.of(
                Arguments.of("workpaper", Lang.ZH, "workpaper.zh.md"),
                Arguments.of("workpaper", Lang.EN, "workpaper.en.md"),
                Arguments.of("workpaper-html", Lang.ZH, "workpaper.zh.html"),
                Arguments.of("html", Lang.ZH, "report.zh.html"),
                Arguments.of("html", Lang.EN, "report.en.html"),
                Arguments.of("text", Lang.ZH, "report.zh.txt"),
                Arguments.of("text", Lang.EN, "report.en.txt"),
                Arguments.of("csv", Lang.ZH, "findings.csv"),
                Arguments.of("json", Lang.ZH, "report.json"),
                Arguments.of("oscal", Lang.ZH, "assessment-results.json"),
                Arguments.of("oscal-catalog", Lang.ZH, "catalog.oscal.json"),
                Arguments.of("diff-text", Lang.ZH, "diff.zh.txt"),
                Arguments.of("diff-text", Lang.EN, "diff.en.txt"),
                Arguments.of("diff-json", Lang.ZH, "diff.json"));
    }

    static byte[] render(String format, Lang lang) {
        Report r = Fixtures.report();
        return switch (format) {
            case "oscal-catalog" -> Oscal.catalog(Fixtures.catalog(), Map.of("3.1.1.2", List.of("总部技术部门员工情况说明"),
                    "3.2.1.5", List.of("中心机房情况说明", "录像监控系统照片")), Fixtures.AS_OF, "fitg 0.1.0")
                    .getBytes(StandardCharsets.UTF_8);
            case "diff-text" -> ReportDiff.text(ReportDiff.compare(DiffTest.before(), r), lang).getBytes(StandardCharsets.UTF_8);
            case "diff-json" -> ReportDiff.json(ReportDiff.compare(DiffTest.before(), r)).getBytes(StandardCharsets.UTF_8);
            default -> Formats.render(format, r, Fixtures.catalog(), lang);
        };
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("outputs")
    void matchesGolden(String format, Lang lang, String file) throws IOException {
        byte[] actual = render(format, lang);
        Path golden = GOLDEN.resolve(file);
        if (Boolean.getBoolean("fitg.golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.write(golden, actual);
        }
        assertThat(golden).as("golden file %s (regenerate with -Dfitg.golden.update=true)", golden).exists();
        assertThat(new String(actual, StandardCharsets.UTF_8))
                .isEqualTo(new String(Files.readAllBytes(golden), StandardCharsets.UTF_8));
        assertThat(actual).isEqualTo(Files.readAllBytes(golden));
        assertThat(render(format, lang)).as("same input, same bytes").isEqualTo(actual);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("outputs")
    void recordsEditionCatalogAsOfAndProfileDigest(String format, Lang lang, String file) {
        String out = new String(render(format, lang), StandardCharsets.UTF_8);
        assertThat(out).contains("current@fixture0001").contains("2026-11-21");
        if (!format.equals("oscal-catalog")) {
            assertThat(out).contains("0f".repeat(32)).contains("fitg 0.1.0");
        }
    }

    @org.junit.jupiter.api.Test
    void jsonIsTheContractShape() {
        String json = JsonReports.write(JsonReports.report(Fixtures.report()));
        assertThat(new String(Formats.render("json", Fixtures.report(), Fixtures.catalog(), Lang.ZH),
                StandardCharsets.UTF_8)).isEqualTo(json);
    }
}
