package io.fitg.api;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The result of one assessment: one finding per clause of every assessed class, in catalog order.
 *
 * @param company        company name from the profile
 * @param edition        edition assessed
 * @param asOf           the date every time-based clause was judged against
 * @param classes        the classes assessed, ascending
 * @param achievedClass  highest N whose mandatory clauses of classes 1..N all pass; 0 when class 1 is not met
 * @param findings       the findings in catalog order
 * @param provenance     what produced the report: catalog/rule-set version, input SHA-256, custom rules…
 * @param customFindings findings of the caller's own (custom DRL) controls, under their own ids; never counted in
 *                       {@code achievedClass}
 *                       (provenance is kept sorted by key, so that every writer lists it in the same order)
 */
public record Report(String company, String edition, LocalDate asOf, List<Integer> classes, int achievedClass,
                     List<Finding> findings, Map<String, String> provenance, List<Finding> customFindings) {

    public Report {
        classes = List.copyOf(classes);
        findings = List.copyOf(findings);
        TreeMap<String, String> sorted = new TreeMap<>();
        if (provenance != null) {
            provenance.forEach((k, v) -> sorted.put(Objects.requireNonNull(k), Objects.requireNonNull(v, k)));
        }
        provenance = Collections.unmodifiableMap(sorted);
        customFindings = customFindings == null ? List.of() : List.copyOf(customFindings);
    }

    public Report(String company, String edition, LocalDate asOf, List<Integer> classes, int achievedClass,
                  List<Finding> findings, Map<String, String> provenance) {
        this(company, edition, asOf, classes, achievedClass, findings, provenance, List.of());
    }

    /** Well-known provenance keys. */
    public static final String ENGINE = "engine";
    public static final String CATALOG = "catalog";
    /** SHA-256 (hex) of the profile file's bytes, added where a file was read. */
    public static final String PROFILE_SHA256 = "profileSha256";

    /** The same report with more provenance entries (added or replaced). */
    public Report withProvenance(Map<String, String> more) {
        Map<String, String> p = new TreeMap<>(provenance);
        p.putAll(more);
        return new Report(company, edition, asOf, classes, achievedClass, findings, p, customFindings);
    }

    /** The same report with one more provenance entry (or a replaced one). */
    public Report withProvenance(String key, String value) {
        return withProvenance(Map.of(key, value));
    }

    public Optional<Finding> finding(String clauseId) {
        return findings.stream().filter(f -> f.clause().equals(clauseId)).findFirst();
    }

    public Status status(String clauseId) {
        return finding(clauseId).map(Finding::status)
                .orElseThrow(() -> new IllegalArgumentException("no finding for clause " + clauseId));
    }

    /** Counts per class and status, every status present (zero where none). */
    public Map<Integer, Map<Status, Integer>> summary() {
        Map<Integer, Map<Status, Integer>> out = new TreeMap<>();
        for (int c : classes) {
            Map<Status, Integer> m = new EnumMap<>(Status.class);
            for (Status s : Status.values()) {
                m.put(s, 0);
            }
            out.put(c, m);
        }
        for (Finding f : findings) {
            out.get(f.classLevel()).merge(f.status(), 1, Integer::sum);
        }
        return out;
    }

    /** Mandatory clauses of class {@code classLevel} that do not pass: what stands in the way of that class. */
    public List<Finding> blockers(int classLevel) {
        return findings.stream().filter(f -> f.classLevel() == classLevel && f.mandatory() && !f.status().passes())
                .toList();
    }
}
