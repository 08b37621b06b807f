package io.fitg.core;

import io.fitg.api.AssessmentOptions;
import io.fitg.api.Catalog;
import io.fitg.model.Profile;
import io.fitg.rules.support.Assessment;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.internal.utils.KieHelper;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The floor under a warm assessment: what Drools itself costs. The built-in rule set with every consequence emptied
 * (each rule's conditions, agenda group and package unchanged), built from the same DRL through the executable model,
 * run as {@link DroolsEngine} runs a session: the same facts ({@link DroolsEngine#facts}), the same agenda groups
 * focused ({@link Plan#handedOut}), a pooled session, fire, dispose. What a real assessment costs above it is the
 * checks in the consequences, their texts and the findings.
 *
 * <p>It lives in {@code io.fitg.core} (in the benchmarks jar only) to use the engine's own fact selection and plan,
 * so that the floor cannot drift from what the engine does.
 */
public final class DroolsFloor {
    private static final Pattern CONSEQUENCE = Pattern.compile("(?ms)^then\\s*$.*?^end\\s*$");
    private final DroolsEngine engine;
    private final KieSessionsPool pool;
    private final Plan plan;
    private final String edition;
    private final int rules;

    public DroolsFloor(DroolsEngine engine) {
        this.engine = engine;
        String all = RuleSources.read(DroolsFloor.class.getClassLoader(), RuleSources.ALL);
        if (all == null) {
            throw new IllegalStateException("no " + RuleSources.ALL + " on the class path");
        }
        KieHelper helper = new KieHelper();
        // all.drl is the rule files one after another, each from its package line
        String[] files = all.split("(?m)(?=^package )");
        int count = 0;
        for (String file : files) {
            if (file.isBlank()) {
                continue;
            }
            String emptied = CONSEQUENCE.matcher(file).replaceAll("then\nend");
            count += emptied.split("(?m)^rule ").length - 1;
            helper.addContent(emptied, ResourceType.DRL);
        }
        this.rules = count;
        KieBase kieBase = helper.build(ExecutableModelProject.class);
        this.pool = kieBase.newKieSessionsPool(1);
        Catalog catalog = engine.catalog(AssessmentOptions.CURRENT);
        this.edition = catalog.edition();
        this.plan = engine.plan(catalog, true);
    }

    /** The number of rules built (the built-in rule set's count when every file was read). */
    public int rules() {
        return rules;
    }

    /** One session as the engine runs it, with nothing in the consequences; returns the number of rules fired. */
    public int assess(Profile profile, LocalDate asOf) {
        return fire(pool.newKieSession(), profile, asOf);
    }

    /** Runs {@code session} as the engine does ({@link DroolsEngine#fire}) over the profile's facts. */
    int fire(KieSession session, Profile profile, LocalDate asOf) {
        Assessment ctx = new Assessment(asOf, edition, plan.handedOut);
        return DroolsEngine.fire(session, engine.facts(ctx, profile, false), plan);
    }
}
