package io.fitg.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fitg.api.Finding;
import io.fitg.api.FitgInputException;
import io.fitg.api.Report;
import io.fitg.api.Status;
import io.fitg.core.io.JsonReports;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DiffTest {
    /**
     * An earlier report of the same company with known differences from {@link Fixtures#report()}:
     * 3.1.1.2 was NON_COMPLIANT (now COMPLIANT: better), 3.2.1.1 INSUFFICIENT_DATA (now NOT_APPLICABLE: better),
     * 2.1.2.1 COMPLIANT (now WAIVED: changed), 3.1.2.1 COMPLIANT (now NON_COMPLIANT: worse),
     * 3.2.1.5 INSUFFICIENT_DATA (now NON_COMPLIANT: changed), 2.2.1.5 absent (added), 3.9.9.9 present (removed);
     * achieved class 2 then, 1 now.
     */
    static Report before() {
        Report now = Fixtures.report();
        List<Finding> fs = new ArrayList<>();
        for (Finding f : now.findings()) {
            switch (f.clause()) {
                case "3.1.1.2" -> fs.add(f.withStatus(Status.NON_COMPLIANT, "10 of 150 = 6.7% < 8%", null));
                case "3.2.1.1" -> fs.add(f.withStatus(Status.INSUFFICIENT_DATA, "missing data: machineRooms", null));
                case "2.1.2.1", "3.1.2.1" -> fs.add(f.withStatus(Status.COMPLIANT, "every post trained", null));
                case "3.2.1.5" -> fs.add(f.withStatus(Status.INSUFFICIENT_DATA, "missing data: retention", null));
                case "2.2.1.5" -> { }
                default -> fs.add(f);
            }
        }
        fs.add(new Finding("3.9.9.9", 2, "old.requirement", true, Status.COMPLIANT, "gone from the catalog", "", "",
                List.of(), List.of(), "old.requirement", "", null));
        return new Report(now.company(), now.edition(), now.asOf().minusMonths(6), now.classes(), 2, fs,
                Map.of(Report.ENGINE, "fitg 0.1.0", Report.CATALOG, "current@fixture0000",
                        Report.PROFILE_SHA256, "ab".repeat(32)));
    }

    @Test
    void sortsChangesIntoBetterWorseChangedAddedRemoved() {
        ReportDiff.Result r = ReportDiff.compare(before(), Fixtures.report());
        assertThat(r.of(ReportDiff.Kind.BETTER)).extracting(ReportDiff.Change::clause).containsExactly("3.1.1.2", "3.2.1.1");
        assertThat(r.of(ReportDiff.Kind.WORSE)).extracting(ReportDiff.Change::clause).containsExactly("3.1.2.1");
        assertThat(r.of(ReportDiff.Kind.CHANGED)).extracting(ReportDiff.Change::clause).containsExactly("2.1.2.1", "3.2.1.5");
        assertThat(r.of(ReportDiff.Kind.ADDED)).extracting(ReportDiff.Change::clause).containsExactly("2.2.1.5");
        assertThat(r.of(ReportDiff.Kind.REMOVED)).extracting(ReportDiff.Change::clause).containsExactly("3.9.9.9");
        assertThat(r.unchanged()).isEqualTo(2);
        assertThat(r.classChange()).isEqualTo("down");
        ReportDiff.Change worse = r.of(ReportDiff.Kind.WORSE).get(0);
        assertThat(worse.before()).isEqualTo(Status.COMPLIANT);
        assertThat(worse.after()).isEqualTo(Status.NON_COMPLIANT);
    }

    @Test
    void sameReportHasNoChanges() {
        ReportDiff.Result r = ReportDiff.compare(Fixtures.report(), Fixtures.report());
        assertThat(r.changes()).isEmpty();
        assertThat(r.unchanged()).isEqualTo(8);
        assertThat(r.classChange()).isEqualTo("same");
    }

    @Test
    void jsonListsEveryKindAndTheClassChange() throws Exception {
        JsonNode j = new ObjectMapper().readTree(ReportDiff.json(ReportDiff.compare(before(), Fixtures.report())));
        assertThat(j.at("/achievedClass/before").asInt()).isEqualTo(2);
        assertThat(j.at("/achievedClass/after").asInt()).isEqualTo(1);
        assertThat(j.at("/achievedClass/change").asText()).isEqualTo("down");
        assertThat(j.at("/counts/better").asInt()).isEqualTo(2);
        assertThat(j.at("/counts/worse").asInt()).isEqualTo(1);
        assertThat(j.at("/counts/changed").asInt()).isEqualTo(2);
        assertThat(j.at("/counts/added").asInt()).isEqualTo(1);
        assertThat(j.at("/counts/removed").asInt()).isEqualTo(1);
        assertThat(j.at("/worse/0/clause").asText()).isEqualTo("3.1.2.1");
        assertThat(j.at("/worse/0/before").asText()).isEqualTo("COMPLIANT");
        assertThat(j.at("/worse/0/after").asText()).isEqualTo("NON_COMPLIANT");
        assertThat(j.at("/added/0/before").isNull()).isTrue();
        assertThat(j.at("/before/provenance/profileSha256").asText()).isEqualTo("ab".repeat(32));
        assertThat(j.at("/after/provenance/profileSha256").asText()).isEqualTo("0f".repeat(32));
    }

    @Test
    void textNamesTheChangesInEitherLanguage() {
        ReportDiff.Result r = ReportDiff.compare(before(), Fixtures.report());
        String zh = ReportDiff.text(r, Lang.ZH);
        assertThat(zh).contains("达到类别：二类 → 一类 （下降）").contains("变好（2 项）").contains("变差（1 项）")
                .contains("3.1.2.1").contains("符合 → 不符合");
        String en = ReportDiff.text(r, Lang.EN);
        assertThat(en).contains("Achieved class: Class 2 → Class 1 (down)").contains("Better (2):").contains("Worse (1):")
                .contains("Compliant → Non-compliant");
    }

    @Test
    void readsBackWhatAssessWrites() {
        Report r = Fixtures.report();
        Report back = ReportReader.parse(JsonReports.write(JsonReports.report(r)), "r.json");
        assertThat(back).isEqualTo(r);
        assertThat(ReportDiff.compare(r, back).changes()).isEmpty();
    }

    @Test
    void badReportIsOneClearInputError() {
        assertThatThrownBy(() -> ReportReader.parse("{\"company\":\"x\",\"edition\":\"current\",\"asOf\":\"2026-13-01\"}", "a.json"))
                .isInstanceOf(FitgInputException.class).hasMessage("a.json: at asOf: a date written YYYY-MM-DD, not '2026-13-01'");
        assertThatThrownBy(() -> ReportReader.parse("{\"company\":\"x\",\"edition\":\"current\",\"asOf\":\"2026-01-01\","
                + "\"achievedClass\":0,\"findings\":[{\"clause\":\"2.1.1.1\",\"class\":1,\"status\":\"OK\"}]}", "b.json"))
                .isInstanceOf(FitgInputException.class).hasMessageStartingWith("b.json: at findings[0].status: one of");
        assertThatThrownBy(() -> ReportReader.parse("not json", "c.json"))
                .isInstanceOf(FitgInputException.class).hasMessageStartingWith("c.json: a JSON report");
    }
}
