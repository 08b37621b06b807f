package io.fitg.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fitg.api.AssessmentOptions;
import io.fitg.api.Engine;
import io.fitg.api.Finding;
import io.fitg.api.FitgInputException;
import io.fitg.api.Report;
import io.fitg.api.Status;
import io.fitg.core.io.ProfileReader;
import io.fitg.model.Profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Reads scenario files and runs their cases on an engine, recording which statuses each rule and clause reached
 * (rule coverage).
 *
 * <pre>
 * requirement: management.tech-staff-ratio
 * base: model-class4            # a profile in the profiles folder, or a path relative to this file
 * asOf: 2026-11-21
 * edition: earlier              # optional: the edition of every case (default current); a case may set its own
 * cases:
 *   - name: exactly 8% complies (不少于 includes the number)
 *     patch:
 *       - set: {path: company.hqHeadcount, value: 250}
 *     expect: {2.1.1.2: COMPLIANT, 5.1.1.2: COMPLIANT}
 * </pre>
 */
public final class ScenarioRunner {
    private final Engine engine;
    private final Path profilesDir;
    private final ProfileReader reader = new ProfileReader();
    private final ObjectMapper yaml = new YAMLMapper();
    private final Map<String, ObjectNode> baseCache = new ConcurrentHashMap<>();
    /** rule → statuses reached; clause → statuses reached. */
    private final Map<String, Set<Status>> ruleCoverage = new ConcurrentHashMap<>();
    private final Map<String, Set<Status>> clauseCoverage = new ConcurrentHashMap<>();
    /** edition → clause → statuses reached (clause ids repeat across editions). */
    private final Map<String, Map<String, Set<Status>>> editionCoverage = new ConcurrentHashMap<>();

    public ScenarioRunner(Engine engine, Path profilesDir) {
        this.engine = engine;
        this.profilesDir = profilesDir;
    }

