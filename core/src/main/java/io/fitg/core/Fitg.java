package io.fitg.core;

import io.fitg.api.AssessmentOptions;
import io.fitg.api.Engine;
import io.fitg.api.Report;
import io.fitg.core.io.ProfileReader;
import io.fitg.model.Profile;

import java.nio.file.Path;

/**
 * Entry point for embedding code:
 * <pre>
 *   Engine engine = Fitg.engine();                     // built once, shared by every thread
 *   Profile profile = Fitg.readProfile(Path.of("company.yaml"));
 *   Report report = engine.assess(profile, AssessmentOptions.all(LocalDate.now()));
 * </pre>
 */
public final class Fitg {
    private static volatile DroolsEngine shared;

    private Fitg() {
    }

    /** The process-wide engine, built on first use (about a second) and shared afterwards. */
    public static Engine engine() {
        DroolsEngine e = shared;
        if (e == null) {
            synchronized (Fitg.class) {
                e = shared;
                if (e == null) {
                    e = new DroolsEngine();
                    shared = e;
                }
            }
        }
        return e;
    }

    /** Reads and validates a profile (JSON or YAML). */
    public static Profile readProfile(Path file) {
        return new ProfileReader().read(file);
    }

    /**
     * Reads a profile file and assesses it; the report's provenance records the SHA-256 of the file's bytes
     * ({@link Report#PROFILE_SHA256}) besides the engine and catalog versions.
     */
    public static Report assess(Path profileFile, AssessmentOptions options) {
        ProfileReader.Digested<Profile> in = new ProfileReader().readDigested(profileFile);
        return engine().assess(in.value(), options).withProvenance(Report.PROFILE_SHA256, in.sha256());
    }
}
