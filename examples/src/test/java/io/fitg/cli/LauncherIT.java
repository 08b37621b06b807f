package io.fitg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged launcher ({@code target/fitg}) against the packaged jar, after {@code package}: the same report as
 * {@code java -jar fitg.jar}, the same exit codes, and nothing of the JVM's class-data-sharing on stdout or stderr
 * whether the archive fits, is stale or is missing.
 */
class LauncherIT {
    static final Path TARGET = Path.of(System.getProperty("fitg.targetDir", "target"));
    static final Path MODEL = Path.of(System.getProperty("fitg.profilesDir", "profiles")).resolve("model-class4.yaml");

    record Run(int code, String out, String err) {
    }

    static Run run(List<String> command) throws IOException, InterruptedException {
        return run(command, Map.of());
    }

    /** Runs {@code command} with {@code env} added to the environment. */
    static Run run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        Path out = Files.createTempFile("fitg-out", ".txt");
        Path err = Files.createTempFile("fitg-err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("finished: %s", command).isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    static List<String> launcher(Path dir, String... args) {
        List<String> c = new ArrayList<>(List.of("sh", dir.resolve("fitg").toString()));
        c.addAll(List.of(args));
        return c;
    }

    static List<String> javaJar(String... args) {
        List<String> c = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", TARGET.resolve("fitg.jar").toString()));
        c.addAll(List.of(args));
        return c;
    }

    @Test
    void theLauncherWritesTheSameReportAsJavaJarUsingTheArchiveMavenWrote() throws Exception {
        assertThat(TARGET.resolve("fitg.jsa")).as("the class-data-sharing archive written by the package phase")
                .isRegularFile();
        String[] args = {"assess", MODEL.toString(), "--as-of", "2026-11-21", "--format", "json"};
        Run viaLauncher = run(launcher(TARGET, args));
        Run viaJar = run(javaJar(args));
        assertThat(viaLauncher.code()).isZero();
        assertThat(viaLauncher.err()).isEmpty();
        assertThat(viaLauncher.out()).isEqualTo(viaJar.out()).contains("\"achievedClass\" : 4");
    }

    @Test
    void badInputGivesExitTwoAndOneMessageThroughTheLauncher() throws Exception {
        Run r = run(launcher(TARGET, "assess", "no-such-profile.yaml"));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip().lines()).hasSize(1).first().asString().contains("no-such-profile.yaml");
    }

    @Test
    void aStaleOrMissingArchiveIsIgnoredSilently(@TempDir Path dir) throws Exception {
        for (String f : new String[]{"fitg", "fitg.jar", "fitg.jsa"}) {
            Files.copy(TARGET.resolve(f), dir.resolve(f), StandardCopyOption.COPY_ATTRIBUTES);
        }
        String[] args = {"assess", MODEL.toString(), "--as-of", "2026-11-21", "--format", "json"};
        String expected = run(javaJar(args)).out();
        // the jar rebuilt after the archive: the launcher does not use the archive
        Files.setLastModifiedTime(dir.resolve("fitg.jar"), FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        Run stale = run(launcher(dir, args));
        assertThat(stale.code()).isZero();
        assertThat(stale.err()).isEmpty();
        assertThat(stale.out()).isEqualTo(expected);
        // an archive that does not fit (here: not an archive at all) is ignored by the JVM without a word
        Files.setLastModifiedTime(dir.resolve("fitg.jar"), FileTime.fromMillis(0));
        dir.resolve("fitg.jsa").toFile().setWritable(true);
        Files.writeString(dir.resolve("fitg.jsa"), "not an archive");
        Run broken = run(launcher(dir, args));
        assertThat(broken.code()).isZero();
        assertThat(broken.err()).isEmpty();
        assertThat(broken.out()).isEqualTo(expected);
        Files.delete(dir.resolve("fitg.jsa"));
        Run missing = run(launcher(dir, args));
        assertThat(missing.out()).isEqualTo(expected);
        assertThat(missing.err()).isEmpty();
    }

    /**
     * The JVM options the launcher chooses: for one profile C1 only on one compiler thread (a short run, where a
     * second compiler thread only takes CPU from the program's own threads); for a folder or {@code --jobs} the
     * JVM's default compilers. A stand-in {@code java} (FITG_JAVA) prints the arguments it is given.
     */
    @Test
    void oneProfileRunsOnC1WithOneCompilerThreadAndABatchOnTheDefaultCompilers(@TempDir Path dir) throws Exception {
        Path fake = dir.resolve("java");
        Files.writeString(fake, "#!/bin/sh\necho \"$@\"\n");
        assertThat(fake.toFile().setExecutable(true)).isTrue();
        String one = runWith(fake, "assess", MODEL.toString(), "--as-of", "2026-11-21");
        assertThat(one).contains("-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 ").contains("-jar ")
                .endsWith("assess " + MODEL + " --as-of 2026-11-21");
        for (String[] batch : new String[][]{{"assess", MODEL.getParent().toString()},
                {"assess", MODEL.toString(), "--jobs", "2"}}) {
            String b = runWith(fake, batch);
            assertThat(b).as(String.join(" ", batch)).contains("-jar ").doesNotContain("TieredStopAtLevel")
                    .doesNotContain("CICompilerCount");
        }
    }

    private static String runWith(Path java, String... args) throws Exception {
        Run r = run(launcher(TARGET, args), Map.of("FITG_JAVA", java.toString(), "FITG_JAVA_OPTS", ""));
        assertThat(r.code()).isZero();
        return r.out().strip();
    }
}
