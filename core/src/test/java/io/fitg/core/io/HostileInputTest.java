package io.fitg.core.io;

import io.fitg.api.FitgInputException;
import io.fitg.api.Tailoring;
import io.fitg.api.WaiverSet;
import io.fitg.model.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile and malformed input is rejected with one FitgInputException naming the source and what was expected,
 * within bounded time (the timeouts guard against hangs; they are not performance assertions).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileInputTest {
    final ProfileReader reader = new ProfileReader();

    FitgInputException reject(String text, boolean json) {
        return reject(text.getBytes(StandardCharsets.UTF_8), json);
    }

    FitgInputException reject(byte[] bytes, boolean json) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> reader.parse(bytes, "hostile", json, Profile.class));
        assertThat(t).isInstanceOf(FitgInputException.class);
        assertThat(t.getMessage()).startsWith("hostile");
        return (FitgInputException) t;
    }

    @Test
    void yamlAliasBomb() {
        StringBuilder sb = new StringBuilder("a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n");
        String prev = "a";
        for (int i = 0; i < 12; i++) {
            String n = "l" + i;
            sb.append(n).append(": &").append(n).append(" [");
            for (int j = 0; j < 9; j++) {
                sb.append(j == 0 ? "" : ",").append('*').append(prev);
            }
            sb.append("]\n");
            prev = n;
        }
        reject(sb.toString(), false);
        // the same bomb under a field that exists: still rejected, never expanded
        String underStaff = sb.toString().replace("a: &a", "x: &a") + "management:\n  staff: *" + prev + "\n";
        reject(underStaff.replace("x: &a", "company: &a"), false);
    }

    @Test
    void deeplyNestedDocuments() {
        String deepJson = "{\"company\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        assertThat(reject(deepJson, true).getMessage()).containsAnyOf("depth", "nest", "limits");
        StringBuilder deepYaml = new StringBuilder("company:\n");
        for (int i = 1; i < 300; i++) {
            deepYaml.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        deepYaml.append("  ".repeat(300)).append("v\n");
        assertThat(reject(deepYaml.toString(), false).getMessage()).containsAnyOf("depth", "nest", "limits");
    }

    @Test
    void hugeNumbersNanAndInfinity() {
        assertThat(reject("{\"company\": {\"hqHeadcount\": 1" + "0".repeat(5000) + "}}", true).getMessage())
                .containsAnyOf("number", "Number");
        assertThat(reject("company:\n  hqHeadcount: 99999999999999999999\n", false).getMessage()).contains("company.hqHeadcount");
        assertThat(reject("{\"company\": {\"hqHeadcount\": NaN}}", true).getMessage()).contains("company.hqHeadcount")
                .contains("a finite number, not NaN");
        reject("company:\n  hqHeadcount: .nan\n", false);
        reject("company:\n  hqHeadcount: .inf\n", false);
        reject("company:\n  hqHeadcount: 1.5\n", false);
    }

    @Test
    void duplicateKeys() {
        assertThat(reject("{\"company\": {\"name\": \"a\", \"name\": \"b\"}}", true).getMessage()).contains("name");
        assertThat(reject("company:\n  name: a\n  name: b\n", false).getMessage()).contains("name");
    }

    @Test
    void datesFarInThePastAndFuture() {
        String yaml = "management:\n  staff: []\ncompany:\n  name: X\n";
        reader.parse(yaml.getBytes(StandardCharsets.UTF_8), "ok", false, Profile.class);
        assertThat(reject("waivers: []\n", false).getMessage()).contains("waivers");
        Throwable past = org.assertj.core.api.Assertions.catchThrowable(() -> reader.parse(
                "waivers:\n  - {id: W, clauses: [2.1.1.1], justification: j, approver: a, expires: 1900-01-01}\n"
                        .getBytes(StandardCharsets.UTF_8), "w.yaml", false, WaiverSet.class));
        assertThat(past).isInstanceOf(FitgInputException.class).hasMessageContaining("waivers[0].expires")
                .hasMessageContaining("1990-01-01");
        Throwable future = org.assertj.core.api.Assertions.catchThrowable(() -> reader.parse(
                "waivers:\n  - {id: W, clauses: [2.1.1.1], justification: j, approver: a, expires: 9999-12-31}\n"
                        .getBytes(StandardCharsets.UTF_8), "w.yaml", false, WaiverSet.class));
        assertThat(future).isInstanceOf(FitgInputException.class).hasMessageContaining("2100-12-31");
        Throwable bad = org.assertj.core.api.Assertions.catchThrowable(() -> reader.parse(
                "waivers:\n  - {id: W, expires: 2026-02-30}\n".getBytes(StandardCharsets.UTF_8), "w.yaml", false,
                WaiverSet.class));
        assertThat(bad).isInstanceOf(FitgInputException.class).hasMessageContaining("waivers[0].expires");
    }

    @Test
    void nonUtf8Bytes() {
        assertThat(reject(new byte[]{'a', ':', ' ', (byte) 0xC3, (byte) 0x28}, false).getMessage()).contains("UTF-8");
        assertThat(reject(new byte[]{(byte) 0xFF, (byte) 0xFE, 0, 'a'}, true).getMessage()).contains("UTF-8");
    }

    @Test
    void filesOfTensOfMegabytes() {
        byte[] big = new byte[(int) ProfileReader.MAX_BYTES + 10];
        java.util.Arrays.fill(big, (byte) ' ');
        assertThat(reject(big, false).getMessage()).contains("MiB");
        // just under the limit: a long but legal list is read, or rejected by content — never a crash
        StringBuilder sb = new StringBuilder("company:\n  name: X\nmanagement:\n  staff:\n");
        int i = 0;
        while (sb.length() < 12 * 1024 * 1024) {
            sb.append("    - {id: S").append(i++).append(", name: n, hq: true, techDepartment: true}\n");
        }
        Profile p = reader.parse(sb.toString().getBytes(StandardCharsets.UTF_8), "big", false, Profile.class);
        assertThat(p.management().staff()).hasSize(i);
    }

    @Test
    void wrongShapesEverywhere() {
        assertThat(reject("[]", true).getMessage()).contains("Profile");
        assertThat(reject("\"text\"", true).getMessage()).isNotBlank();
        assertThat(reject("", false).getMessage()).contains("empty");
        assertThat(reject("null", false).getMessage()).isNotBlank();
        assertThat(reject("company: 5\n", false).getMessage()).contains("company");
        assertThat(reject("company:\n  name: [1]\n", false).getMessage()).contains("company.name");
        assertThat(reject("company:\n  continuousTrading: \"yes\"\n", false).getMessage()).contains("company.continuousTrading");
        assertThat(reject("company:\n  name: X\n---\ncompany:\n  name: Y\n", false).getMessage()).contains("one document");
        // YAML tags never instantiate classes: a tag other than the core ones is refused, naming it
        assertThat(reject("!!java.lang.Runtime {}\n", false).getMessage()).contains("!!java.lang.Runtime")
                .contains("not accepted");
    }

    @Test
    void tailoringAndWaiverFilesAreReadWithTheSameStrictness() {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> reader.parse(
                "name: x\nthresholds:\n  - {requirement: r, params: {minPercent: -3}, reason: r}\n"
                        .getBytes(StandardCharsets.UTF_8), "t.yaml", false, Tailoring.class));
        assertThat(t).isInstanceOf(FitgInputException.class).hasMessageContaining("thresholds[0].params.minPercent");
        Throwable u = org.assertj.core.api.Assertions.catchThrowable(() -> reader.parse(
                "waiverz: []\n".getBytes(StandardCharsets.UTF_8), "w.yaml", false, WaiverSet.class));
        assertThat(u).isInstanceOf(FitgInputException.class).hasMessageContaining("waiverz");
    }
}
