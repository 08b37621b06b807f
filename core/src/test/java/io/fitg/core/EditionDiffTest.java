package io.fitg.core;

import io.fitg.api.Catalog;
import io.fitg.core.catalog.CatalogLoader;
import io.fitg.core.catalog.EditionDiff;
import io.fitg.core.catalog.EditionDiff.Kind;
import io.fitg.core.io.DiffReports;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The diff between the earlier class 3 and the current classes on changes known from the two texts. */
class EditionDiffTest {
    static final Catalog EARLIER = CatalogLoader.load("earlier");
    static final Catalog CURRENT = CatalogLoader.load("current");

    static EditionDiff diff(int cls) {
        Map<String, String> notes = new LinkedHashMap<>(CatalogLoader.changes("earlier"));
        return EditionDiff.of(EARLIER, CURRENT, cls, notes);
    }

    static EditionDiff.ParamChange param(EditionDiff.Entry e, String name) {
        return e.params().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow(
                () -> new AssertionError(e.requirement() + " has no change of " + name + ": " + e.params()));
    }

    @Test
    void techStaffRatioSixToEightPercentIsTightened() {
        EditionDiff.Entry e = diff(3).entry("management.tech-staff-ratio");
        assertThat(e.kind()).isEqualTo(Kind.TIGHTENED);
        assertThat(e.fromClause().id()).isEqualTo("4.1.1.2");
        assertThat(e.toClause().id()).isEqualTo("4.1.1.2");
        EditionDiff.ParamChange p = param(e, "minPercent");
        assertThat(p.fromText()).isEqualTo("6");
        assertThat(p.toText()).isEqualTo("8");
        assertThat(p.kind()).isEqualTo(Kind.TIGHTENED);
        assertThat(e.textChanged()).isFalse();
    }

    @Test
    void videoKeptOneWeekThenNinetyDaysSideBySide() {
        EditionDiff.Entry e = diff(3).entry("machine-room.video-surveillance");
        EditionDiff.ParamChange p = param(e, "retentionWeeks → retentionDays");
        assertThat(p.fromText()).isEqualTo("1 week");
        assertThat(p.toText()).isEqualTo("90 days");
        // no min/max in the name: a change without a direction
        assertThat(p.kind()).isEqualTo(Kind.CHANGED);
        assertThat(e.kind()).isEqualTo(Kind.CHANGED);
        assertThat(e.note()).contains("90 days");
    }

    @Test
    void sevenPeopleBecomeFiveEightElevenFifteenByClass() {
        int[] expected = {5, 8, 11, 15};
        Kind[] kinds = {Kind.RELAXED, Kind.TIGHTENED, Kind.TIGHTENED, Kind.TIGHTENED};
        for (int cls = 1; cls <= 4; cls++) {
            EditionDiff d = diff(cls);
            assertThat(d.fromClass()).isEqualTo(3);
            assertThat(d.toClass()).isEqualTo(cls);
            EditionDiff.ParamChange p = param(d.entry("management.tech-staff-min"), "minStaff");
            assertThat(p.fromText()).isEqualTo("7");
            assertThat(p.toText()).isEqualTo(String.valueOf(expected[cls - 1]));
            assertThat(p.kind()).as("class " + cls).isEqualTo(kinds[cls - 1]);
        }
        // the continuous-trading figure is a new threshold, the hosted reduction a change without a direction
        EditionDiff.Entry e = diff(3).entry("management.tech-staff-min");
        assertThat(param(e, "minStaffContinuous").kind()).isEqualTo(Kind.TIGHTENED);
        assertThat(param(e, "hostedReduction").kind()).isEqualTo(Kind.CHANGED);
        assertThat(e.kind()).isEqualTo(Kind.CHANGED);
    }

