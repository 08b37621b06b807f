package io.fitg.cli;

import io.fitg.core.Redaction;
import io.fitg.core.io.ProfileReader;
import io.fitg.model.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** --redact in every format; byte-identical reports across JVMs. */
class RedactAndDeterminismTest {
    static final Path PROFILES = Path.of(System.getProperty("fitg.profilesDir", "profiles"));
    static final Path MODEL = PROFILES.resolve("model-class4.yaml");

    static String text(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K') {
            StringBuilder sb = new StringBuilder();
            try (ZipInputStream zin = new ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
                ZipEntry e;
                while ((e = zin.getNextEntry()) != null) {
                    // cell text only: markup and attributes (cell references such as r="T10") are not report text
                    sb.append(new String(zin.readAllBytes(), StandardCharsets.UTF_8).replaceAll("<[^>]*>", " "));
                }
            }
            return sb.toString();
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "text", "workpaper", "workpaper-html", "html", "csv", "xlsx", "oscal"})
    void redactLeavesNoPersonalDataInAnyFormat(String format, @TempDir Path dir) throws IOException {
        // a company with gaps: every format (the text summary too) then shows findings that name people
        Path subject = PROFILES.resolve("small-class1.yaml");
        Profile p = new ProfileReader().read(subject);
        Map<String, String> personal = Redaction.pseudonyms(p);
        assertThat(personal).isNotEmpty();
        Path plain = dir.resolve("plain." + format);
        Path red = dir.resolve("red." + format);
        assertThat(CliTest.run("assess", subject.toString(), "--as-of", "2026-11-21", "--format", format, "--out",
                plain.toString()).code()).isZero();
        CliTest.Result r = CliTest.run("assess", subject.toString(), "--as-of", "2026-11-21", "--format", format,
                "--redact", "--out", red.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String plainText = text(plain);
        String redText = text(red);
        List<String> leaked = new ArrayList<>();
        boolean anyPresentBefore = false;
        // catalog text (clause texts, evidence lists) is the same for every company and is not redacted: a
        // personal value that is also a catalog word (e.g. a body named 应急领导小组) cannot be checked
        StringBuilder catalogText = new StringBuilder();
        io.fitg.core.Fitg.engine().catalog("current").clauses().forEach(c -> catalogText.append(c.text()));
        io.fitg.core.Fitg.engine().assess(p, io.fitg.api.AssessmentOptions.all(java.time.LocalDate.of(2026, 11, 21)))
                .findings().forEach(f -> f.evidence().forEach(catalogText::append));
        for (String v : personal.keySet()) {
            boolean checkable = (v.length() >= 3 || v.chars().anyMatch(c -> c >= 128))
                    && !catalogText.toString().contains(v);
            if (!checkable) {
                continue;
            }
            anyPresentBefore |= plainText.contains(v);
            if (redText.contains(v)) {
                leaked.add(v);
            }
        }
        assertThat(anyPresentBefore).as("the unredacted %s report shows personal data (else the test proves nothing)", format)
                .isTrue();
        assertThat(leaked).as("personal values left in the redacted %s report", format).isEmpty();
    }

    @Test
    void theSameInputGivesByteIdenticalJsonInAnotherJvm(@TempDir Path dir) throws Exception {
        Path here = dir.resolve("here.json");
        assertThat(CliTest.run("assess", MODEL.toString(), "--as-of", "2026-11-21", "--out", here.toString()).code()).isZero();
        for (int i = 0; i < 2; i++) {
            Path there = dir.resolve("there" + i + ".json");
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "io.fitg.cli.Main", "assess", MODEL.toString(),
                    "--as-of", "2026-11-21", "--out", there.toString());
            pb.redirectErrorStream(true);
            Process proc = pb.start();
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            try (InputStream in = proc.getInputStream()) {
                in.transferTo(log);
            }
            assertThat(proc.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(proc.exitValue()).as(log.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(Files.readAllBytes(there)).isEqualTo(Files.readAllBytes(here));
        }
    }
}
