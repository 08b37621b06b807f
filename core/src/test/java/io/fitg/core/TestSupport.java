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

    public static Path scenariosDir() {
        return rulesDir().resolve("src/test/scenarios");
    }

    public static Path seedsDir() {
        Path p = dir("fitg.seedsDir", "../../shared/seeds");
        return Files.isDirectory(p) ? p : rulesDir().resolve("src/main/resources/io/fitg/catalog");
    }
}
