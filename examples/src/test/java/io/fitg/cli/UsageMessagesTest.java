package io.fitg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static io.fitg.cli.CliTest.check;
import static io.fitg.cli.CliTest.profile;
import static io.fitg.cli.CliTest.run;
import static io.fitg.cli.CliTest.write;
import static org.assertj.core.api.Assertions.assertThat;

/** What a new user hits: one line on stderr with the file, the field path and what was expected. */
class UsageMessagesTest {
    @Test
    void aFolderGivenAsWaiversOrTailoringIsNamedForWhatItShouldBe(@TempDir Path dir) {
        check(run("assess", profile("small-class1.yaml"), "--waivers", dir.toString()), dir.toString(), "",
                "a waiver file (JSON or YAML), but this is a directory");
        check(run("assess", profile("small-class1.yaml"), "--tailoring", dir.toString()), dir.toString(), "",
                "a tailoring file");
    }

    @Test
    void parserLimitsAndNonNumbersNameTheField(@TempDir Path dir) throws IOException {
        Path nan = write(dir, "nan.json", "{\"company\": {\"name\": \"x\", \"hqHeadcount\": NaN}}");
        CliTest.Result r = run("assess", nan.toString());
        check(r, "nan.json", "company.hqHeadcount", "a finite number, not NaN");
        assertThat(r.err()).doesNotContain("JsonReadFeature");
        Path big = write(dir, "big.yaml", "company:\n  hqHeadcount: 100000000000000\n");
        check(run("assess", big.toString()), "big.yaml", "company.hqHeadcount", "a whole number up to 2147483647");
    }

    @Test
    void aTailoredPercentageAboveAHundredIsRefused(@TempDir Path dir) throws IOException {
        Path t = write(dir, "t.yaml", "thresholds:\n  - requirement: management.tech-staff-ratio\n"
                + "    params: {minPercent: 1000}\n    reason: x\n");
        check(run("assess", profile("small-class1.yaml"), "--tailoring", t.toString()), "t.yaml",
                "thresholds[0].params.minPercent", "a percentage from 0 to 100");
    }

    @Test
    void theReadmesTailoringExampleIsAcceptedBySchemaAndReader(@TempDir Path dir) throws IOException {
        Path t = write(dir, "tailoring.yaml", "name: ACME internal policy\nthresholds:\n"
                + "  - requirement: management.tech-staff-ratio\n    params: {minPercent: 10}\n    reason: board decision 2026-03\n");
        CliTest.Result r = run("assess", profile("model-class4.yaml"), "--as-of", "2026-11-21", "--tailoring",
                t.toString(), "--format", "text");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("裁剪：ACME internal policy").contains("自定义规则：无（仅内置规则）")
                .doesNotContain("customRules").doesNotContain("tailoring：");
        assertThat(run("schema", "tailoring").out()).contains("\"additionalProperties\" : {")
                .doesNotContain("Map(String,BigDecimal)");
    }
}
