package io.fitg.core;

import io.fitg.bench.Profiles;
import io.fitg.model.Profile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The floor benchmark measures the built-in rule set's own network: every rule is there, and with the same facts and
 * focus exactly the rules fire that fire in the engine's KieBase (the conditions are unchanged; only the
 * consequences are empty).
 */
class DroolsFloorTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 21);
    static DroolsEngine engine;
    static DroolsFloor floor;

    @BeforeAll
    static void build() {
        engine = new DroolsEngine();
        floor = new DroolsFloor(engine);
    }

    @Test
    void everyBuiltInRuleIsInTheFloor() {
        assertThat(floor.rules()).isEqualTo(engine.ruleNames().size()).isGreaterThan(200);
    }

    @Test
    void theSameRulesFireAsInTheEngine() {
        for (Profile p : Profiles.samples()) {
            int real = floor.fire(engine.kieBase().newKieSession(), p, AS_OF);
            assertThat(floor.assess(p, AS_OF)).as(p.companyName()).isEqualTo(real).isPositive();
        }
    }
}
