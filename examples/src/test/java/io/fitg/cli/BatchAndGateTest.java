package io.fitg.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.fitg.cli.CliTest.JSON;
import static io.fitg.cli.CliTest.PROFILES;
import static io.fitg.cli.CliTest.check;
import static io.fitg.cli.CliTest.profile;
import static io.fitg.cli.CliTest.run;
import static io.fitg.cli.CliTest.write;
import static org.assertj.core.api.Assertions.assertThat;

/** Batch naming and options, the CI gate (--fail-on / --fail-class) and its message. */
class BatchAndGateTest {
    static final String AS_OF = "2026-11-21";

    @Test
    void reportsOfProfilesWithTheSameStemDoNotOverwriteEachOther(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(PROFILES.resolve("near-class4.yaml"), in.resolve("a.yaml"));
        Files.writeString(in.resolve("a.json"), "{\"company\": {\"name\": \"JSON 公司\"}}");
        Files.createDirectories(in.resolve("sub"));
        Files.copy(PROFILES.resolve("model-class4.yaml"), in.resolve("sub/a.yaml"));
        Files.writeString(in.resolve("notes.txt"), "not a profile");
        Path out = dir.resolve("out");
        CliTest.Result r = run("assess", in.toString(), "--as-of", AS_OF, "--out-dir", out.toString(), "--jobs", "2");
        assertThat(r.code()).as(r.err() + r.out()).isZero();
        assertThat(r.out()).contains("3 profiles: 3 assessed, 0 failed");
        assertThat(JSON.readTree(out.resolve("a.yaml.json").toFile()).get("achievedClass").asInt()).isEqualTo(3);
        assertThat(JSON.readTree(out.resolve("a.json.json").toFile()).get("company").asText()).isEqualTo("JSON 公司");
        assertThat(JSON.readTree(out.resolve("sub/a.yaml.json").toFile()).get("achievedClass").asInt())
                .as("folders are searched recursively").isEqualTo(4);
        // the summary lists them in a fixed order
        assertThat(r.out().indexOf("a.json")).isLessThan(r.out().indexOf("a.yaml"));
        assertThat(r.out().indexOf("in/a.yaml")).isLessThan(r.out().indexOf("sub/a.yaml"));
    }

    @Test
    void twoFilesThatWouldWriteTheSameReportAreRefusedNamingBoth(@TempDir Path dir) throws IOException {
        Path a = Files.copy(PROFILES.resolve("small-class1.yaml"), Files.createDirectories(dir.resolve("x")).resolve("a.yaml"));
        Path b = Files.copy(PROFILES.resolve("small-class1.yaml"), Files.createDirectories(dir.resolve("y")).resolve("a.yaml"));
        Path out = dir.resolve("out");
        CliTest.Result r = run("assess", a.toString(), b.toString(), "--out-dir", out.toString());
        check(r, "x/a.yaml", "--out-dir", "y/a.yaml");
        assertThat(out).doesNotExist();
    }

    @Test
    void outWithSeveralProfilesIsAUsageErrorAndOutDirWithOneWritesIntoTheFolder(@TempDir Path dir) throws IOException {
        Path x = dir.resolve("x.json");
        CliTest.Result several = run("assess", profile("small-class1.yaml"), profile("near-class4.yaml"), "--out", x.toString());
        check(several, "<command line>", "--out", "--out-dir");
        assertThat(x).doesNotExist();
        check(run("assess", PROFILES.toString(), "--out", x.toString()), "<command line>", "--out", "--out-dir");
        Path zz = dir.resolve("zz");
        CliTest.Result one = run("assess", profile("small-class1.yaml"), "--as-of", AS_OF, "--out-dir", zz.toString());
        assertThat(one.code()).as(one.err()).isZero();
        assertThat(one.out()).contains("1 profiles: 1 assessed, 0 failed").doesNotContain("\"findings\"");
        assertThat(zz.resolve("small-class1.yaml.json")).exists();
        check(run("assess", profile("small-class1.yaml"), "--out", x.toString(), "--out-dir", zz.toString()),
                "<command line>", "--out", "not both");
    }

    @Test
    void customFindingsCountForFailOn(@TempDir Path dir) throws IOException {
        Path drl = write(dir, "strict.drl", """
                package acme;
                import io.fitg.rules.support.CustomAssessment;
                rule "ACME-1 always fails"
                when
                    $a : CustomAssessment()
                then
                    $a.control("ACME-1", "内部控制").rule(drools.getRule().getName()).expected("x").observed("y").decide(false);
                end
                """);
        CliTest.Result r = run("assess", profile("model-class4.yaml"), "--as-of", AS_OF, "--rules", drl.toString(),
                "--fail-on", "non-compliant");
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains("--fail-on non-compliant met").contains("custom controls: 1 NON_COMPLIANT");
        CliTest.Result c3 = run("assess", profile("model-class4.yaml"), "--as-of", AS_OF, "--rules", drl.toString(),
                "--fail-on", "non-compliant", "--fail-class", "3");
        assertThat(c3.code()).as("custom findings count whatever --fail-class").isEqualTo(1);
    }

