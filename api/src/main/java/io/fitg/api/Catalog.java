package io.fitg.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The requirement catalog of one edition of the guideline: every clause in the guideline's order, and the
 * definitions of its section 1.4.
 */
public final class Catalog {
    private final String edition;
    private final String version;
    private final List<Clause> clauses;
    private final Map<String, String> definitions;
    private final Map<String, Clause> byId = new LinkedHashMap<>();
    private final Map<String, List<Clause>> byRequirement = new LinkedHashMap<>();
    private final List<Integer> classLevels;

    public Catalog(String edition, String version, List<Clause> clauses, Map<String, String> definitions) {
        this.edition = edition;
        this.version = version;
        this.clauses = List.copyOf(clauses);
        this.definitions = Collections.unmodifiableMap(new LinkedHashMap<>(definitions));
        for (Clause c : this.clauses) {
            if (byId.put(c.id(), c) != null) {
                throw new IllegalArgumentException("duplicate clause id " + c.id());
            }
            byRequirement.computeIfAbsent(c.requirement(), k -> new ArrayList<>()).add(c);
        }
        byRequirement.replaceAll((k, v) -> List.copyOf(v));
        this.classLevels = this.clauses.stream().map(Clause::classLevel).distinct().sorted().toList();
    }

    public String edition() { return edition; }

    /** Version of the catalog and rule set, recorded in every report. */
    public String version() { return version; }

    public List<Clause> clauses() { return clauses; }

    public Map<String, String> definitions() { return definitions; }

    public Optional<Clause> clause(String id) { return Optional.ofNullable(byId.get(id)); }

    public List<Clause> requirement(String key) { return byRequirement.getOrDefault(key, List.of()); }

    /** Requirement keys in the order of their first clause. */
    public List<String> requirements() { return List.copyOf(byRequirement.keySet()); }

    public List<Clause> ofClass(int classLevel) {
        return clauses.stream().filter(c -> c.classLevel() == classLevel).toList();
    }

    /** The class levels this edition has (current: 1–4; earlier: 3 only). */
    public List<Integer> classLevels() {
        return classLevels;
    }
}
