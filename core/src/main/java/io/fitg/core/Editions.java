package io.fitg.core;

import java.util.List;

/** The editions of the guideline fitg knows. */
public final class Editions {
    public static final String CURRENT = "current";
    public static final String EARLIER = "earlier";
    public static final List<String> KNOWN = List.of(CURRENT);

    private Editions() {
    }
}
