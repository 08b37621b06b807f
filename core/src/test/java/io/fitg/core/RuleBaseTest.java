package io.fitg.core;

import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.rule.TypeDeclaration;
import io.fitg.core.io.ProfileReader;
import io.fitg.model.Profile;
import io.fitg.model.company.Company;
import io.fitg.model.management.Management;
import io.fitg.model.management.StaffMember;
import io.fitg.rules.support.Assessment;
import io.fitg.rules.support.Collected;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.conf.PropertySpecificOption;
import org.kie.internal.builder.conf.DefaultDialectOption;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the built-in KieBase is built and fed: from the executable model, with property reactivity off, and given
 * only the facts some pattern can match. Reactivity off is safe only while no rule changes the working memory (a
 * {@code modify} would then re-evaluate every pattern of the type, which is still correct, but reactivity is what a
 * rule set that modifies would expect), so this test also keeps every consequence free of
 * modify/update/insert/delete. That the reports do not change with every fact inserted is checked on every
 * scenario case ({@code RuleScenariosTest}).
 */
class RuleBaseTest {

    @Test
    void theBuildOptionsTurnPropertyReactivityOffAndNothingElse() {
        RuleBase.NoPropertyReactivity conf = RuleBase.NoPropertyReactivity.INSTANCE;
        assertThat(conf.getOption(PropertySpecificOption.KEY)).isEqualTo(PropertySpecificOption.DISABLED);
        assertThat(conf.getOption(DefaultDialectOption.KEY)).isNull();
        assertThat(conf.getProperty("drools.propertySpecific")).isNull();
    }

    @Test
    void noFactTypeOfTheBuiltInKieBaseIsPropertyReactive() {
        KieBase kieBase = RuleBase.builtIn();
        List<TypeDeclaration> types = new ArrayList<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            types.addAll(((InternalKnowledgePackage) p).getTypeDeclarations().values());
        }
        assertThat(types).as("type declarations of the rules' fact types").isNotEmpty()
                .noneMatch(TypeDeclaration::isPropertyReactive);
        assertThat(kieBase.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum()).isGreaterThan(200);
    }

    @Test
    void aSessionGetsTheFactsSomePatternCanMatch() throws IOException {
        ClassValue<Boolean> seen = RuleBase.seenBy(TestSupport.engine().kieBase());
        assertThat(seen.get(Company.class)).isTrue();
        assertThat(seen.get(Collected.class)).isTrue();
        assertThat(seen.get(Assessment.class)).isTrue();
        assertThat(seen.get(StaffMember.class)).as("read through Management.staff(), never matched").isFalse();
        assertThat(seen.get(String.class)).isFalse();

        Profile model = new ProfileReader().read(TestSupport.profilesDir().resolve("model-class4.yaml"));
        Assessment ctx = new Assessment(LocalDate.of(2026, 11, 21), "current", Map.of());
        List<Object> facts = TestSupport.engine().facts(ctx, model, false);
        List<Object> every = TestSupport.engine().facts(ctx, model, true);
        assertThat(facts).first().isSameAs(ctx);
        assertThat(facts).hasAtLeastOneElementOfType(Collected.class).hasAtLeastOneElementOfType(Company.class)
                .hasAtLeastOneElementOfType(Management.class).noneMatch(StaffMember.class::isInstance);
        assertThat(every).anyMatch(StaffMember.class::isInstance);
        assertThat(every).hasSize(model.facts().size() + 2);
        assertThat(every.stream().filter(f -> !(f instanceof Collected)).toList())
                .as("every fact a session gets is the profile's").containsAll(facts.stream()
                        .filter(f -> !(f instanceof Collected)).toList());
        assertThat(facts.size()).isLessThan(every.size() / 4);
    }

    @Test
    void eachRuleIsInTheAgendaGroupOfItsRequirementAndOnlyFocusedGroupsFire() throws IOException {
        Pattern rule = Pattern.compile("(?ms)^\\s*rule\\s+\"([^\"]+)\"\\s*\\n\\s*agenda-group\\s+\"([^\"]+)\"");
        int rules = 0;
        for (var e : TestSupport.drlSources().entrySet()) {
            String drl = e.getValue();
            Matcher m = rule.matcher(drl);
            int grouped = 0;
            while (m.find()) {
                grouped++;
                assertThat(m.group(2)).as("the agenda group of rule %s", m.group(1)).isEqualTo(m.group(1));
            }
            assertThat(grouped).as("every rule of %s names its agenda group first", e.getKey().getFileName())
                    .isEqualTo(Pattern.compile("(?m)^\\s*rule\\s+\"").matcher(drl).results().count());
            rules += grouped;
        }
        assertThat(rules).isGreaterThan(200);

        Profile model = new ProfileReader().read(TestSupport.profilesDir().resolve("model-class4.yaml"));
        assertThat(fired(model, List.of())).as("no group focused: no rule fires").isEmpty();
        assertThat(fired(model, List.of("management.tech-staff-ratio", "machine-room.floor-load")))
                .containsExactlyInAnyOrder("management.tech-staff-ratio", "machine-room.floor-load");
    }

    /** The rules that fire for the model company when only {@code groups} get the focus. */
    private static List<String> fired(Profile profile, List<String> groups) {
        DroolsEngine engine = TestSupport.engine();
        Plan plan = new Plan(engine.catalog("current"), Map.of(), engine.ruleNames(), true);
        Assessment ctx = new Assessment(LocalDate.of(2026, 11, 21), "current", plan.handedOut);
        KieSession session = engine.kieBase().newKieSession();
        List<String> fired = new ArrayList<>();
        try {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired.add(event.getMatch().getRule().getName());
                }
            });
            engine.facts(ctx, profile, false).forEach(session::insert);
            groups.forEach(g -> session.getAgenda().getAgendaGroup(g).setFocus());
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        return fired;
    }

    @Test
    void noRuleChangesTheWorkingMemory() throws IOException {
        Pattern consequence = Pattern.compile("(?ms)^\\s*rule\\s+\"([^\"]+)\".*?^\\s*then(.*?)^\\s*end\\b");
        Pattern change = Pattern.compile("\\b(modify|update|insert|insertLogical|delete|retract)\\s*\\(");
        List<String> offenders = new ArrayList<>();
        int rules = 0;
        for (String drl : TestSupport.drlSources().values()) {
            Matcher m = consequence.matcher(drl);
            while (m.find()) {
                rules++;
                String body = m.group(2).replaceAll("//[^\n]*", "");
                if (change.matcher(body).find()) {
                    offenders.add(m.group(1));
                }
            }
        }
        assertThat(rules).isGreaterThan(200);
        assertThat(offenders).isEmpty();
        assertThat(change.matcher("modify($m) { setX(1) }").find()).as("the pattern sees a modify").isTrue();
    }
}
