package io.fitg.core.catalog;

import io.fitg.api.Catalog;
import io.fitg.api.Clause;
import io.fitg.core.catalog.EvidenceLoader.EarlierClause;
import io.fitg.core.catalog.EvidenceLoader.Mapping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The evidence (证明材料) data, keyed by clause id. A clause's own documents are the items of the earlier clauses
 * mapped to it, the items written for it, and the documents of the class-3 clause it is the same as; every clause
 * of a requirement takes the union of the own documents of all the requirement's clauses.
 */
public final class Evidence {
    private final List<EarlierClause> earlier;
    private final Map<String, Mapping> mappings;
    private final Map<String, List<String>> written;
    private final Map<String, String> sameAs;
    private final Map<String, List<String>> fromEarlier = new LinkedHashMap<>();

    Evidence(List<EarlierClause> earlier, Map<String, Mapping> mappings, Map<String, List<String>> written,
             Map<String, String> sameAs) {
        this.earlier = List.copyOf(earlier);
        // file order kept (Map.copyOf would iterate in a per-JVM random order)
        this.mappings = Collections.unmodifiableMap(new LinkedHashMap<>(mappings));
        this.written = Collections.unmodifiableMap(new LinkedHashMap<>(written));
        this.sameAs = Collections.unmodifiableMap(new LinkedHashMap<>(sameAs));
        for (EarlierClause e : this.earlier) {
            Mapping m = mappings.get(e.id());
            if (m != null && m.current() != null) {
                fromEarlier.computeIfAbsent(m.current(), k -> new ArrayList<>()).addAll(e.evidence());
            }
        }
    }

    /** The clauses of the earlier template, in its order. */
    public List<EarlierClause> earlier() {
        return earlier;
    }

    /** Earlier clause id → where it went in the current edition. */
    public Map<String, Mapping> mappings() {
        return mappings;
    }

    /** Lists written for current clause ids. */
    public Map<String, List<String>> written() {
        return written;
    }

    /** Clause of class 1, 2 or 4 → the class-3 clause that states the same requirement. */
    public Map<String, String> sameAs() {
        return sameAs;
    }

    /** The clause's own documents (before the requirement's union); empty when the data has none for it. */
    public List<String> own(String clauseId) {
        Set<String> out = new LinkedHashSet<>();
        collect(clauseId, out, new HashSet<>());
        return List.copyOf(out);
    }

    private void collect(String id, Set<String> out, Set<String> seen) {
        if (!seen.add(id)) {
            return;
        }
        out.addAll(fromEarlier.getOrDefault(id, List.of()));
        out.addAll(written.getOrDefault(id, List.of()));
        String same = sameAs.get(id);
        if (same != null) {
            collect(same, out, seen);
        }
    }

    /**
     * Clause id → the evidence of its requirement, for every clause of the catalog, resolved against the catalog's
     * current grouping of clauses into requirements.
     */
    public Map<String, List<String>> forCatalog(Catalog catalog) {
        Map<String, List<String>> byRequirement = new LinkedHashMap<>();
        for (String key : catalog.requirements()) {
            Set<String> docs = new LinkedHashSet<>();
            for (Clause c : catalog.requirement(key)) {
                docs.addAll(own(c.id()));
            }
            byRequirement.put(key, List.copyOf(docs));
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Clause c : catalog.clauses()) {
            out.put(c.id(), byRequirement.getOrDefault(c.requirement(), List.of()));
        }
        return out;
    }
}
