package io.fitg.core;

/** The fitg version recorded in every report. */
public final class Version {
    public static final String VERSION = "0.1.0";

    private Version() {
    }
}
