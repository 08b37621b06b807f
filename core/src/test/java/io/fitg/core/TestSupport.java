package io.fitg.core;

import java.nio.file.Files;
import java.nio.file.Path;

/** Shared test fixtures: one engine for the whole test JVM, and the project's folders. */
public final class TestSupport {
    private static DroolsEngine engine;

    private TestSupport() {
    }

    public static synchronized DroolsEngine engine() {
        if (engine == null) {
            engine = new DroolsEngine();
        }
        return engine;
    }

    private static Path dir(String property, String fallback) {
        String v = System.getProperty(property);
        Path p = Path.of(v != null ? v : fallback).toAbsolutePath().normalize();
        return p;
    }

    public static Path profilesDir() {
        return dir("fitg.profilesDir", "../examples/profiles");
    }

    public static Path rulesDir() {
        return dir("fitg.rulesDir", "../rules-drl");
    }

    /** Every DRL file of the built-in rule set with its text, in path order. */
    public static java.util.SortedMap<Path, String> drlSources() throws java.io.IOException {
        java.util.SortedMap<Path, String> out = new java.util.TreeMap<>();
        try (var files = Files.walk(rulesDir().resolve("src/main/resources"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".drl")).toList()) {
                out.put(f, Files.readString(f, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    public static Path scenariosDir() {
        return rulesDir().resolve("src/test/scenarios");
    }

    public static Path seedsDir() {
        Path p = dir("fitg.seedsDir", "../../shared/seeds");
        return Files.isDirectory(p) ? p : rulesDir().resolve("src/main/resources/io/fitg/catalog");
    }
}
