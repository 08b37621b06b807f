package io.fitg.core;

import java.util.List;

/**
 * The editions of the guideline fitg knows: {@code current} (classes 1–4, 771 clauses) and {@code earlier} (the
 * earlier edition's class-3 requirements, 187 clauses). Both are decided by the same rule set: a requirement the
 * editions share is one rule, with each edition's parameters on its clauses (see docs/editions.md).
 */
public final class Editions {
    public static final String CURRENT = "current";
    public static final String EARLIER = "earlier";
    public static final List<String> KNOWN = List.of(CURRENT, EARLIER);

    private Editions() {
    }
}
