package io.fitg.core;

import io.fitg.api.AssessmentOptions;
import io.fitg.api.Report;
import io.fitg.api.Tailoring;
import io.fitg.api.Waiver;
import io.fitg.core.io.JsonReports;
import io.fitg.core.io.ProfileReader;
import io.fitg.model.Profile;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract JSON of every sample profile, byte for byte, against golden files generated before the engine was
 * optimised ({@code core/src/test/resources/golden}). An optimisation must not change a single byte of a report.
 *
 * <p>The goldens are regenerated only when rules merged from main legitimately change the findings, and then from
 * main's (unoptimised) engine: {@code benchmarks/golden-from-main.sh}. {@code -Dfitg.updateGoldens=true} rewrites
 * them from the engine under test.
 */
class GoldenReportsTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 21);

    /** Variant name → options: every class now, a year later without new records, one class, waivers + tailoring. */
    static Map<String, AssessmentOptions> variants() {
        Map<String, AssessmentOptions> v = new LinkedHashMap<>();
        v.put("all", AssessmentOptions.all(AS_OF));
        v.put("all-2027-12-31", AssessmentOptions.all(LocalDate.of(2027, 12, 31)));
        v.put("class3", AssessmentOptions.classOnly(3, AS_OF));
        v.put("policies", AssessmentOptions.all(AS_OF)
                .withWaivers(List.of(
                        new Waiver("W-1", List.of("2.1.1.2", "4.6.2.9"), List.of(), "merger", "CIO", LocalDate.of(2027, 3, 31), true),
                        new Waiver("W-2", List.of(), List.of("trading.exchange-link-bandwidth"), "upgrade", "CIO",
                                LocalDate.of(2026, 1, 1), true)))
                .withTailoring(new Tailoring("stricter policy", List.of(
                        new Tailoring.Threshold("4.1.1.2", null, Map.of("minPercent", new BigDecimal("12")), "board", null),
                        new Tailoring.Threshold(null, "trading.exchange-link-bandwidth",
                                Map.of("maxPercent", new BigDecimal("70")), "headroom", null)),
                        List.of(new Tailoring.OutOfScope("5.1.1.5", null, "not used", true)))));
        return v;
    }

    static Path goldenDir() {
        String core = System.getProperty("fitg.coreDir", ".");
        return Path.of(core).resolve("src/test/resources/golden").toAbsolutePath().normalize();
    }

    @TestFactory
    Stream<DynamicTest> reportsAreByteIdenticalToTheGoldens() throws IOException {
        DroolsEngine engine = TestSupport.engine();
        boolean update = Boolean.getBoolean("fitg.updateGoldens");
        List<DynamicTest> tests = new ArrayList<>();
        List<Path> profiles = Batch.expand(List.of(TestSupport.profilesDir()));
        assertThat(profiles).isNotEmpty();
        for (Path file : profiles) {
            Profile profile = new ProfileReader().read(file);
            String name = file.getFileName().toString().replaceFirst("\\.(ya?ml|json)$", "");
            for (Map.Entry<String, AssessmentOptions> v : variants().entrySet()) {
                Path golden = goldenDir().resolve(name + "." + v.getKey() + ".json");
                tests.add(DynamicTest.dynamicTest(name + " " + v.getKey(), () -> {
                    Report report = engine.assess(profile, v.getValue());
                    String json = JsonReports.write(JsonReports.report(report));
                    if (update) {
                        Files.createDirectories(golden.getParent());
                        Files.writeString(golden, json, StandardCharsets.UTF_8);
                    }
                    assertThat(golden).as("golden file (generate with -Dfitg.updateGoldens=true)").exists();
                    String expected = Files.readString(golden, StandardCharsets.UTF_8);
                    assertThat(json).as("report of %s (%s) against %s", name, v.getKey(), golden).isEqualTo(expected);
                }));
            }
        }
        return tests.stream();
    }
}
