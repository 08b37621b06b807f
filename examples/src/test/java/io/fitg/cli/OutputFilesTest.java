package io.fitg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.fitg.cli.CliTest.profile;
import static io.fitg.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code --out}: what is replaced, what is written to, what is refused. */
class OutputFilesTest {
    static final String AS_OF = "2026-11-21";

    @Test
    void aSymbolicLinkIsKeptAndTheFileItPointsToReplaced(@TempDir Path dir) throws IOException {
        Path real = Files.writeString(dir.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real.getFileName());
        CliTest.Result r = run("assess", profile("small-class1.yaml"), "--as-of", AS_OF, "--out", link.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).as("the link is still a link").isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(real.getFileName());
        assertThat(Files.readString(real)).startsWith("{").contains("\"findings\"");
        assertThat(leftovers(dir)).containsExactlyInAnyOrder("real.json", "link.json");
    }

    @Test
    void aDanglingLinkGetsItsTargetCreated(@TempDir Path dir) throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("made.json"));
        assertThat(run("assess", profile("small-class1.yaml"), "--as-of", AS_OF, "--out", link.toString()).code()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(dir.resolve("made.json"))).contains("\"findings\"");
    }

    @Test
    void aFifoIsWrittenToNotReplaced(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mk;
        try {
            mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo not available");
            return;
        }
        assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo failed");
        CompletableFuture<byte[]> reader = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        CliTest.Result r = run("assess", profile("small-class1.yaml"), "--as-of", AS_OF, "--out", fifo.toString());
        assertThat(r.code()).as(r.err()).isZero();
        byte[] got = reader.get(60, TimeUnit.SECONDS);
        assertThat(new String(got, StandardCharsets.UTF_8)).contains("\"findings\"");
        assertThat(Files.isRegularFile(fifo)).as("still a FIFO").isFalse();
        assertThat(Files.exists(fifo)).isTrue();
        assertThat(leftovers(dir)).containsExactly("pipe");
    }

    @Test
    void devNullIsWrittenTo() {
        assumeTrue(Files.exists(Path.of("/dev/null")));
        CliTest.Result r = run("assess", profile("small-class1.yaml"), "--as-of", AS_OF, "--out", "/dev/null");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
    }

    @Test
    void theInputsAreNeverOverwritten(@TempDir Path dir) throws IOException {
        Path self = Files.copy(Path.of(profile("small-class1.yaml")), dir.resolve("self.yaml"));
        byte[] before = Files.readAllBytes(self);
        CliTest.check(run("assess", self.toString(), "--out", self.toString()), "self.yaml", "--out", "overwrite");
        Path alias = Files.createSymbolicLink(dir.resolve("alias.yaml"), self.getFileName());
        CliTest.check(run("assess", self.toString(), "--out", alias.toString()), "alias.yaml", "--out", "overwrite");
        Path w = Files.writeString(dir.resolve("w.yaml"), "waivers: []\n");
        CliTest.check(run("assess", self.toString(), "--waivers", w.toString(), "--out", w.toString()), "w.yaml", "--out",
                "overwrite");
        Path t = Files.writeString(dir.resolve("t.yaml"), "name: x\n");
        CliTest.check(run("assess", self.toString(), "--tailoring", t.toString(), "--out", t.toString()), "t.yaml",
                "--out", "overwrite");
        assertThat(Files.readAllBytes(self)).isEqualTo(before);
        assertThat(Files.readString(w)).isEqualTo("waivers: []\n");
    }

    @Test
    void newFilesRespectTheUmaskAndReplacedFilesKeepTheirPermissions(@TempDir Path dir) throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path fresh = dir.resolve("new.json");
        assertThat(run("assess", profile("small-class1.yaml"), "--as-of", AS_OF, "--out", fresh.toString()).code()).isZero();
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(fresh);
        assertThat(perms).as("not 0600: others may read it as with any new file (umask permitting)")
                .contains(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        // what the same process gets for a plain new file is what the report gets
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        assertThat(perms).isEqualTo(Files.getPosixFilePermissions(plain));
        Path shared = Files.writeString(dir.resolve("shared.json"), "old");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
        assertThat(run("assess", profile("small-class1.yaml"), "--as-of", AS_OF, "--out", shared.toString()).code()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rw-rw-r--");
    }

    @Test
    void aReadOnlyFileIsNotReplaced(@TempDir Path dir) throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path ro = Files.writeString(dir.resolve("ro.json"), "keep");
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r--r--r--"));
        CliTest.check(run("assess", profile("small-class1.yaml"), "--as-of", AS_OF, "--out", ro.toString()), "ro.json",
                "--out", "read-only");
        assertThat(Files.readString(ro)).isEqualTo("keep");
    }

    @Test
    void badOutNamesTheRealProblemNotATemporaryFile(@TempDir Path dir) {
        CliTest.Result empty = run("assess", profile("small-class1.yaml"), "--as-of", AS_OF, "--out", "");
        CliTest.check(empty, "<command line>", "--out", "a file name");
        CliTest.Result missing = run("assess", profile("small-class1.yaml"), "--as-of", AS_OF, "--out",
                dir.resolve("nope/x.json").toString());
        CliTest.check(missing, "x.json", "--out", "existing directory");
        assertThat(missing.err()).doesNotContain(".tmp");
        CliTest.Result isDir = run("assess", profile("small-class1.yaml"), "--as-of", AS_OF, "--out", dir.toString());
        CliTest.check(isDir, dir.toString(), "--out", "directory");
    }

    static java.util.List<String> leftovers(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }
}
