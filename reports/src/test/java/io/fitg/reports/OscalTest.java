package io.fitg.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.fitg.api.AssessmentOptions;
import io.fitg.api.Catalog;
import io.fitg.api.Report;
import io.fitg.core.Fitg;
import io.fitg.core.catalog.EvidenceLoader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Both OSCAL outputs validate against the NIST OSCAL 1.1.2 schemas (copied into test resources). */
class OscalTest {
    private static final ObjectMapper M = new ObjectMapper();
    private static final Pattern TOKEN = Pattern.compile("^(\\p{L}|_)(\\p{L}|\\p{N}|[.\\-_])*$");

    static JsonSchema schema(String file) throws IOException {
        try (InputStream in = OscalTest.class.getResourceAsStream("/oscal/" + file)) {
            assertThat(in).as(file).isNotNull();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    static Set<ValidationMessage> validate(String schemaFile, String json) throws IOException {
        return schema(schemaFile).validate(M.readTree(json));
    }

    static Catalog current() {
        return Fitg.engine().catalog("current");
    }

    static String currentCatalog() {
        Catalog cat = current();
        return Oscal.catalog(cat, EvidenceLoader.load().forCatalog(cat), Fixtures.AS_OF, "fitg 0.1.0");
    }

    @Test
    void theValidatorRejectsWhatTheSchemaForbids() throws IOException {
        // guards against a validator that accepts anything: an invalid id and an extra field must be reported
        String bad = "{\"catalog\":{\"uuid\":\"not-a-uuid\",\"metadata\":{\"title\":\"t\",\"last-modified\":\"2026-11-21\","
                + "\"version\":\"1\",\"oscal-version\":\"1.1.2\"},\"extra\":1,"
                + "\"controls\":[{\"id\":\"2.1.1.1\",\"title\":\"x\"}]}}";
        assertThat(validate("oscal_catalog_schema.json", bad)).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void catalogOfTheCurrentEditionValidates() throws IOException {
        String json = currentCatalog();
        assertThat(validate("oscal_catalog_schema.json", json)).isEmpty();
        JsonNode c = M.readTree(json).get("catalog");
        assertThat(c.at("/metadata/oscal-version").asText()).isEqualTo("1.1.2");
        assertThat(c.at("/metadata/last-modified").asText()).isEqualTo("2026-11-21T00:00:00Z");
        assertThat(c.at("/metadata/version").asText()).isEqualTo(current().version());
        assertThat(c.get("groups")).hasSize(8);
        assertThat(c.at("/groups/0/title").asText()).isEqualTo("技术管理");
        // every clause is a statement part s<id> with its id as label, in exactly one control per requirement
        List<String> labels = new ArrayList<>();
        Set<String> controls = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode g : c.get("groups")) {
            for (JsonNode sg : g.get("groups")) {
                for (JsonNode ctl : sg.get("controls")) {
                    assertThat(ctl.get("id").asText()).matches(TOKEN);
                    assertThat(controls.add(ctl.get("id").asText())).isTrue();
                    for (JsonNode p : ctl.get("parts")) {
                        assertThat(ids.add(p.get("id").asText())).as("unique part id").isTrue();
                        if (p.get("name").asText().equals("statement")) {
                            String label = p.get("props").get(0).get("value").asText();
                            assertThat(p.get("props").get(0).get("name").asText()).isEqualTo("label");
                            assertThat(p.get("id").asText()).isEqualTo("s" + label);
                            labels.add(label);
                        } else {
                            assertThat(p.get("name").asText()).isEqualTo("evidence");
                            assertThat(p.get("parts")).isNotEmpty();
                        }
                    }
                }
            }
        }
        assertThat(labels).hasSize(771).containsExactlyInAnyOrderElementsOf(
                current().clauses().stream().map(io.fitg.api.Clause::id).toList());
        assertThat(controls).hasSize(current().requirements().size());
    }

    @Test
    void catalogIsDeterministicAndDatedFromTheAsOfDate() {
        String a = currentCatalog();
        assertThat(currentCatalog()).isEqualTo(a);
        Catalog cat = current();
        String other = Oscal.catalog(cat, EvidenceLoader.load().forCatalog(cat), Fixtures.AS_OF.plusDays(1), "fitg 0.1.0");
        assertThat(other).contains("\"last-modified\" : \"2026-11-22T00:00:00Z\"");
        assertThat(other.replace("2026-11-22T00:00:00Z", "2026-11-21T00:00:00Z")).isEqualTo(a);
    }

    @Test
    void assessmentResultsOfTheFixedReportValidate() throws IOException {
        String json = Oscal.assessmentResults(Fixtures.report(), Fixtures.catalog());
        assertThat(validate("oscal_assessment-results_schema.json", json)).isEmpty();
        JsonNode ar = M.readTree(json).get("assessment-results");
        assertThat(ar.at("/metadata/last-modified").asText()).isEqualTo("2026-11-21T00:00:00Z");
        JsonNode findings = ar.at("/results/0/findings");
        assertThat(findings).hasSize(8);
        Map<String, String> state = new java.util.TreeMap<>();
        Map<String, String> reason = new java.util.TreeMap<>();
        for (JsonNode f : findings) {
            state.put(f.at("/target/target-id").asText(), f.at("/target/status/state").asText());
            reason.put(f.at("/target/target-id").asText(), f.at("/target/status/reason").asText());
            assertThat(f.at("/target/type").asText()).isEqualTo("statement-id");
        }
        assertThat(state).containsEntry("s2.1.1.2", "satisfied").containsEntry("s2.1.2.1", "satisfied")
                .containsEntry("s2.2.1.1", "satisfied").containsEntry("s2.2.1.5", "not-satisfied")
                .containsEntry("s3.1.2.1", "not-satisfied");
        assertThat(reason).containsEntry("s2.1.1.2", "pass").containsEntry("s3.1.2.1", "fail")
                .containsEntry("s2.2.1.5", "other").containsEntry("s2.1.2.1", "other");
        assertThat(ar.at("/results/0/observations")).hasSize(8);
        assertThat(ar.at("/metadata/parties/0/name").asText()).isEqualTo(Fixtures.HOSTILE_COMPANY);
    }

    @Test
    void assessmentResultsOfASampleProfileValidateAndAreDeterministic() throws IOException {
        java.nio.file.Path p = Fixtures.profilesDir().resolve("model-class4.yaml");
        Report r1 = Fitg.assess(p, AssessmentOptions.all(Fixtures.AS_OF));
        Report r2 = Fitg.assess(p, AssessmentOptions.all(Fixtures.AS_OF));
        String a = Oscal.assessmentResults(r1, current());
        assertThat(Oscal.assessmentResults(r2, current())).isEqualTo(a);
        assertThat(validate("oscal_assessment-results_schema.json", a)).isEmpty();
        JsonNode ar = M.readTree(a).get("assessment-results");
        assertThat(ar.at("/results/0/findings")).hasSize(771);
        assertThat(ar.at("/metadata/last-modified").asText()).isEqualTo("2026-11-21T00:00:00Z");
        // UUIDs are name-based version 5
        assertThat(UUID.fromString(ar.get("uuid").asText()).version()).isEqualTo(5);
        Set<String> uuids = new HashSet<>();
        a.lines().filter(l -> l.contains("\"uuid\"")).forEach(l -> assertThat(uuids.add(l.strip())).as(l).isTrue());
        // another as-of date is another assessment: other UUIDs
        Report later = Fitg.assess(p, AssessmentOptions.all(Fixtures.AS_OF.plusDays(1)));
        String b = Oscal.assessmentResults(later, current());
        assertThat(M.readTree(b).at("/assessment-results/uuid").asText()).isNotEqualTo(ar.get("uuid").asText());
    }

    @Test
    void uuid5MatchesTheRfcExample() {
        // RFC 4122 / Python uuid.uuid5(NAMESPACE_DNS, "python.org")
        UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        assertThat(Oscal.uuid5(dns, "python.org")).hasToString("886313e1-3b8a-5372-9b90-0c9aee199e5d");
    }

    @Test
    void tokensAreMadeValid() {
        assertThat(Oscal.token("management.tech-staff-ratio")).isEqualTo("management.tech-staff-ratio");
        assertThat(Oscal.token("2.1.1.3")).matches(TOKEN);
        assertThat(Oscal.token("a b/c")).isEqualTo("a_b_c");
        assertThat(Oscal.statementId("4.6.2.9")).isEqualTo("s4.6.2.9");
    }
}