    @Test
    void failClassMustBeAssessedAndNeedsFailOn() {
        CliTest.Result r = run("assess", profile("near-class4.yaml"), "--as-of", AS_OF, "--class", "2", "--fail-on",
                "non-compliant", "--fail-class", "4");
        check(r, "<command line>", "--fail-class", "class 4 not assessed; add it to --class");
        check(run("assess", profile("near-class4.yaml"), "--fail-class", "3"), "<command line>", "--fail-class", "--fail-on");
        check(run("assess", profile("near-class4.yaml"), "--fail-on", "non-compliant", "--fail-class", "5"),
                "<command line>", "--fail-class", "1, 2, 3, 4 or all");
        CliTest.Result all = run("assess", profile("near-class4.yaml"), "--as-of", AS_OF, "--fail-on", "non-compliant",
                "--fail-class", "all");
        assertThat(all.code()).as(all.err()).isEqualTo(1);
        assertThat(all.err().strip()).as("one line saying why")
                .isEqualTo("fitg: --fail-on non-compliant met: 21 findings at that level "
                        + "(class 3: 5 NON_COMPLIANT; class 4: 16 NON_COMPLIANT)");
        CliTest.Result c3 = run("assess", profile("near-class4.yaml"), "--as-of", AS_OF, "--fail-on", "non-compliant",
                "--fail-class", "3");
        assertThat(c3.code()).isEqualTo(1);
        assertThat(c3.err()).contains("class 3: 5 NON_COMPLIANT").doesNotContain("class 4");
        CliTest.Result c1 = run("assess", profile("near-class4.yaml"), "--as-of", AS_OF, "--fail-on", "non-compliant",
                "--fail-class", "1");
        assertThat(c1.code()).isZero();
        assertThat(c1.err()).isEmpty();
    }

    @Test
    void aSelectedHigherClassSaysWhatBlocksTheLowerOne() throws IOException {
        CliTest.Result r = run("assess", profile("small-class1.yaml"), "--as-of", AS_OF, "--class", "4");
        assertThat(r.code()).isZero();
        assertThat(r.json().get("achievedClass").asInt()).isZero();
        assertThat(r.err()).contains("class 1 not met").contains("assess --class 1 to list them");
        CliTest.Result text = run("assess", profile("small-class1.yaml"), "--as-of", AS_OF, "--class", "4", "--format",
                "text", "--lang", "en");
        assertThat(text.out()).contains("Class 1 is not met; its gaps were not assessed in this run");
    }

    @Test
    void explainRedacts() {
        CliTest.Result plain = run("explain", profile("model-class4.yaml"), "2.1.1.1", "--as-of", AS_OF);
        CliTest.Result red = run("explain", profile("model-class4.yaml"), "2.1.1.1", "--as-of", AS_OF, "--redact");
        assertThat(red.code()).as(red.err()).isZero();
        assertThat(plain.out()).contains("张伟");
        assertThat(red.out()).doesNotContain("张伟").contains("人员-").contains("redacted");
    }

    @Test
    void diffRefusesOtherEditionsAndDuplicatedFindingsAndWarnsAboutOtherCompanies(@TempDir Path dir) throws IOException {
        Path cur = dir.resolve("cur.json");
        Path ear = dir.resolve("ear.json");
        Path other = dir.resolve("other.json");
        assertThat(run("assess", profile("near-class4.yaml"), "--as-of", AS_OF, "--out", cur.toString()).code()).isZero();
        assertThat(run("assess", profile("near-class4.yaml"), "--as-of", AS_OF, "--edition", "earlier", "--out",
                ear.toString()).code()).isZero();
        assertThat(run("assess", profile("small-class1.yaml"), "--as-of", AS_OF, "--out", other.toString()).code()).isZero();
        check(run("diff", ear.toString(), cur.toString()), "cur.json", "edition", "catalog --diff");
        CliTest.Result companies = run("diff", cur.toString(), other.toString());
        assertThat(companies.code()).isZero();
        assertThat(companies.err()).contains("warning").contains("different companies");
        JsonNode root = JSON.readTree(cur.toFile());
        ((com.fasterxml.jackson.databind.node.ArrayNode) root.get("findings")).add(root.get("findings").get(0));
        Path dup = dir.resolve("dup.json");
        JSON.writeValue(dup.toFile(), root);
        check(run("diff", cur.toString(), dup.toString()), "dup.json", "findings[771].clause", "one finding per clause");
        CliTest.Result zh = run("diff", ear.toString(), ear.toString());
        assertThat(zh.out()).contains("达到类别：").doesNotContain("未达到一类");
    }

    @Test
    void catalogOptions() throws IOException {
        CliTest.Result c3 = run("catalog", "--class", "3");
        assertThat(c3.code()).as(c3.err()).isZero();
        assertThat(c3.json().get("clauses")).hasSize(202);
        check(run("catalog", "--diff", "earlier", "current", "--edition", "earlier"), "<command line>", "--edition", "--diff");
        check(run("catalog", "--diff", "earlier", "current", "--diff", "current", "earlier"), "<command line>", "--diff",
                "once");
        check(run("catalog", "--edition", "earlier", "--class", "1"), "<command line>", "--class", "[3]");
    }
}
