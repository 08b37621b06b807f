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
import io.fitg.core.catalog.CompiledCatalogs;
import io.fitg.core.catalog.EvidenceLoader;
import io.fitg.core.policy.Tailorings;
import io.fitg.core.policy.Waivers;
import io.fitg.model.Profile;
import io.fitg.rules.support.Assessment;
import io.fitg.rules.support.Collected;
import io.fitg.rules.support.Decision;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Agenda;
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
 * and the catalogs are built once in the constructor; every {@link #assess} call runs a session from a pool (reset
 * between assessments, one per thread at a time) that fires the agenda groups of the assessed requirements, so one
 * instance is safe to share across threads.
 */
public final class DroolsEngine implements Engine {
    private static final Logger LOG = LoggerFactory.getLogger(DroolsEngine.class);
    public static final String KBASE = "fitg";

    private final KieBase kieBase;
    /**
     * Stateful sessions kept for reuse: a session is reset after each assessment instead of being built anew (its
     * node memories and agenda are kept), and the pool grows with the number of threads assessing at once.
     */
    private final KieSessionsPool pool;
    private final Map<String, Catalog> catalogs = new ConcurrentHashMap<>();
    /** Edition → how its clauses are handed to the rules (with shared decisions, and without for explain). */
    private final Map<String, Plan> plans = new ConcurrentHashMap<>();
    private final Map<String, Plan> unsharedPlans = new ConcurrentHashMap<>();
    /** (edition, requirement keys) → the shared plan restricted to them ({@link #decide}). */
    private final Map<List<Object>, Plan> subsetPlans = new ConcurrentHashMap<>();
    /** Edition → clause id → the 证明材料 of the clause's requirement. */
    private final Map<String, Map<String, List<String>>> evidence = new ConcurrentHashMap<>();
    private final Set<String> ruleNames;
    /** Fact class → whether a built-in rule's pattern can match it ({@link #facts}). */
    private final ClassValue<Boolean> seen;
    private final CustomRules custom;
    private final long kieBaseBuildMillis;
    private final long kieBaseReadyAtMillis;

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
        this.kieBaseReadyAtMillis = System.currentTimeMillis();
        this.kieBaseBuildMillis = (System.nanoTime() - t0) / 1_000_000;
        this.pool = kieBase.newKieSessionsPool(1);
        this.seen = RuleBase.seenBy(kieBase);
        this.ruleNames = kieBase.getKiePackages().stream()
                .flatMap(p -> p.getRules().stream()).map(r -> r.getName()).collect(Collectors.toUnmodifiableSet());
        plan(catalog(AssessmentOptions.CURRENT), true);
        LOG.debug("engine ready in {} ms, {} rules", (System.nanoTime() - t0) / 1_000_000, ruleNames.size());
    }

    /** How long building the KieBase from the executable model took, in milliseconds (start-up diagnostics). */
    public long kieBaseBuildMillis() {
        return kieBaseBuildMillis;
    }

    /** When the KieBase was ready, in {@link System#currentTimeMillis()} terms (start-up diagnostics). */
    public long kieBaseReadyAtMillis() {
        return kieBaseReadyAtMillis;
    }

    /** The built-in KieBase (tests look at how it was built). */
    KieBase kieBase() {
        return kieBase;
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
        return catalogs.computeIfAbsent(ed, e -> {
            // the compiled form when it matches the sources on the class path, else the sources parsed
            CompiledCatalogs.Compiled compiled = CompiledCatalogs.load(e);
            if (compiled == null) {
                return CatalogLoader.load(e);
            }
            evidence.putIfAbsent(e, compiled.evidence());
            return compiled.catalog();
        });
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
        // explain records the matches of one clause's own firing, so it runs without shared decisions
        return run(profile, options, recorder, recorder == null, false);
    }

    /**
     * Assesses as usual ({@code optimised}) or as the plain engine would: without shared decisions ({@link Plan})
     * and with every fact of the profile inserted ({@link #facts}). The reports are the same either way;
     * {@code SharedDecisionsTest} and every scenario case of {@code RuleScenariosTest} hold the rules to it.
     */
    Report assess(Profile profile, AssessmentOptions options, boolean optimised) {
        return run(profile, options, null, optimised, !optimised).report();
    }

    private Run run(Profile profile, AssessmentOptions options, MatchRecorder recorder, boolean share,
                    boolean everyFact) {
        if (profile == null) {
            throw new FitgInputException("<api>", "", "a profile, not null");
        }
        if (options == null) {
            throw new FitgInputException("<api>", "", "assessment options, not null");
        }
        Catalog catalog = catalog(options.edition());
        List<Integer> catalogClasses = catalog.classLevels();
        List<Integer> classes = options.classes().isEmpty() ? catalogClasses : options.classes();
        for (int c : classes) {
            if (!catalogClasses.contains(c)) {
                throw new FitgInputException("<options>", "class",
                        "one of " + catalogClasses + " for edition " + catalog.edition() + ", not " + c);
            }
        }
        Waivers.validate(options.waivers(), catalog, "<waivers>");
        Tailorings.Applied tailoring = Tailorings.validate(options.tailoring(), catalog, "<tailoring>");
        // Every class is decided, so that achievedClass (which looks at classes 1..N) is right whatever the
        // selection; the report lists the findings of the selected classes only.
        Plan plan = plan(catalog, share);
        if (!tailoring.tailoredClauses().isEmpty()) {
            plan = new Plan(plan, tailoring.tailoredClauses(), share);
        }
        Assessment ctx = new Assessment(options.asOf(), catalog.edition(), plan.handedOut);
        List<Object> facts = facts(ctx, profile, everyFact);
        execute(facts, plan, recorder);
        if (!ctx.conflicts().isEmpty()) {
            throw new IllegalStateException("rule set error: " + ctx.conflicts());
        }
        List<Finding> all = findings(plan, ctx.decisions());
        all = Tailorings.apply(all, tailoring);
        all = Waivers.apply(all, options.waivers(), catalog, options.asOf());
        List<Finding> findings = classes.equals(catalogClasses) ? all
                : all.stream().filter(f -> classes.contains(f.classLevel())).toList();
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
                achievedClass(all, catalogClasses), findings, prov, customFindings);
        Completeness.check(catalog, report);
        return new Run(report);
    }

    /**
     * Decides the clauses of the named requirements only (every class of the edition), in catalog order: the other
     * rules are handed no clause and do not fire. No report, waiver or tailoring: this is for benchmarks that set
     * the engine beside hand-written checks of the same requirements, and for tools that re-check a few
     * requirements after an edit. Unknown requirement keys are refused.
     */
    public List<Finding> decide(Profile profile, LocalDate asOf, String edition, Set<String> requirements) {
        if (profile == null || asOf == null || requirements == null) {
            throw new FitgInputException("<api>", "", "a profile, an as-of date and requirement keys, not null");
        }
        Catalog catalog = catalog(edition == null ? AssessmentOptions.CURRENT : edition);
        for (String r : requirements) {
            if (catalog.requirement(r).isEmpty()) {
                throw new FitgInputException("<api>", "requirements", "requirement keys of edition "
                        + catalog.edition() + ", not " + r);
            }
        }
        Plan plan = subsetPlans.computeIfAbsent(List.of(catalog.edition(), Set.copyOf(requirements)),
                k -> new Plan(plan(catalog, true), requirements));
        Assessment ctx = new Assessment(asOf, catalog.edition(), plan.handedOut);
        execute(facts(ctx, profile, false), plan, null);
        Map<String, Decision> decisions = ctx.decisions();
        List<Clause> clauses = catalog.clauses();
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            Clause c = clauses.get(i);
            if (!requirements.contains(c.requirement())) {
                continue;
            }
            Decision d = decisions.get(plan.decidedBy[i]);
            out.add(d == null ? plan.undecided[i] : new Finding(c.id(), c.classLevel(), c.requirement(),
                    c.mandatory(), d.status(), d.message(), d.expected(), d.observed(), d.facts(),
                    plan.evidence.get(i), d.rule(), d.situation(), null));
        }
        return out;
    }

    /**
     * Runs one session: inserts the facts, gives the focus to the agenda group of every requirement the plan hands
     * clauses to (each rule is in the group named after its requirement) and fires. A rule whose group has no focus
     * is never evaluated past the facts' propagation (Drools evaluates a rule's conditions lazily, when its group
     * fires), so a class subset or {@link #decide} on a few requirements costs only their rules. The session comes
     * from the pool and goes back to it on dispose; {@code explain} listens to the events in a session of its own.
     */
    private void execute(List<Object> facts, Plan plan, MatchRecorder recorder) {
        KieSession session = recorder == null ? pool.newKieSession() : kieBase.newKieSession();
        if (recorder != null) {
            session.addEventListener(recorder);
        }
        fire(session, facts, plan);
    }

    /** Inserts the facts, focuses the groups of the plan's requirements, fires and disposes of the session. */
    static int fire(KieSession session, List<Object> facts, Plan plan) {
        try {
            for (Object f : facts) {
                session.insert(f);
            }
            Agenda agenda = session.getAgenda();
            for (String requirement : plan.handedOut.keySet()) {
                agenda.getAgendaGroup(requirement).setFocus();
            }
            return session.fireAllRules();
        } finally {
            session.dispose();
        }
    }

    /**
     * What a built-in session is given: the assessment context, the {@link Collected} lists of the profile's
     * sections, and those of the profile's facts that some rule's pattern can match ({@link RuleBase#seenBy}). The
     * other records (staff members, links, hosts…: about 140 of the model company's 154 facts) reach the rules
     * through their sections, and custom rules, which may match anything, get every fact in a session of their own.
     * With {@code everyFact} every fact of the profile is inserted (the plain engine that tests compare with).
     */
    List<Object> facts(Assessment ctx, Profile profile, boolean everyFact) {
        List<Object> all = new ArrayList<>();
        profile.collect(all::add);
        List<Object> facts = new ArrayList<>();
        facts.add(ctx);
        facts.add(Collected.of(all));
        for (Object o : all) {
            if (everyFact || seen.get(o.getClass())) {
                facts.add(o);
            }
        }
        return facts;
    }

    private List<Finding> runCustom(Profile profile, AssessmentOptions options) {
        io.fitg.rules.support.CustomAssessment ctx = new io.fitg.rules.support.CustomAssessment(options.asOf());
        List<Object> facts = new ArrayList<>();
        facts.add(ctx);
        facts.addAll(profile.facts());
        facts.add(Collected.of(facts)); // every room, branch or section as a list, as the built-in rules bind them
        custom.kieBase().newStatelessKieSession().execute(facts);
        if (!ctx.conflicts().isEmpty()) {
            throw new FitgInputException("<custom rules>", "", "each custom control decided once: " + ctx.conflicts());
        }
        List<Finding> out = new ArrayList<>();
        ctx.decisions().values().stream().sorted(java.util.Comparator.comparing(d -> d.clause().id())).forEach(d ->
                out.add(new Finding(d.clause().id(), 0, d.clause().requirement(), true, d.status(), d.message(),
                        d.expected(), d.observed(), d.facts(), List.of(), d.rule(), d.situation(), null,
                        d.clause().text())));
        return out;
    }

    Plan plan(Catalog catalog, boolean share) {
        return (share ? plans : unsharedPlans).computeIfAbsent(catalog.edition(),
                e -> new Plan(catalog, evidence(catalog), ruleNames, share));
    }

    /** Clause id → evidence documents; the evidence data is written for the current edition's clause ids. */
    private Map<String, List<String>> evidence(Catalog catalog) {
        return evidence.computeIfAbsent(catalog.edition(), e -> AssessmentOptions.CURRENT.equals(e)
                ? Map.copyOf(EvidenceLoader.load().forCatalog(catalog)) : Map.of());
    }

    /** One finding per catalog clause, in catalog order: each takes the decision of its plan's clause. */
    private static List<Finding> findings(Plan plan, Map<String, Decision> decisions) {
        List<Clause> clauses = plan.catalog.clauses();
        Finding[] out = new Finding[clauses.size()];
        for (int i = 0; i < out.length; i++) {
            Decision d = decisions.get(plan.decidedBy[i]);
            if (d == null) {
                out[i] = plan.undecided[i];
            } else {
                Clause c = clauses.get(i);
                out[i] = new Finding(c.id(), c.classLevel(), c.requirement(), c.mandatory(), d.status(), d.message(),
                        d.expected(), d.observed(), d.facts(), plan.evidence.get(i), d.rule(), d.situation(), null);
            }
        }
        return List.of(out);
    }

    /** Highest N such that every mandatory clause of classes 1..N passes; 0 when class 1 is not met. */
    static int achievedClass(List<Finding> findings, List<Integer> classes) {
        // one pass: the classes with a mandatory clause that does not pass
        java.util.BitSet failing = new java.util.BitSet();
        for (Finding f : findings) {
            if (f.mandatory() && !f.status().passes()) {
                failing.set(f.classLevel());
            }
        }
        int achieved = 0;
        int lowest = classes.isEmpty() ? 1 : classes.get(0);
        for (int n = lowest; classes.contains(n); n++) {
            if (failing.get(n)) {
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