    /** Every {@code *.yaml}/{@code *.yml} scenario file below {@code dir}, sorted by path. */
    public static List<Path> find(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new FitgInputException(dir.toString(), "", "a readable folder of scenario files");
        }
    }

    public Scenario load(Path file) {
        JsonNode root;
        try {
            root = yaml.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new FitgInputException(file.toString(), "", "a readable YAML scenario file (" + e.getMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new FitgInputException(file.toString(), "", "a YAML object with base/profile and cases");
        }
        ObjectNode base;
        if (root.has("profile")) {
            base = (ObjectNode) root.get("profile").deepCopy();
        } else if (root.has("base")) {
            base = baseProfile(file, root.get("base").asText()).deepCopy();
        } else {
            throw new FitgInputException(file.toString(), "", "either 'base' (a profile name or path) or 'profile' (inline)");
        }
        LocalDate asOf = root.has("asOf") ? date(file, "asOf", root.get("asOf")) : LocalDate.of(2026, 11, 21);
        // edition: at the top is the default of every case; a case's own edition: overrides it
        String edition = root.path("edition").asText("current");
        List<Scenario.Case> cases = new ArrayList<>();
        JsonNode cs = root.path("cases");
        if (!cs.isArray() || cs.isEmpty()) {
            throw new FitgInputException(file.toString(), "cases", "a non-empty list of cases");
        }
        int i = 0;
        for (JsonNode c : cs) {
            String where = "cases[" + i++ + "]";
            List<JsonNode> patch = new ArrayList<>();
            c.path("patch").forEach(patch::add);
            Map<String, Status> expect = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = c.path("expect").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                try {
                    expect.put(e.getKey(), Status.valueOf(e.getValue().asText()));
                } catch (IllegalArgumentException ex) {
                    throw new FitgInputException(file.toString(), where + ".expect." + e.getKey(),
                            "one of " + EnumSet.allOf(Status.class) + ", not '" + e.getValue().asText() + "'");
                }
            }
            if (expect.isEmpty()) {
                throw new FitgInputException(file.toString(), where + ".expect", "at least one clause id: STATUS");
            }
            LocalDate caseDate = c.has("asOf") ? date(file, where + ".asOf", c.get("asOf")) : asOf;
            cases.add(new Scenario.Case(c.path("name").asText(where), patch, caseDate,
                    c.path("edition").asText(edition), expect));
        }
        return new Scenario(file, root.path("requirement").asText(null), base, asOf, List.copyOf(cases));
    }

    private static LocalDate date(Path file, String path, JsonNode n) {
        try {
            return LocalDate.parse(n.asText());
        } catch (RuntimeException e) {
            throw new FitgInputException(file.toString(), path, "a date written YYYY-MM-DD");
        }
    }

    private ObjectNode baseProfile(Path scenarioFile, String base) {
        Path p;
        if (base.contains("/") || base.endsWith(".yaml") || base.endsWith(".json")) {
            p = scenarioFile.getParent().resolve(base).normalize();
        } else {
            p = profilesDir.resolve(base + ".yaml");
        }
        final Path resolved = p;
        return baseCache.computeIfAbsent(resolved.toAbsolutePath().toString(), k -> {
            try {
                JsonNode n = yaml.readTree(Files.readString(resolved, StandardCharsets.UTF_8));
                return (ObjectNode) n;
            } catch (IOException e) {
                throw new FitgInputException(scenarioFile.toString(), "base", "an existing profile (" + resolved + ")");
            }
        });
    }

    /** The outcome of one case: the mismatches (empty when it passed) and the report. */
    public record Outcome(Scenario.Case testCase, List<String> mismatches, Report report) {
        public boolean passed() {
            return mismatches.isEmpty();
        }
    }

    /** Runs one case: applies the patch to a copy of the base, assesses every class, compares. */
    public Outcome run(Scenario s, Scenario.Case c) {
        ObjectNode tree = s.base().deepCopy();
        for (JsonNode op : c.patch()) {
            try {
                Patch.apply(tree, op);
            } catch (RuntimeException e) {
                throw new FitgInputException(s.file().toString(), "cases[" + c.name() + "].patch",
                        "a valid patch operation: " + e.getMessage());
            }
        }
        Profile profile = reader.fromTree(tree, s.file() + " (case '" + c.name() + "')", Profile.class);
        Report report = engine.assess(profile, new AssessmentOptions(List.of(), c.asOf(), c.edition()));
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, Status> e : c.expect().entrySet()) {
            Finding f = report.finding(e.getKey()).orElse(null);
            if (f == null) {
                mismatches.add(e.getKey() + ": no such clause in the report");
            } else if (f.status() != e.getValue()) {
                mismatches.add(e.getKey() + ": expected " + e.getValue() + " but was " + f.status() + " — "
                        + f.message() + (f.expected().isEmpty() ? "" : " [expected: " + f.expected() + "]")
                        + (f.observed().isEmpty() ? "" : " [observed: " + f.observed() + "]"));
            }
        }
        for (Finding f : report.findings()) {
            if (c.expect().containsKey(f.clause())) {
                ruleCoverage.computeIfAbsent(f.rule(), k -> ConcurrentHashMap.newKeySet()).add(f.status());
                clauseCoverage.computeIfAbsent(f.clause(), k -> ConcurrentHashMap.newKeySet()).add(f.status());
                editionCoverage.computeIfAbsent(report.edition(), k -> new ConcurrentHashMap<>())
                        .computeIfAbsent(f.clause(), k -> ConcurrentHashMap.newKeySet()).add(f.status());
            }
        }
        return new Outcome(c, List.copyOf(mismatches), report);
    }

    /** Statuses each rule reached on the clauses scenarios named, sorted by rule. */
    public Map<String, Set<Status>> ruleCoverage() {
        Map<String, Set<Status>> m = new TreeMap<>();
        ruleCoverage.forEach((k, v) -> m.put(k, EnumSet.copyOf(v)));
        return m;
    }

    /** Statuses each clause of one edition reached when a scenario assessing that edition named it. */
    public Map<String, Set<Status>> clauseCoverage(String edition) {
        Map<String, Set<Status>> m = new TreeMap<>();
        editionCoverage.getOrDefault(edition, Map.of()).forEach((k, v) -> m.put(k, EnumSet.copyOf(v)));
        return m;
    }

    /** Statuses each clause reached when a scenario named it. */
    public Map<String, Set<Status>> clauseCoverage() {
        Map<String, Set<Status>> m = new TreeMap<>();
        clauseCoverage.forEach((k, v) -> m.put(k, EnumSet.copyOf(v)));
        return m;
    }
}
