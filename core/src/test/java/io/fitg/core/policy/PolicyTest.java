package io.fitg.core.policy;

import io.fitg.api.AssessmentOptions;
import io.fitg.api.Catalog;
import io.fitg.api.FitgInputException;
import io.fitg.api.Report;
import io.fitg.api.Status;
import io.fitg.api.Tailoring;
import io.fitg.api.Waiver;
import io.fitg.core.DroolsEngine;
import io.fitg.core.TestSupport;
import io.fitg.core.io.ProfileReader;
import io.fitg.model.Profile;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Waivers and tailoring, on the real engine and catalog (x.1.1.2: HQ tech staff >= 8% of HQ headcount). */
class PolicyTest {
    static final DroolsEngine ENGINE = TestSupport.engine();
    static final Catalog CATALOG = ENGINE.catalog("current");
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 21);

    /** The model company with 20 HQ tech staff and the given HQ headcount. */
    static Profile model(int hq) {
        Profile p = new ProfileReader().read(TestSupport.profilesDir().resolve("model-class4.yaml"));
        return new Profile(new io.fitg.model.company.Company(p.company().name(), hq, p.company().continuousTrading(),
                p.company().machineRoomHosted(), p.company().hostMaintainsInfrastructure(),
                p.company().internetAccountOpening(), p.company().usesWindows(), p.company().usesAutomatedOpsTools(),
                p.company().onlineTrading(), p.company().hasWebsite(), p.company().websiteTrading(),
                p.company().customerTradingArea()), p.management(), p.machineRooms(), p.trading(), p.security(),
                p.operations(), p.backup(), p.maintenance(), p.branches());
    }

    static Waiver waiver(String clause, LocalDate expires, Boolean mandatory) {
        return new Waiver("W-1", List.of(clause), List.of(), "headcount grows after the merger", "CIO 王总", expires, mandatory);
    }

    @Test
    void aWaiverInForceTurnsAFailureIntoWaived() {
        Report r = ENGINE.assess(model(300), AssessmentOptions.all(AS_OF)
                .withWaivers(List.of(waiver("2.1.1.2", AS_OF, true))));
        assertThat(r.status("2.1.1.2")).isEqualTo(Status.WAIVED);
        assertThat(r.finding("2.1.1.2").orElseThrow().waiver()).isEqualTo("W-1");
        assertThat(r.finding("2.1.1.2").orElseThrow().message()).contains("W-1").contains("CIO 王总").contains("NON_COMPLIANT");
        assertThat(r.status("3.1.1.2")).isEqualTo(Status.NON_COMPLIANT);
        assertThat(r.provenance()).containsEntry("waivers", "W-1");
    }

    @Test
    void anExpiredWaiverNoLongerAppliesAndTheReportSaysSo() {
        Report r = ENGINE.assess(model(300), AssessmentOptions.all(AS_OF)
                .withWaivers(List.of(waiver("2.1.1.2", AS_OF.minusDays(1), true))));
        assertThat(r.status("2.1.1.2")).isEqualTo(Status.NON_COMPLIANT);
        assertThat(r.finding("2.1.1.2").orElseThrow().waiver()).contains("expired on 2026-11-20");
        assertThat(r.finding("2.1.1.2").orElseThrow().message()).contains("expired");
    }

    @Test
    void aWaiverDoesNotChangeACompliantFinding() {
        Report r = ENGINE.assess(model(200), AssessmentOptions.all(AS_OF)
                .withWaivers(List.of(waiver("2.1.1.2", AS_OF, true))));
        assertThat(r.status("2.1.1.2")).isEqualTo(Status.COMPLIANT);
    }

    @Test
    void requirementKeysCoverEveryClassOfTheRequirement() {
        Waiver w = new Waiver("W-2", List.of(), List.of("management.tech-staff-ratio"), "j", "a", AS_OF, true);
        Report r = ENGINE.assess(model(300), AssessmentOptions.all(AS_OF).withWaivers(List.of(w)));
        assertThat(List.of("2.1.1.2", "3.1.1.2", "4.1.1.2", "5.1.1.2")).allSatisfy(id ->
                assertThat(r.status(id)).isEqualTo(Status.WAIVED));
    }

    @Test
    void waiversAreRejectedAtLoad() {
        assertThatThrownBy(() -> Waivers.validate(List.of(waiver("9.9.9.9", AS_OF, true)), CATALOG, "w.yaml"))
                .isInstanceOf(FitgInputException.class).hasMessageContaining("w.yaml")
                .hasMessageContaining("waivers[0].clauses[0]").hasMessageContaining("no clause '9.9.9.9'");
        Waiver noJustification = new Waiver("W", List.of("2.1.1.2"), List.of(), " ", "a", AS_OF, true);
        assertThatThrownBy(() -> Waivers.validate(List.of(noJustification), CATALOG, "w.yaml"))
                .hasMessageContaining("waivers[0].justification");
        assertThatThrownBy(() -> Waivers.validate(List.of(waiver("2.1.1.2", AS_OF, null)), CATALOG, "w.yaml"))
                .hasMessageContaining("waivers[0].mandatory").hasMessageContaining("mandatory clause 2.1.1.2");
        Waiver noExpiry = new Waiver("W", List.of("2.1.1.2"), List.of(), "j", "a", null, true);
        assertThatThrownBy(() -> Waivers.validate(List.of(noExpiry), CATALOG, "w.yaml")).hasMessageContaining("expires");
        Waiver unknownReq = new Waiver("W", List.of(), List.of("nope"), "j", "a", AS_OF, true);
        assertThatThrownBy(() -> Waivers.validate(List.of(unknownReq), CATALOG, "w.yaml"))
                .hasMessageContaining("waivers[0].requirements[0]");
    }

    static Tailoring stricter(BigDecimal pct, Boolean relaxation) {
        return new Tailoring("ACME internal", List.of(new Tailoring.Threshold(null, "management.tech-staff-ratio",
                Map.of("minPercent", pct), "our own policy", relaxation)), List.of());
    }

    @Test
    void aStricterThresholdApplies() {
        // 20 of 200 = 10%: meets the guideline's 8%, and exactly the tailored 10%; 20 of 201 misses 10%
        Report at = ENGINE.assess(model(200), AssessmentOptions.all(AS_OF).withTailoring(stricter(BigDecimal.TEN, null)));
        assertThat(at.status("2.1.1.2")).isEqualTo(Status.COMPLIANT);
        Report below = ENGINE.assess(model(201), AssessmentOptions.all(AS_OF).withTailoring(stricter(BigDecimal.TEN, null)));
        assertThat(below.status("2.1.1.2")).isEqualTo(Status.NON_COMPLIANT);
        assertThat(below.finding("2.1.1.2").orElseThrow().message()).contains("tailored by ACME internal")
                .contains("minPercent 10 instead of 8");
        assertThat(below.finding("2.1.1.2").orElseThrow().expected()).contains("10%");
        assertThat(below.provenance()).containsEntry("tailoring", "ACME internal").doesNotContainKey("relaxations");
    }

    @Test
    void aRelaxationIsRefusedUnlessMarkedAndThenShown() {
        assertThatThrownBy(() -> Tailorings.validate(stricter(BigDecimal.valueOf(5), null), CATALOG, "t.yaml"))
                .isInstanceOf(FitgInputException.class).hasMessageContaining("t.yaml")
                .hasMessageContaining("thresholds[0].params.minPercent").hasMessageContaining("relaxes");
        Report r = ENGINE.assess(model(300), AssessmentOptions.all(AS_OF)
                .withTailoring(stricter(BigDecimal.valueOf(5), true)));
        assertThat(r.status("2.1.1.2")).isEqualTo(Status.COMPLIANT);
        assertThat(r.provenance().get("relaxations")).contains("2.1.1.2").contains("RELAXATION");
    }

    @Test
    void outOfScopeNeedsAReasonAndMandatoryOnesAreRelaxations() {
        Tailoring oosMandatory = new Tailoring("t", List.of(), List.of(
                new Tailoring.OutOfScope("2.1.1.2", null, "no HQ", null)));
        assertThatThrownBy(() -> Tailorings.validate(oosMandatory, CATALOG, "t.yaml")).hasMessageContaining("mandatory");
        Tailoring noReason = new Tailoring("t", List.of(), List.of(new Tailoring.OutOfScope("2.1.1.2", null, null, true)));
        assertThatThrownBy(() -> Tailorings.validate(noReason, CATALOG, "t.yaml")).hasMessageContaining("outOfScope[0].reason");
        Tailoring marked = new Tailoring("t", List.of(), List.of(new Tailoring.OutOfScope("2.1.1.2", null, "no HQ", true)));
        Report r = ENGINE.assess(model(300), AssessmentOptions.all(AS_OF).withTailoring(marked));
        assertThat(r.status("2.1.1.2")).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(r.finding("2.1.1.2").orElseThrow().message()).startsWith("out of scope by tailoring t (RELAXATION): no HQ")
                .contains("rule said");
        assertThat(r.finding("2.1.1.2").orElseThrow().situation()).isEqualTo("经裁剪列为不适用（t）：no HQ");
        assertThat(r.provenance().get("relaxations")).contains("2.1.1.2: out of scope");
        assertThat(r.provenance().get("tailoring")).isEqualTo("t");
    }

    @Test
    void aPercentageParameterCannotExceedAHundred() {
        assertThatThrownBy(() -> Tailorings.validate(stricter(BigDecimal.valueOf(1000), null), CATALOG, "t.yaml"))
                .isInstanceOf(FitgInputException.class).hasMessageContaining("thresholds[0].params.minPercent")
                .hasMessageContaining("a percentage from 0 to 100, not 1000");
        assertThat(Tailorings.validate(stricter(BigDecimal.valueOf(100), null), CATALOG, "t.yaml").tailoredClauses())
                .isNotEmpty();
    }

    @Test
    void unknownParametersAndTargetsAreRejected() {
        Tailoring badParam = new Tailoring("t", List.of(new Tailoring.Threshold("2.1.1.2", null,
                Map.of("minStaff", BigDecimal.TEN), "r", null)), List.of());
        assertThatThrownBy(() -> Tailorings.validate(badParam, CATALOG, "t.yaml"))
                .hasMessageContaining("thresholds[0].params.minStaff").hasMessageContaining("minPercent");
        Tailoring both = new Tailoring("t", List.of(new Tailoring.Threshold("2.1.1.2", "x",
                Map.of("minPercent", BigDecimal.TEN), "r", null)), List.of());
        assertThatThrownBy(() -> Tailorings.validate(both, CATALOG, "t.yaml")).hasMessageContaining("exactly one");
    }

    @Test
    void directionOfParameters() {
        assertThat(Tailorings.isRelaxation("minPercent", BigDecimal.valueOf(8), BigDecimal.valueOf(7))).isTrue();
        assertThat(Tailorings.isRelaxation("minPercent", BigDecimal.valueOf(8), BigDecimal.valueOf(9))).isFalse();
        assertThat(Tailorings.isRelaxation("maxRtoMinutes", BigDecimal.valueOf(5), BigDecimal.valueOf(4))).isFalse();
        assertThat(Tailorings.isRelaxation("maxRtoMinutes", BigDecimal.valueOf(5), BigDecimal.valueOf(6))).isTrue();
        assertThat(Tailorings.isRelaxation("hostedReduction", BigDecimal.valueOf(2), BigDecimal.valueOf(1))).isFalse();
        assertThat(Tailorings.isRelaxation("hostedReduction", BigDecimal.valueOf(2), BigDecimal.valueOf(3))).isTrue();
        assertThat(Tailorings.isRelaxation("rtoMinutes", BigDecimal.valueOf(5), BigDecimal.valueOf(3))).isFalse();
        assertThat(Tailorings.isRelaxation("retentionDays", BigDecimal.valueOf(90), BigDecimal.valueOf(60))).isTrue();
        assertThat(Tailorings.isRelaxation("someNewThing", BigDecimal.valueOf(1), BigDecimal.valueOf(2))).isTrue();
        assertThat(Tailorings.isRelaxation("minPercent", BigDecimal.valueOf(8), new BigDecimal("8.0"))).isFalse();
    }

    @Test
    void everyNumericCatalogParameterHasADirection() {
        java.util.Set<String> unknown = new java.util.TreeSet<>();
        for (io.fitg.api.Clause c : CATALOG.clauses()) {
            c.params().forEach((k, v) -> {
                if (v instanceof BigDecimal && Tailorings.direction(k) == 0) {
                    unknown.add(k + " (" + c.id() + ")");
                }
            });
        }
        assertThat(unknown).as("parameters tailoring cannot tell stricter from weaker: name them min…/max… or "
                + "classify them in Tailorings.AT_LEAST/AT_MOST").isEmpty();
    }
}
