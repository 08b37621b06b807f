package io.fitg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The report formats, the OSCAL catalog and diff through the command line. */
class ReportCommandsTest {
    static final Path PROFILES = Path.of(System.getProperty("fitg.profilesDir", "profiles")).toAbsolutePath();
    static final String PROFILE = PROFILES.resolve("small-class1.yaml").toString();

    @TempDir
    Path dir;

    record Run(int rc, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(rc, out.toString(), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "text", "workpaper", "workpaper-html", "html", "csv", "xlsx", "oscal"})
    void assessWritesEveryFormatAtomicallyToAFile(String format) throws Exception {
        Path out = dir.resolve("report." + format);
        Run r = run("assess", PROFILE, "--as-of", "2026-11-21", "--format", format, "--out", out.toString());
        assertThat(r.rc()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        byte[] bytes = Files.readAllBytes(out);
        assertThat(bytes.length).isGreaterThan(1000);
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("report." + format);   // no temp left
        }
        Path again = dir.resolve("again." + format);
        run("assess", PROFILE, "--as-of", "2026-11-21", "--format", format, "--out", again.toString());
        assertThat(Files.readAllBytes(again)).as("same input, same bytes").isEqualTo(bytes);
        if (!format.equals("xlsx")) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(Path.of(PROFILE))));
            assertThat(text).contains(sha).contains("2026-11-21").contains("current@");
        }
    }

    @Test
    void englishHeadingsWithLangEn() {
        Run r = run("assess", PROFILE, "--as-of", "2026-11-21", "--format", "workpaper", "--lang", "en");
        assertThat(r.rc()).isZero();
        assertThat(r.out()).contains("# Self-assessment workpaper").contains("Class 1 requirements")
                .contains("Evidence to attach").contains("应设有技术部门");
        Run zh = run("assess", PROFILE, "--as-of", "2026-11-21", "--format", "text");
        assertThat(zh.out()).contains("评估基准日：2026-11-21");
    }

    @Test
    void badUsageIsExitTwoWithOneMessage() {
        Run f = run("assess", PROFILE, "--format", "pdf");
        assertThat(f.rc()).isEqualTo(2);
        assertThat(f.err()).startsWith("fitg: <command line>: at --format: one of json, text, workpaper")
                .doesNotContain("Exception").hasLineCount(1);
        Run l = run("assess", PROFILE, "--format", "html", "--lang", "fr");
        assertThat(l.rc()).isEqualTo(2);
        assertThat(l.err()).isEqualTo("fitg: <command line>: at --lang: zh or en, not 'fr'\n");
        Run x = run("assess", PROFILE, "--format", "xlsx");
        assertThat(x.rc()).isEqualTo(2);
        assertThat(x.err()).contains("--out").hasLineCount(1);
        Run c = run("catalog", "--format", "xml");
        assertThat(c.rc()).isEqualTo(2);
        Run d = run("diff", "missing-a.json", "missing-b.json");
        assertThat(d.rc()).isEqualTo(2);
        assertThat(d.err()).startsWith("fitg: missing-a.json: ").hasLineCount(1);
        Run d2 = run("diff", "only-one.json");
        assertThat(d2.rc()).isEqualTo(2);
    }

    @Test
    void catalogAsOscal() {
        Run r = run("catalog", "--format", "oscal", "--as-of", "2026-11-21");
        assertThat(r.rc()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"oscal-version\" : \"1.1.2\"").contains("\"last-modified\" : \"2026-11-21T00:00:00Z\"")
                .contains("\"id\" : \"s4.1.1.2\"");
        assertThat(run("catalog", "--format", "oscal", "--as-of", "2026-11-21").out()).isEqualTo(r.out());
    }

    @Test
    void diffOfTwoAssessments() throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        assertThat(run("assess", PROFILE, "--as-of", "2026-11-21", "--out", a.toString()).rc()).isZero();
        assertThat(run("assess", PROFILES.resolve("model-class4.yaml").toString(), "--as-of", "2026-11-21",
                "--out", b.toString()).rc()).isZero();
        Run text = run("diff", a.toString(), b.toString(), "--lang", "en");
        assertThat(text.rc()).as(text.err()).isZero();
        assertThat(text.out()).contains("fitg report comparison").contains("Achieved class:").contains("Unchanged:");
        Run json = run("diff", a.toString(), b.toString(), "--format", "json");
        assertThat(json.rc()).isZero();
        var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
        assertThat(node.at("/counts/unchanged").asInt() + node.at("/counts/better").asInt()
                + node.at("/counts/worse").asInt() + node.at("/counts/changed").asInt()).isEqualTo(771);
        Run same = run("diff", a.toString(), a.toString(), "--format", "json");
        assertThat(same.out()).contains("\"change\" : \"same\"").contains("\"unchanged\" : 771");
    }
}
