package io.fitg.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The fitg CLI end to end, in process. */
class CliTest {
    static final Path PROFILES = Path.of(System.getProperty("fitg.profilesDir", "profiles"));
    static final ObjectMapper JSON = new ObjectMapper();

    record Result(int code, String out, String err) {
        JsonNode json() throws IOException {
            return JSON.readTree(out);
        }
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    static String profile(String name) {
        return PROFILES.resolve(name).toString();
    }

    @Test
    void catalogPrintsEveryClauseAsTheContractSays() throws IOException {
        Result r = run("catalog", "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode root = r.json();
        assertThat(root.get("edition").asText()).isEqualTo("current");
        assertThat(root.get("clauses")).hasSize(771);
        JsonNode c = root.get("clauses").get(0);
        assertThat(c.get("id").asText()).isEqualTo("2.1.1.1");
        assertThat(c.get("class").asInt()).isEqualTo(1);
        assertThat(c.get("mandatory").asBoolean()).isTrue();
        assertThat(c.get("new").asBoolean()).isTrue();
        assertThat(c.get("chapter").asText()).isEqualTo("技术管理");
        assertThat(c.get("section").asText()).isEqualTo("组织结构");
        assertThat(c.get("text").asText()).isEqualTo("应设有技术部门，有专职技术人员，并有明确的职责分工和岗位说明。");
        assertThat(c.has("requirement")).isTrue();
        assertThat(c.has("rule")).isTrue();
    }

    @Test
    void assessWritesTheContractJsonForEverySample() throws IOException {
        for (String p : new String[]{"model-class4.yaml", "small-class1.yaml", "hosted-class2.yaml", "near-class4.yaml"}) {
            Result r = run("assess", profile(p), "--as-of", "2026-11-21");
            assertThat(r.code()).as(p + " " + r.err()).isZero();
            JsonNode root = r.json();
            assertThat(root.get("asOf").asText()).isEqualTo("2026-11-21");
            assertThat(root.get("edition").asText()).isEqualTo("current");
            assertThat(root.get("findings")).hasSize(771);
            assertThat(root.get("summary").fieldNames()).toIterable().containsExactly("1", "2", "3", "4");
            JsonNode s1 = root.get("summary").get("1");
            assertThat(s1.fieldNames()).toIterable().containsExactlyInAnyOrder("COMPLIANT", "NON_COMPLIANT",
                    "NOT_APPLICABLE", "INSUFFICIENT_DATA", "WAIVED");
            int total = 0;
            for (JsonNode v : s1) {
                total += v.asInt();
            }
            assertThat(total).isEqualTo(177);
            JsonNode f = root.get("findings").get(0);
            assertThat(f.fieldNames()).toIterable().contains("clause", "class", "requirement", "mandatory", "status",
                    "message", "expected", "observed", "facts", "evidence");
        }
    }

    @Test
    void oneClassOnly() throws IOException {
        Result r = run("assess", profile("model-class4.yaml"), "--class", "3", "--as-of", "2026-11-21");
        assertThat(r.code()).isZero();
        assertThat(r.json().get("findings")).hasSize(202);
        assertThat(r.json().get("findings").get(0).get("clause").asText()).isEqualTo("4.1.1.1");
    }

    @Test
    void outputIsWrittenToAFileAndIsByteIdenticalAcrossRuns(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        assertThat(run("assess", profile("near-class4.yaml"), "--as-of", "2026-11-21", "--out", a.toString()).code()).isZero();
        assertThat(run("assess", profile("near-class4.yaml"), "--as-of", "2026-11-21", "--out", b.toString()).code()).isZero();
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.json", "b.json");
        }
    }

