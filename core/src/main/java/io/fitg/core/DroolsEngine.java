package io.fitg.core;

import io.fitg.api.AssessmentOptions;
import io.fitg.api.Catalog;
import io.fitg.api.Clause;
import io.fitg.api.Engine;
import io.fitg.api.Explanation;
import io.fitg.api.Finding;
import io.fitg.api.FitgInputException;
import io.fitg.api.Report;
import io.fitg.api.Status;
import io.fitg.core.catalog.CatalogLoader;
import io.fitg.core.catalog.EvidenceLoader;
import io.fitg.core.policy.Tailorings;
import io.fitg.core.policy.Waivers;
import io.fitg.model.Profile;
import io.fitg.rules.support.Assessment;
import io.fitg.rules.support.Decision;
import org.kie.api.KieBase;
import org.kie.api.runtime.StatelessKieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The Drools implementation of {@link Engine}. The KieBase (executable model, built by the kjar at compile time)
 * and the catalogs are built once in the constructor; every {@link #assess} call uses a fresh stateless session,
 * so one instance is safe to share across threads.
 */
public final class DroolsEngine implements Engine {
    private static final Logger LOG = LoggerFactory.getLogger(DroolsEngine.class);
    public static final String KBASE = "fitg";

    private final KieBase kieBase;
    private final Map<String, Catalog> catalogs = new ConcurrentHashMap<>();
    private final Map<String, Map<Set<Integer>, Map<String, List<Clause>>>> selections = new ConcurrentHashMap<>();
    /** Edition → clause id → the 证明材料 of the clause's requirement. */
    private final Map<String, Map<String, List<String>>> evidence = new ConcurrentHashMap<>();
    private final Set<String> ruleNames;
    private final CustomRules custom;
    private final Map<String, Finding> undecided = new ConcurrentHashMap<>();

    /** The built-in rule set only (sealed): the usual engine. */
    public DroolsEngine() {
        this(null);
    }

    /**
     * The built-in rules plus the caller's own DRL, run in a session of its own over the same facts. Custom
     * findings appear in {@link Report#customFindings()}; the files' SHA-256 are recorded in every report.
     */
    public DroolsEngine(CustomRules custom) {
        this.custom = custom;
        long t0 = System.nanoTime();
        this.kieBase = RuleBase.builtIn();
        this.ruleNames = kieBase.getKiePackages().stream()
                .flatMap(p -> p.getRules().stream()).map(r -> r.getName()).collect(Collectors.toUnmodifiableSet());
        evidence(catalog(AssessmentOptions.CURRENT));
        LOG.debug("engine ready in {} ms, {} rules", (System.nanoTime() - t0) / 1_000_000, ruleNames.size());
    }

    /** Names of every rule in the KieBase. */
    public Set<String> ruleNames() {
        return ruleNames;
    }

    @Override
    public Catalog catalog(String edition) {
        String ed = edition == null ? AssessmentOptions.CURRENT : edition;
        if (!Editions.KNOWN.contains(ed)) {
            throw new FitgInputException("<options>", "edition", "one of " + Editions.KNOWN + ", not '" + ed + "'");
        }
        return catalogs.computeIfAbsent(ed, CatalogLoader::load);
    }

    @Override
    public Report assess(Profile profile, AssessmentOptions options) {
        return run(profile, options, null).report();
    }

    @Override
    public Explanation explain(Profile profile, String clauseId, AssessmentOptions options) {
        Catalog catalog = catalog(options.edition());
        Clause clause = catalog.clause(clauseId).orElseThrow(() -> new FitgInputException("<explain>", "clause",
                "a clause id of the " + catalog.edition() + " edition; there is no clause '" + clauseId + "'"));
        MatchRecorder recorder = new MatchRecorder(clause);
        Report report = run(profile, options.withClasses(List.of(clause.classLevel())), recorder).report();
        Finding finding = report.finding(clauseId).orElseThrow();
        return new Explanation(clause, finding, clause.rule(), RuleSources.source(clause.rule()), recorder.facts());
    }

    private record Run(Report report) {
    }

    private Run run(Profile profile, AssessmentOptions options, MatchRecorder recorder) {
        if (profile == null) {
            throw new FitgInputException("<api>", "", "a profile, not null");
        }
        if (options == null) {
            throw new FitgInputException("<api>", "", "assessment options, not null");
        }
        Catalog catalog = catalog(options.edition());
        List<Integer> classes = options.classes().isEmpty() ? catalog.classLevels() : options.classes();
        for (int c : classes) {
            if (!catalog.classLevels().contains(c)) {
                throw new FitgInputException("<options>", "class",
                        "one of " + catalog.classLevels() + " for edition " + catalog.edition() + ", not " + c);
            }
        }
        Waivers.validate(options.waivers(), catalog, "<waivers>");
        Tailorings.Applied tailoring = Tailorings.validate(options.tailoring(), catalog, "<tailoring>");
        // Every class is decided, so that achievedClass (which looks at classes 1..N) is right whatever the
        // selection; the report lists the findings of the selected classes only.
        Map<String, List<Clause>> byReq = tailoring.tailoredClauses().isEmpty()
                ? selection(catalog, catalog.classLevels())
                : tailoredSelection(catalog, tailoring.tailoredClauses());
        Assessment ctx = new Assessment(options.asOf(), catalog.edition(), byReq);
        List<Object> facts = new ArrayList<>();
        facts.add(ctx);
        facts.addAll(profile.facts());
        StatelessKieSession session = kieBase.newStatelessKieSession();
        if (recorder != null) {
            session.addEventListener(recorder);
        }
        session.execute(facts);
        if (!ctx.conflicts().isEmpty()) {
            throw new IllegalStateException("rule set error: " + ctx.conflicts());
        }
        List<Finding> all = findings(catalog, catalog.classLevels(), ctx.decisions());
        all = Tailorings.apply(all, tailoring);
        all = Waivers.apply(all, options.waivers(), catalog, options.asOf());
        List<Finding> findings = all.stream().filter(f -> classes.contains(f.classLevel())).toList();
        Map<String, String> prov = provenance(catalog);
        List<Finding> customFindings = List.of();
        if (custom != null) {
            customFindings = runCustom(profile, options);
            prov.put("customRules", String.join(", ", CustomRules.describe(custom.sha256())));
        } else {
            prov.put("customRules", "none (built-in rules only)");
        }
        if (tailoring.name() != null) {
            prov.put("tailoring", tailoring.name());
            if (!tailoring.relaxations().isEmpty()) {
                prov.put("relaxations", String.join("; ", tailoring.relaxations()));
            }
        }
        if (!options.waivers().isEmpty()) {
            prov.put("waivers", options.waivers().stream().map(w -> w.id()).collect(Collectors.joining(", ")));
        }
        Report report = new Report(profile.companyName(), catalog.edition(), options.asOf(), classes,
                achievedClass(all, catalog.classLevels()), findings, prov, customFindings);
        Completeness.check(catalog, report);
        return new Run(report);
    }

    private List<Finding> runCustom(Profile profile, AssessmentOptions options) {
        io.fitg.rules.support.CustomAssessment ctx = new io.fitg.rules.support.CustomAssessment(options.asOf());
        List<Object> facts = new ArrayList<>();
        facts.add(ctx);
        facts.addAll(profile.facts());
        custom.kieBase().newStatelessKieSession().execute(facts);
        if (!ctx.conflicts().isEmpty()) {
            throw new FitgInputException("<custom rules>", "", "each custom control decided once: " + ctx.conflicts());
        }
        List<Finding> out = new ArrayList<>();
        ctx.decisions().values().stream().sorted(java.util.Comparator.comparing(d -> d.clause().id())).forEach(d ->
                out.add(new Finding(d.clause().id(), 0, d.clause().requirement(), true, d.status(), d.message(),
                        d.expected(), d.observed(), d.facts(), List.of(), d.rule(), d.situation(), null)));
        return out;
    }

    private static Map<String, List<Clause>> tailoredSelection(Catalog catalog, Map<String, Clause> tailored) {
        Map<String, List<Clause>> m = new LinkedHashMap<>();
        for (Clause c : catalog.clauses()) {
            m.computeIfAbsent(c.requirement(), k -> new ArrayList<>()).add(tailored.getOrDefault(c.id(), c));
        }
        return m;
    }

    private Map<String, List<Clause>> selection(Catalog catalog, List<Integer> classes) {
        return selections.computeIfAbsent(catalog.edition(), e -> new ConcurrentHashMap<>())
                .computeIfAbsent(Set.copyOf(classes), cs -> {
                    Map<String, List<Clause>> m = new LinkedHashMap<>();
                    for (Clause c : catalog.clauses()) {
                        if (cs.contains(c.classLevel())) {
                            m.computeIfAbsent(c.requirement(), k -> new ArrayList<>()).add(c);
                        }
                    }
                    m.replaceAll((k, v) -> List.copyOf(v));
                    return Map.copyOf(m);
                });
    }

    /** Clause id → evidence documents; the evidence data is written for the current edition's clause ids. */
    private Map<String, List<String>> evidence(Catalog catalog) {
        return evidence.computeIfAbsent(catalog.edition(), e -> AssessmentOptions.CURRENT.equals(e)
                ? Map.copyOf(EvidenceLoader.load().forCatalog(catalog)) : Map.of());
    }

    private List<Finding> findings(Catalog catalog, List<Integer> classes, Map<String, Decision> decisions) {
        Map<String, List<String>> docs = evidence(catalog);
        List<Finding> out = new ArrayList<>();
        for (Clause c : catalog.clauses()) {
            if (!classes.contains(c.classLevel())) {
                continue;
            }
            Decision d = decisions.get(c.id());
            if (d == null) {
                out.add(undecided.computeIfAbsent(c.edition() + "/" + c.id(), id -> undecidedFinding(c, docs)));
            } else {
                out.add(new Finding(c.id(), c.classLevel(), c.requirement(), c.mandatory(), d.status(), d.message(),
                        d.expected(), d.observed(), d.facts(), docs.getOrDefault(c.id(), List.of()), d.rule(),
                        d.situation(), null));
            }
        }
        return out;
    }

    /** The finding of a clause no rule decided (the same every time, so it is built once per clause). */
    private Finding undecidedFinding(Clause c, Map<String, List<String>> docs) {
        boolean ruleExists = ruleNames.contains(c.rule());
        String msg = ruleExists
                ? "missing data: the facts rule " + c.rule() + " needs are not in the profile"
                : "no rule decides this clause yet (" + c.rule() + ")";
        return new Finding(c.id(), c.classLevel(), c.requirement(), c.mandatory(), Status.INSUFFICIENT_DATA,
                msg, "", "not stated", List.of(), docs.getOrDefault(c.id(), List.of()), c.rule(), "", null);
    }

    /** Highest N such that every mandatory clause of classes 1..N passes; 0 when class 1 is not met. */
    static int achievedClass(List<Finding> findings, List<Integer> classes) {
        int achieved = 0;
        int lowest = classes.isEmpty() ? 1 : classes.get(0);
        for (int n = lowest; classes.contains(n); n++) {
            final int cls = n;
            boolean ok = findings.stream().filter(f -> f.classLevel() == cls && f.mandatory())
                    .allMatch(f -> f.status().passes());
            if (!ok) {
                break;
            }
            achieved = n;
        }
        return achieved;
    }

    private static Map<String, String> provenance(Catalog catalog) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("engine", "fitg " + Version.VERSION);
        p.put("catalog", catalog.version());
        return p;
    }

    /** A date that is no later than today, for CLI defaults. */
    public static LocalDate today() {
        return LocalDate.now();
    }
}