    @Test
    void trainingHoursRelaxedAndNetworkSwitchOverChanged() {
        EditionDiff d = diff(3);
        EditionDiff.Entry training = d.entry("management.association-training-hours");
        assertThat(param(training, "minHours").kind()).isEqualTo(Kind.RELAXED);
        assertThat(param(training, "minLawHours").toText()).isEqualTo("—");
        assertThat(training.kind()).isEqualTo(Kind.RELAXED);
        EditionDiff.Entry network = d.entry("trading.network-hot-standby");
        assertThat(param(network, "rtoMinutes").fromText()).isEqualTo("1");
        assertThat(param(network, "rtoMinutes").toText()).isEqualTo("5");
        assertThat(network.kind()).isEqualTo(Kind.CHANGED);
        EditionDiff.Entry generator = d.entry("machine-room.generator-endurance");
        assertThat(param(generator, "minHours").fromText()).isEqualTo("12");
        assertThat(param(generator, "minHours").toText()).isEqualTo("6");
        assertThat(param(generator, "minHours").kind()).isEqualTo(Kind.RELAXED);
    }

    @Test
    void optionalToMandatoryIsTightened() {
        EditionDiff.Entry e = diff(3).entry("backup.dr-capacity");
        assertThat(e.fromClause().mandatory()).isFalse();
        assertThat(e.toClause().mandatory()).isTrue();
        assertThat(e.mandatory()).isEqualTo(Kind.TIGHTENED);
        assertThat(e.kind()).isEqualTo(Kind.TIGHTENED);
    }

    @Test
    void addedRemovedAndUnchanged() {
        EditionDiff d = diff(3);
        assertThat(d.entry("management.internal-it-audit").kind()).isEqualTo(Kind.ADDED);
        assertThat(d.entry("management.internal-it-audit").fromClause()).isNull();
        assertThat(d.entry("trading.earlier-market-data-carriers").kind()).isEqualTo(Kind.REMOVED);
        assertThat(d.entry("trading.earlier-market-data-carriers").toClause()).isNull();
        assertThat(d.entry("machine-room.floor-load").kind()).isEqualTo(Kind.UNCHANGED);
        Map<Kind, Integer> s = d.summary();
        assertThat(s.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(d.entries().size());
        assertThat(s.get(Kind.REMOVED)).isEqualTo(7);
        // every requirement of either side once
        assertThat(d.entries().size()).isEqualTo(202 + 7);
    }

    @Test
    void reversedDirectionSwapsTightenedAndRelaxed() {
        EditionDiff back = EditionDiff.of(CURRENT, EARLIER, 3, Map.of());
        assertThat(back.entry("management.tech-staff-ratio").kind()).isEqualTo(Kind.RELAXED);
        assertThat(back.entry("management.internal-it-audit").kind()).isEqualTo(Kind.REMOVED);
        assertThat(back.entry("trading.earlier-market-data-carriers").kind()).isEqualTo(Kind.ADDED);
    }

    @Test
    void textAndJsonShowThresholdsSideBySide() {
        EditionDiff d = diff(3);
        String text = DiffReports.text(d);
        assertThat(text).contains("earlier class 3 (187 clauses) → current class 3 (202 clauses)");
        assertThat(text).contains("management.tech-staff-ratio  4.1.1.2 → 4.1.1.2\n    minPercent: 6 → 8  (tightened)");
        assertThat(text).contains("retentionWeeks → retentionDays: 1 week → 90 days  (changed)");
        assertThat(text).contains("minStaff: 7 → 11  (tightened)");
        var json = DiffReports.json(d);
        assertThat(json.get("from").get("edition").asText()).isEqualTo("earlier");
        assertThat(json.get("to").get("class").asInt()).isEqualTo(3);
        var ratio = json.get("requirements").findParents("requirement").stream()
                .filter(n -> n.get("requirement").asText().equals("management.tech-staff-ratio")).findFirst().orElseThrow();
        assertThat(ratio.get("change").asText()).isEqualTo("tightened");
        assertThat(ratio.get("params").get(0).get("from").asInt()).isEqualTo(6);
        assertThat(ratio.get("params").get(0).get("to").asInt()).isEqualTo(8);
        assertThat(ratio.get("from").get("text").asText()).contains("6%");
    }
}