    @Test
    void brokenInputsExitTwoWithOneClearMessage(@TempDir Path dir) throws IOException {
        Path unknown = write(dir, "unknown.yaml", "company:\n  name: X\n  hqHeadCount: 3\n");
        Path wrongType = write(dir, "wrong.yaml", "company:\n  name: X\n  hqHeadcount: many\n");
        Path negative = write(dir, "neg.yaml", "company:\n  name: X\n  hqHeadcount: -5\n");
        Path absurd = write(dir, "date.json", "{\"company\": {\"name\": \"X\"}, \"management\": {\"staff\": []}, "
                + "\"branches\": [], \"machineRooms\": [], \"trading\": {}, \"security\": {}, \"operations\": {}, "
                + "\"backup\": {}, \"maintenance\": {}, \"zzz\": 1}");
        Path notYaml = write(dir, "broken.yaml", "company: name: X: y\n");
        Path dup = write(dir, "dup.yaml", "company:\n  name: A\n  name: B\n");
        Path bin = dir.resolve("bin.yaml");
        Files.write(bin, new byte[]{(byte) 0xff, (byte) 0xfe, 'a', ':', ' ', (byte) 0xc3});
        check(run("assess", unknown.toString()), "unknown.yaml", "company.hqHeadCount", "known fields");
        check(run("assess", wrongType.toString()), "wrong.yaml", "company.hqHeadcount", "whole number");
        check(run("assess", negative.toString()), "neg.yaml", "company.hqHeadcount", "zero or more");
        check(run("assess", absurd.toString()), "date.json", "zzz", "known fields");
        check(run("assess", notYaml.toString()), "broken.yaml", "", "YAML");
        check(run("assess", dup.toString()), "dup.yaml", "", "name");
        check(run("assess", bin.toString()), "bin.yaml", "", "UTF-8");
        check(run("assess", dir.resolve("missing.yaml").toString()), "missing.yaml", "", "no such file");
        check(run("assess", profile("model-class4.yaml"), "--as-of", "2026-13-01"), "--as-of", "", "YYYY-MM-DD");
        check(run("assess", profile("model-class4.yaml"), "--as-of", "3026-01-01"), "--as-of", "", "2100");
        check(run("assess", profile("model-class4.yaml"), "--class", "5"), "--class", "", "1, 2, 3, 4 or all");
        check(run("assess", profile("model-class4.yaml"), "--edition", "1999"), "edition", "", "current");
        check(run("assess", profile("model-class4.yaml"), "--format", "pdf"), "--format", "", "json");
        check(run("bogus"), "bogus", "", "");
    }

    @Test
    void datesOutOfRangeAreRejectedWithTheirPath(@TempDir Path dir) throws IOException {
        Path p = write(dir, "old.yaml", "company:\n  name: X\nmanagement:\n  staff: []\n"
                + "machineRooms: []\n");
        assertThat(run("assess", p.toString(), "--as-of", "2026-11-21").code()).isZero();
    }

    static void check(Result r, String file, String path, String expected) {
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(file).contains(path).contains(expected);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.err().strip().lines().count()).as(r.err()).isLessThanOrEqualTo(2);
    }

    static Path write(Path dir, String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void failOnGatesAPipeline(@TempDir Path dir) throws IOException {
        Path small = PROFILES.resolve("small-class1.yaml");
        Result r = run("assess", small.toString(), "--as-of", "2026-11-21", "--fail-on", "insufficient-data", "--class", "4");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.json().get("findings")).hasSize(209);
        Result bad = run("assess", small.toString(), "--fail-on", "sometimes");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--fail-on");
    }

    @Test
    void malformedWaiverFileIsRejectedBeforeAnythingIsAssessed(@TempDir Path dir) throws IOException {
        Path w = write(dir, "waivers.yaml", "waivers:\n  - id: W-1\n    clauses: [2.1.1.2]\n    approver: CIO\n"
                + "    expires: 2027-01-01\n    mandatory: true\n");
        Path out = dir.resolve("report.json");
        Result r = run("assess", profile("model-class4.yaml"), "--waivers", w.toString(), "--out", out.toString());
        check(r, "waivers.yaml", "waivers[0].justification", "justification");
        assertThat(out).doesNotExist();
        Path unknownClause = write(dir, "w2.yaml", "waivers:\n  - id: W-1\n    clauses: [9.1.1.1]\n    justification: j\n"
                + "    approver: CIO\n    expires: 2027-01-01\n");
        check(run("assess", profile("model-class4.yaml"), "--waivers", unknownClause.toString()), "w2.yaml",
                "waivers[0].clauses[0]", "9.1.1.1");
        Path typo = write(dir, "w3.yaml", "waivers:\n  - id: W-1\n    clause: [2.1.1.2]\n");
        check(run("assess", profile("model-class4.yaml"), "--waivers", typo.toString()), "w3.yaml", "waivers[0].clause",
                "known fields");
    }

