package io.fitg.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's chromium, headless, for tests: installs it when missing (as root, with apt-get), runs it with a fresh
 * profile directory and no network-using background services, and returns the DOM after the page's scripts ran.
 */
final class Chromium {
    static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final long LIMIT_SECONDS = 180;

    private Chromium() {
    }

    /** The path of chromium, installing the Debian package first when it is missing. */
    static synchronized Path ensure() throws IOException, InterruptedException {
        if (Files.isExecutable(BINARY)) {
            return BINARY;
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        if (!root) {
            throw new IllegalStateException("chromium is not installed at " + BINARY
                    + " and the tests do not run as root: install it with 'apt-get install -y chromium'");
        }
        run(List.of("apt-get", "install", "-y", "chromium"));
        if (!Files.isExecutable(BINARY)) {
            run(List.of("apt-get", "update"));
            run(List.of("apt-get", "install", "-y", "chromium"));
        }
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException("apt-get could not install chromium");
        }
        return BINARY;
    }

    private static void run(List<String> cmd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("DEBIAN_FRONTEND", "noninteractive");
        Process p = pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(15, TimeUnit.MINUTES)) {
            p.destroyForcibly();
        }
    }

    private static List<String> base(Path profileDir) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(ensure().toString());
        cmd.add("--headless");
        cmd.add("--no-sandbox");
        cmd.add("--disable-gpu");
        cmd.add("--no-first-run");
        cmd.add("--disable-background-networking");
        cmd.add("--disable-component-update");
        cmd.add("--disable-sync");
        cmd.add("--disable-dev-shm-usage");
        cmd.add("--user-data-dir=" + profileDir);
        return cmd;
    }

    /** The serialised DOM of a file (optionally with a URL fragment) once its scripts have run. */
    static String dumpDom(Path html, String fragment) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("fitg-chromium-");
        try {
            List<String> cmd = base(profile);
            cmd.add("--dump-dom");
            cmd.add(html.toUri() + (fragment == null ? "" : "#" + fragment));
            return exec(cmd, profile);
        } finally {
            delete(profile);
        }
    }

    /** A PNG screenshot of a file. */
    static byte[] screenshot(Path html, int width, int height) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("fitg-chromium-");
        Path png = profile.resolve("shot.png");
        try {
            List<String> cmd = base(profile);
            cmd.add("--window-size=" + width + "," + height);
            cmd.add("--hide-scrollbars");
            cmd.add("--screenshot=" + png);
            cmd.add(html.toUri().toString());
            exec(cmd, profile);
            return Files.readAllBytes(png);
        } finally {
            delete(profile);
        }
    }

    private static String exec(List<String> cmd, Path profile) throws IOException, InterruptedException {
        Path out = profile.resolve("stdout.txt");
        Path err = profile.resolve("stderr.txt");
        Process p = new ProcessBuilder(cmd).directory(profile.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("chromium did not finish within " + LIMIT_SECONDS + " s: " + cmd);
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("chromium exited " + p.exitValue() + ": "
                    + Files.readString(err, StandardCharsets.UTF_8));
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
        }
    }
}
