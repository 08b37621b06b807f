package io.fitg.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static io.fitg.cli.CliTest.profile;
import static io.fitg.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** The earlier edition on the command line: catalog, assess and the diff between editions. */
class EditionsCliTest {

    @Test
    void catalogOfTheEarlierEdition() throws IOException {
        CliTest.Result r = run("catalog", "--edition", "earlier", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode root = r.json();
        assertThat(root.get("edition").asText()).isEqualTo("earlier");
        assertThat(root.get("clauses")).hasSize(187);
        JsonNode c = root.get("clauses").get(1);
        assertThat(c.get("id").asText()).isEqualTo("4.1.1.2");
        assertThat(c.get("class").asInt()).isEqualTo(3);
        assertThat(c.get("mandatory").asBoolean()).isTrue();
        assertThat(c.get("new").asBoolean()).isFalse();
        assertThat(c.get("text").asText()).isEqualTo("总部技术部门人员总数占公司总部人数的比例不少于6%。");
        assertThat(c.get("requirement").asText()).isEqualTo("management.tech-staff-ratio");
        assertThat(c.get("rule").asText()).isEqualTo("management.tech-staff-ratio");
        assertThat(run("catalog", "--edition", "earlier", "--format", "text").out()).contains("4.3.4.2 [必须][新增]");
    }

    @Test
    void assessTheModelCompanyUnderTheEarlierEdition() throws IOException {
        CliTest.Result r = run("assess", profile("model-class4.yaml"), "--edition", "earlier", "--as-of", "2026-11-21");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode root = r.json();
        assertThat(root.get("edition").asText()).isEqualTo("earlier");
        assertThat(root.get("achievedClass").asInt()).isEqualTo(3);
        assertThat(root.get("findings")).hasSize(187);
        assertThat(root.get("summary").fieldNames()).toIterable().containsExactly("3");
        assertThat(root.get("summary").get("3").get("COMPLIANT").asInt()
                + root.get("summary").get("3").get("NOT_APPLICABLE").asInt()).isEqualTo(187);
        CliTest.Result text = run("assess", profile("model-class4.yaml"), "--edition", "earlier", "--class", "3",
                "--as-of", "2026-11-21", "--format", "text");
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).contains("earlier").contains("三类");
    }

    @Test
    void aClassTheEditionDoesNotHaveIsBadUsage() {
        CliTest.Result r = run("assess", profile("model-class4.yaml"), "--edition", "earlier", "--class", "2",
                "--as-of", "2026-11-21");
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("class").contains("[3]").doesNotContain("Exception");
    }

    @Test
    void diffAsText() {
        CliTest.Result r = run("catalog", "--diff", "earlier", "current", "--class", "3", "--format", "text");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("earlier class 3 (187 clauses) → current class 3 (202 clauses)")
                .contains("management.tech-staff-ratio  4.1.1.2 → 4.1.1.2\n    minPercent: 6 → 8  (tightened)")
                .contains("retentionWeeks → retentionDays: 1 week → 90 days")
                .contains("minStaff: 7 → 11  (tightened)")
                .contains("== removed (7)")
                .contains("trading.earlier-market-data-carriers  4.3.4.2 → —");
    }

    @Test
    void diffAsJsonAcrossClasses() throws IOException {
        for (String[] c : new String[][]{{"1", "5"}, {"2", "8"}, {"3", "11"}, {"4", "15"}}) {
            CliTest.Result r = run("catalog", "--diff", "earlier", "current", "--class", c[0]);
            assertThat(r.code()).as(r.err()).isZero();
            JsonNode root = r.json();
            assertThat(root.get("from").get("class").asInt()).isEqualTo(3);
            assertThat(root.get("to").get("class").asInt()).isEqualTo(Integer.parseInt(c[0]));
            JsonNode min = null;
            for (JsonNode e : root.get("requirements")) {
                if (e.get("requirement").asText().equals("management.tech-staff-min")) {
                    for (JsonNode p : e.get("params")) {
                        if (p.get("name").asText().equals("minStaff")) {
                            min = p;
                        }
                    }
                }
            }
            assertThat(min).as("class " + c[0]).isNotNull();
            assertThat(min.get("from").asInt()).isEqualTo(7);
            assertThat(min.get("to").asInt()).isEqualTo(Integer.parseInt(c[1]));
        }
    }

    @Test
    void badDiffArguments() {
        CliTest.Result unknown = run("catalog", "--diff", "earlier", "2030");
        assertThat(unknown.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(unknown.err()).contains("--diff").contains("2030");
        CliTest.Result cls = run("catalog", "--diff", "earlier", "current", "--class", "5");
        assertThat(cls.code()).isEqualTo(Main.BAD_INPUT);
        CliTest.Result oscal = run("catalog", "--diff", "earlier", "current", "--format", "oscal");
        assertThat(oscal.code()).isEqualTo(Main.BAD_INPUT);
    }
}