    @Test
    void expiredAndValidWaiversEndToEnd(@TempDir Path dir) throws IOException {
        Path w = write(dir, "waivers.yaml", "waivers:\n"
                + "  - {id: W-1, clauses: [2.1.1.1], justification: reorganisation, approver: CIO, expires: 2026-11-21, mandatory: true}\n"
                + "  - {id: W-2, clauses: [3.1.1.1], justification: reorganisation, approver: CIO, expires: 2026-11-20, mandatory: true}\n");
        Path p = write(dir, "p.yaml", "company:\n  name: X\n  hqHeadcount: 10\n");
        JsonNode root = run("assess", p.toString(), "--as-of", "2026-11-21", "--waivers", w.toString()).json();
        JsonNode f1 = find(root, "2.1.1.1");
        JsonNode f2 = find(root, "3.1.1.1");
        assertThat(f1.get("status").asText()).isEqualTo("WAIVED");
        assertThat(f1.get("waiver").asText()).isEqualTo("W-1");
        assertThat(f2.get("status").asText()).isEqualTo("INSUFFICIENT_DATA");
        assertThat(f2.get("waiver").asText()).contains("expired");
    }

    static JsonNode find(JsonNode root, String clause) {
        for (JsonNode f : root.get("findings")) {
            if (f.get("clause").asText().equals(clause)) {
                return f;
            }
        }
        throw new AssertionError("no finding " + clause);
    }

    @Test
    void tailoringRelaxationIsRefused(@TempDir Path dir) throws IOException {
        Path t = write(dir, "tailoring.yaml", "name: ACME\nthresholds:\n  - requirement: management.tech-staff-ratio\n"
                + "    params: {minPercent: 6}\n    reason: cheaper\n");
        check(run("assess", profile("model-class4.yaml"), "--tailoring", t.toString()), "tailoring.yaml",
                "thresholds[0].params.minPercent", "relaxes");
        Path ok = write(dir, "t2.yaml", "name: ACME\nthresholds:\n  - requirement: management.tech-staff-ratio\n"
                + "    params: {minPercent: 11}\n    reason: our own policy\n");
        JsonNode root = run("assess", profile("model-class4.yaml"), "--as-of", "2026-11-21", "--tailoring", ok.toString()).json();
        assertThat(find(root, "2.1.1.2").get("status").asText()).isEqualTo("NON_COMPLIANT");
        assertThat(root.get("provenance").get("tailoring").asText()).isEqualTo("ACME");
    }

    @Test
    void customDrlRunsBesideTheBuiltInRules() throws IOException {
        Path drl = PROFILES.resolveSibling("custom-rules").resolve("acme-internal.drl");
        JsonNode root = run("assess", profile("model-class4.yaml"), "--as-of", "2026-11-21", "--rules", drl.toString()).json();
        assertThat(root.get("findings")).hasSize(771);
        assertThat(root.get("customFindings")).hasSize(2);
        assertThat(root.get("customFindings").get(1).get("clause").asText()).isEqualTo("ACME-IT-1");
        assertThat(root.get("customFindings").get(1).get("status").asText()).isEqualTo("COMPLIANT");
        assertThat(root.get("customFindings").get(1).get("rule").asText()).isEqualTo("ACME-IT-1 at least 20 HQ technology staff");
        assertThat(root.get("provenance").get("customRules").asText()).contains("acme-internal.drl sha256:");
        JsonNode sealed = run("assess", profile("model-class4.yaml"), "--as-of", "2026-11-21").json();
        assertThat(sealed.has("customFindings")).isFalse();
        assertThat(sealed.get("provenance").get("customRules").asText()).contains("none");
    }

