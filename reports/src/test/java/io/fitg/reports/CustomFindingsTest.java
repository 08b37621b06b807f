package io.fitg.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fitg.api.Report;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Findings of the company's own controls (custom DRL) are in every format, apart from the guideline's clauses. */
class CustomFindingsTest {
    static final Report R = Fixtures.reportWithCustom();

    static String render(String format, Lang lang) {
        return new String(Formats.render(format, R, Fixtures.catalog(), lang), StandardCharsets.UTF_8);
    }

    @Test
    void textShowsThemInASectionOfTheirOwn() {
        String zh = render("text", Lang.ZH);
        assertThat(zh).contains("ACME-IT-1 总部技术部门人员不少于20人（公司内控）")
                .contains("ACME-HR-2 every roster entry names a person");
        assertThat(zh).contains("自定义控制项").contains("ACME-IT-1").contains("不符合").contains("总部技术人员12人")
                .contains("ACME-HR-2");
        assertThat(render("text", Lang.EN)).contains("Custom controls").contains("ACME-IT-1").contains("NON_COMPLIANT");
    }

    @Test
    void workpaperAndHtmlShowThem() {
        for (String f : List.of("workpaper", "workpaper-html", "html")) {
            String s = render(f, Lang.ZH);
            assertThat(s).as(f).contains("自定义控制项").contains("ACME-IT-1").contains("ACME-HR-2")
                    .contains("at least 20 HQ technology staff").contains("总部技术部门人员不少于20人（公司内控）");
        }
        assertThat(render("html", Lang.ZH)).contains("id=\"custom-findings\"");
    }

    @Test
    void csvAndXlsxHaveARowEach() throws IOException {
        List<List<String>> csv = TablesTest.parseCsv(CsvReport.render(R, Fixtures.catalog()));
        assertThat(csv).hasSize(1 + R.findings().size() + 2);
        List<String> last = csv.get(csv.size() - 2);
        assertThat(last.get(0)).isEqualTo("ACME-IT-1");
        assertThat(last.get(1)).isEqualTo("0");
        assertThat(last.get(2)).isEqualTo(FindingTable.CUSTOM_CHAPTER);
        assertThat(last.get(6)).isEqualTo("NON_COMPLIANT");
        assertThat(last.get(8)).as("text: the control's title").isEqualTo("总部技术部门人员不少于20人（公司内控）");
        assertThat(csv.get(csv.size() - 1).get(8)).as("text without a title: the rule")
                .isEqualTo("ACME-HR-2 every roster entry names a person");
        List<List<String>> sheet = TablesTest.readXlsx(XlsxReport.render(R, Fixtures.catalog()), "findings");
        assertThat(sheet).hasSize(csv.size());
        assertThat(sheet.get(sheet.size() - 2).get(0)).isEqualTo("ACME-IT-1");
        List<List<String>> summary = TablesTest.readXlsx(XlsxReport.render(R, Fixtures.catalog()), "summary");
        assertThat(summary.get(summary.size() - 1).subList(0, 3)).containsExactly("custom", "1", "1");
    }

    @Test
    void oscalHasAnObservationAndAFindingEachAndStillValidates() throws IOException {
        String json = Oscal.assessmentResults(R, Fixtures.catalog());
        JsonNode ar = new ObjectMapper().readTree(json).get("assessment-results");
        JsonNode findings = ar.at("/results/0/findings");
        assertThat(findings).hasSize(8 + 2);
        JsonNode custom = findings.get(8);
        assertThat(custom.at("/target/type").asText()).isEqualTo("objective-id");
        assertThat(custom.at("/target/target-id").asText()).isEqualTo("custom.ACME-IT-1");
        assertThat(custom.at("/target/status/state").asText()).isEqualTo("not-satisfied");
        assertThat(custom.at("/title").asText()).startsWith("ACME-IT-1 总部技术部门人员不少于20人（公司内控）");
        assertThat(ar.at("/results/0/observations")).hasSize(8 + 2);
        assertThat(OscalTest.validate("oscal_assessment-results_schema.json", json)).isEmpty();
    }

    @Test
    void jsonKeepsThemAndTheReaderReadsThemBack() {
        String json = render("json", Lang.ZH);
        Report back = ReportReader.parse(json, "r.json");
        assertThat(back.customFindings()).hasSize(2);
        assertThat(back.customFindings().get(0).clause()).isEqualTo("ACME-IT-1");
        assertThat(back.customFindings().get(0).title()).isEqualTo("总部技术部门人员不少于20人（公司内控）");
        assertThat(back.customFindings().get(1).title()).isEmpty();
        assertThat(back).isEqualTo(R);
    }
}
