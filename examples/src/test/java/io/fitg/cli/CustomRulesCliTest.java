package io.fitg.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.fitg.cli.CliTest.PROFILES;
import static io.fitg.cli.CliTest.check;
import static io.fitg.cli.CliTest.profile;
import static io.fitg.cli.CliTest.run;
import static io.fitg.cli.CliTest.write;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code --rules}: every file given is compiled and runs, or the command says why not (exit 2). */
class CustomRulesCliTest {
    static final String AS_OF = "2026-11-21";
    static final Path ACME = PROFILES.resolveSibling("custom-rules").resolve("acme-internal.drl");

    @Test
    void aRuleFileRunsWhateverItsNameEndsWith(@TempDir Path dir) throws IOException {
        Path txt = Files.copy(ACME, dir.resolve("acme.txt"));
        Path upper = Files.copy(ACME, dir.resolve("acme.DRL"));
        for (Path p : List.of(txt, upper)) {
            CliTest.Result r = run("assess", profile("model-class4.yaml"), "--as-of", AS_OF, "--rules", p.toString());
            assertThat(r.code()).as(r.err()).isZero();
            JsonNode root = r.json();
            assertThat(root.get("customFindings")).as(p.toString()).hasSize(2);
            assertThat(root.get("customFindings").findValuesAsText("title")).as("each control's title, as its rule "
                    + "gave it").containsExactly("花名册每条记录均有姓名", "总部技术部门人员不少于20人（公司内控）");
            assertThat(root.get("provenance").get("customRules").asText()).contains(p.getFileName().toString());
        }
    }

    @Test
    void customRulesCanBindSectionsFromCollected(@TempDir Path dir) throws IOException {
        Path drl = write(dir, "rooms.drl", """
                package acme.controls;
                import io.fitg.rules.support.Collected;
                import io.fitg.rules.support.CustomAssessment;
                import java.util.List;

                rule "ACME-ROOM-1 two production rooms and a security section"
                when
                    $a : CustomAssessment()
                    Collected( $rooms : machineRooms, $ss : security, $bs : branches )
                then
                    $a.control("ACME-ROOM-1", "两个生产机房").rule(drools.getRule().getName())
                      .observed($rooms.size() + " rooms, " + $ss.size() + " security, " + $bs.size() + " branches")
                      .decide($rooms.size() == 2 && $ss.size() == 1);
                end
                """);
        CliTest.Result r = run("assess", profile("model-class4.yaml"), "--as-of", AS_OF, "--rules", drl.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode f = r.json().get("customFindings").get(0);
        assertThat(f.get("status").asText()).isEqualTo("COMPLIANT");
        assertThat(f.get("observed").asText()).isEqualTo("2 rooms, 1 security, 3 branches");
    }

    @Test
    void aFileThatIsNotDrlIsRefused(@TempDir Path dir) throws IOException {
        Path yaml = write(dir, "waivers.yaml", "waivers:\n  - id: W-1\n    clauses: [2.1.1.2]\n");
        check(run("assess", profile("model-class4.yaml"), "--rules", yaml.toString()), "waivers.yaml", "", "DRL");
        Path empty = write(dir, "empty.drl", "package x;\n// nothing yet\n");
        check(run("assess", profile("model-class4.yaml"), "--rules", empty.toString()), "empty.drl", "", "at least one rule");
        Path ok = Files.copy(ACME, dir.resolve("ok.drl"));
        Path broken = write(dir, "broken.drl", "package acme;\nrule \"broken\"\nwhen\n    $a : NoSuchType(\nthen\nend\n");
        CliTest.Result two = run("assess", profile("model-class4.yaml"), "--rules", ok.toString(), "--rules", broken.toString());
        check(two, "broken.drl", "", "DRL that compiles");
        assertThat(two.err()).doesNotContain("ok.drl");
    }

    @Test
    void aRuleThatThrowsIsBadInputNamingTheFileAndTheRule(@TempDir Path dir) throws IOException {
        Path drl = write(dir, "throws.drl", """
                package acme;
                import io.fitg.rules.support.CustomAssessment;
                rule "ACME-9 divides by zero"
                when
                    $a : CustomAssessment()
                then
                    int zero = 0;
                    System.out.println(1 / zero);
                end
                """);
        CliTest.Result r = run("assess", profile("model-class4.yaml"), "--as-of", AS_OF, "--rules", drl.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).as("one line, no stack trace").doesNotContain("\n").doesNotContain("\tat ")
                .contains("throws.drl").contains("rule \"ACME-9 divides by zero\"").contains("ArithmeticException: / by zero");
    }

    @Test
    void aRuleThatLoopsIsStoppedAfterTheTimeout(@TempDir Path dir) throws Exception {
        Path drl = write(dir, "loop.drl", """
                package acme;
                import io.fitg.rules.support.CustomAssessment;
                rule "ACME-LOOP spins"
                when
                    $a : CustomAssessment()
                then
                    while (true) { }
                end
                """);
        // a separate JVM: the spinning rule cannot be stopped inside this one
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "assess", profile("model-class4.yaml"),
                "--as-of", AS_OF, "--rules", drl.toString(), "--rules-timeout", "2"));
        Process p = new ProcessBuilder(cmd).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("the command ends").isTrue();
        String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(err).isEqualTo(2);
        assertThat(err).contains("loop.drl").contains("--rules-timeout").contains("2 s");
        assertThat(Files.readString(dir.resolve("out.txt"))).isEmpty();
    }
}