    @Test
    void brokenCustomDrlIsBadInput(@TempDir Path dir) throws IOException {
        Path drl = write(dir, "bad.drl", "package x;\nrule \"oops\" when then end garbage");
        Result r = run("assess", profile("model-class4.yaml"), "--rules", drl.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("bad.drl").contains("DRL that compiles");
    }

    @Test
    void explainShowsRuleFactsAndWhy() {
        Result r = run("explain", profile("model-class4.yaml"), "2.1.1.2", "--as-of", "2026-11-21");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("clause    2.1.1.2").contains("rule      management.tech-staff-ratio")
                .contains("status    COMPLIANT").contains("observed  20 / 200").contains("matched")
                .contains("Company company").contains("rule \"management.tech-staff-ratio\"");
        Result bad = run("explain", profile("model-class4.yaml"), "9.9.9.9");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("9.9.9.9");
    }

    @Test
    void testCommandRunsScenariosAndReportsCoverage(@TempDir Path dir) throws IOException {
        write(dir, "pass.yaml", "base: model-class4\nasOf: 2026-11-21\ncases:\n  - name: model passes\n"
                + "    expect: {2.1.1.2: COMPLIANT}\n");
        Result r = run("test", dir.toString(), "--profiles", PROFILES.toString(), "--coverage");
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out()).contains("1 passed, 0 failed").contains("NEVER MADE TO FAIL")
                .contains("management.tech-staff-ratio");
        Result strict = run("test", dir.toString(), "--profiles", PROFILES.toString(), "--strict-coverage");
        assertThat(strict.code()).isEqualTo(1);
        write(dir, "fail.yaml", "base: model-class4\nasOf: 2026-11-21\ncases:\n  - name: wrong expectation\n"
                + "    expect: {2.1.1.2: NON_COMPLIANT}\n");
        Result failing = run("test", dir.toString(), "--profiles", PROFILES.toString());
        assertThat(failing.code()).isEqualTo(1);
        assertThat(failing.out()).contains("1 passed, 1 failed").contains("expected NON_COMPLIANT but was COMPLIANT");
    }

    @Test
    void batchAssessesAFolderWritesOneReportEachAndReportsABrokenOne(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.copy(PROFILES.resolve("model-class4.yaml"), in.resolve("a.yaml"));
        Files.copy(PROFILES.resolve("small-class1.yaml"), in.resolve("c.yaml"));
        write(in, "b.yaml", "company: {hqHeadcount: -1}\n");
        Path outDir = dir.resolve("out");
        Result r = run("assess", in.toString(), "--as-of", "2026-11-21", "--jobs", "2", "--out-dir", outDir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).contains("a.yaml").contains("b.yaml").contains("FAILED").contains("company.hqHeadcount")
                .contains("3 profiles: 2 assessed, 1 failed");
        assertThat(outDir.resolve("a.yaml.json")).exists();
        assertThat(outDir.resolve("c.yaml.json")).exists();
        assertThat(outDir.resolve("b.yaml.json")).doesNotExist();
        Result single = run("assess", in.resolve("a.yaml").toString(), "--as-of", "2026-11-21");
        JsonNode batchA = JSON.readTree(outDir.resolve("a.yaml.json").toFile());
        assertThat(batchA.get("findings")).isEqualTo(single.json().get("findings"));
    }

    @Test
    void schemaCommandPrintsTheShippedSchemas() throws IOException {
        Result r = run("schema");
        assertThat(r.code()).isZero();
        assertThat(r.json().get("title").asText()).isEqualTo("fitg profile");
        assertThat(run("schema", "waivers").json().get("title").asText()).isEqualTo("fitg waivers");
        assertThat(run("schema", "nope").code()).isEqualTo(2);
    }
}
