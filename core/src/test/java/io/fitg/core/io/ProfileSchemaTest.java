package io.fitg.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.fitg.api.Tailoring;
import io.fitg.api.WaiverSet;
import io.fitg.core.TestSupport;
import io.fitg.model.Profile;
import io.fitg.model.validation.MayBeNegative;
import io.fitg.model.validation.Percent;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON Schemas shipped in {@code fitg-core} ({@code io/fitg/schema/*.schema.json}) are generated from the
 * records and must be current: run with {@code -Dfitg.updateSchemas=true} to regenerate after changing the model.
 * Every sample profile validates against the profile schema.
 */
class ProfileSchemaTest {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    static final Path DIR = Path.of(System.getProperty("fitg.coreDir", ".")).resolve("src/main/resources/io/fitg/schema");

    static ObjectNode generate(Class<?> type, String title) {
        SchemaGeneratorConfigBuilder b = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(new JacksonModule())
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.NULLABLE_FIELDS_BY_DEFAULT,
                        Option.FLATTENED_ENUMS, Option.DEFINITIONS_FOR_ALL_OBJECTS)
                .without(Option.SCHEMA_VERSION_INDICATOR);
        // as the Validator checks: no negative numbers unless @MayBeNegative, percentages up to 100, latitudes
        // within ±90 and longitudes within ±180
        b.forFields().withNumberInclusiveMinimumResolver(f -> !isNumber(f.getType().getErasedType()) ? null
                : coordinate(f.getName()) != null ? coordinate(f.getName()).negate()
                : f.getAnnotationConsideringFieldAndGetter(MayBeNegative.class) == null ? BigDecimal.ZERO : null);
        b.forFields().withNumberInclusiveMaximumResolver(f -> f.getAnnotationConsideringFieldAndGetter(Percent.class) != null
                ? BigDecimal.valueOf(100) : isNumber(f.getType().getErasedType()) ? coordinate(f.getName()) : null);
        // enums accept several spellings (codes, lower case, Chinese names) through their @JsonCreator: the schema
        // says "a string" and lists the canonical values in the description
        b.forTypesInGeneral().withCustomDefinitionProvider((javaType, context) -> {
            Class<?> raw = javaType.getErasedType();
            if (raw == LocalDateTime.class) {
                // a local date-time (no zone), as the reader accepts it: not JSON Schema's "date-time", which needs one
                ObjectNode def = context.getGeneratorConfig().createObjectNode();
                def.put("type", "string");
                def.put("pattern", StrictDates.DATE_TIME_PATTERN);
                def.put("description", "a local date and time, YYYY-MM-DDTHH:MM[:SS], no time zone");
                return new com.github.victools.jsonschema.generator.CustomDefinition(def,
                        com.github.victools.jsonschema.generator.CustomDefinition.DefinitionType.STANDARD,
                        com.github.victools.jsonschema.generator.CustomDefinition.AttributeInclusion.NO);
            }
            if (java.util.Map.class.isAssignableFrom(raw)) {
                // parameter name -> number (a tailoring's params): any name, a number each
                ObjectNode def = context.getGeneratorConfig().createObjectNode();
                def.put("type", "object");
                def.putObject("additionalProperties").put("type", "number");
                return new com.github.victools.jsonschema.generator.CustomDefinition(def,
                        com.github.victools.jsonschema.generator.CustomDefinition.DefinitionType.INLINE,
                        com.github.victools.jsonschema.generator.CustomDefinition.AttributeInclusion.NO);
            }
            if (!raw.isEnum()) {
                return null;
            }
            ObjectNode def = context.getGeneratorConfig().createObjectNode();
            def.put("type", "string");
            StringBuilder values = new StringBuilder();
            for (Object c : raw.getEnumConstants()) {
                values.append(values.length() == 0 ? "" : ", ").append(((Enum<?>) c).name());
            }
            def.put("description", "one of " + values + " (see docs/profile for the accepted spellings)");
            return new com.github.victools.jsonschema.generator.CustomDefinition(def,
                    com.github.victools.jsonschema.generator.CustomDefinition.DefinitionType.STANDARD,
                    com.github.victools.jsonschema.generator.CustomDefinition.AttributeInclusion.NO);
        });
        b.forTypesInGeneral().withStringFormatResolver(t -> t.getType().getErasedType() == LocalDate.class ? "date" : null);
        ObjectNode schema = new SchemaGenerator(b.build()).generateSchema(type);
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "https://fitg.io/schema/" + title + ".schema.json");
        root.put("title", "fitg " + title);
        root.setAll(schema);
        return root;
    }

    /** The bound of a coordinate field (latitude 90, longitude 180), null for any other field. */
    static BigDecimal coordinate(String field) {
        return field.equals("latitude") ? BigDecimal.valueOf(90) : field.equals("longitude") ? BigDecimal.valueOf(180) : null;
    }

    static boolean isNumber(Class<?> c) {
        return Number.class.isAssignableFrom(c) || c == int.class || c == long.class || c == double.class;
    }

    static void check(Class<?> type, String name) throws IOException {
        String generated = JSON.writeValueAsString(generate(type, name)) + "\n";
        Path file = DIR.resolve(name + ".schema.json");
        if (Boolean.getBoolean("fitg.updateSchemas")) {
            Files.createDirectories(DIR);
            Files.writeString(file, generated, StandardCharsets.UTF_8);
        }
        assertThat(file).as("shipped schema; regenerate with -Dfitg.updateSchemas=true").exists();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(name + " schema is stale: run the build with "
                + "-Dfitg.updateSchemas=true").isEqualTo(generated);
    }

    @Test
    void shippedSchemasAreCurrent() throws IOException {
        check(Profile.class, "profile");
        check(WaiverSet.class, "waivers");
        check(Tailoring.class, "tailoring");
    }

    /** A shipped schema, with format assertions on ("format": "date" is checked, not only noted). */
    static JsonSchema shipped(String name) throws IOException {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(JSON.readTree(DIR.resolve(name + ".schema.json").toFile()), config);
    }

    @Test
    void everySampleProfileValidates() throws IOException {
        JsonSchema schema = shipped("profile");
        YAMLMapper yaml = new YAMLMapper();
        try (var files = Files.list(TestSupport.profilesDir())) {
            for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                JsonNode doc = JSON.readTree(JSON.writeValueAsBytes(yaml.readTree(p.toFile())));
                Set<ValidationMessage> errors = schema.validate(doc);
                assertThat(errors).as(p.getFileName().toString()).isEmpty();
            }
        }
        JsonNode bad = JSON.readTree("{\"company\": {\"hqHeadcount\": -1, \"nme\": \"x\"}}");
        assertThat(schema.validate(bad)).hasSizeGreaterThanOrEqualTo(2);
        JsonNode drill = JSON.readTree("{\"backup\": {\"drDrills\": [{\"centre\": \"D1\", \"interruptedAt\": \"2025-06-14T09:00\","
                + " \"restoredAt\": \"2025-06-14T09:40:30\"}]}}");
        assertThat(schema.validate(drill)).as("local date-times, as the samples write them").isEmpty();
        JsonNode zoned = JSON.readTree("{\"backup\": {\"drDrills\": [{\"centre\": \"D1\", \"interruptedAt\": \"2025-06-14\"}]}}");
        assertThat(schema.validate(zoned)).as("a date alone is not a date-time").isNotEmpty();
        JsonNode date = JSON.readTree("{\"management\": {\"staff\": [{\"id\": \"T1\", \"joined\": \"2025-02-30\"}]}}");
        assertThat(schema.validate(date)).as("format: date is asserted").isNotEmpty();
        JsonNode lat = JSON.readTree("{\"backup\": {\"drCentres\": [{\"id\": \"D\", \"latitude\": 999}]}}");
        assertThat(schema.validate(lat)).isNotEmpty();
    }

    /**
     * Every waiver and tailoring example in the README and docs (a fenced YAML block whose first line is
     * {@code # waivers.yaml} or {@code # tailoring.yaml}) validates against the shipped schema and is read by fitg.
     */
    @Test
    void everyDocumentedWaiverAndTailoringExampleValidates() throws IOException {
        Path root = Path.of(System.getProperty("fitg.coreDir", ".")).toAbsolutePath().normalize().getParent();
        java.util.List<Path> docs = new java.util.ArrayList<>(java.util.List.of(root.resolve("README.md")));
        try (var s = Files.walk(root.resolve("docs"))) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        YAMLMapper yaml = new YAMLMapper();
        ProfileReader reader = new ProfileReader();
        int seen = 0;
        java.util.regex.Pattern block = java.util.regex.Pattern.compile("```ya?ml\\n(# (waivers|tailoring)\\.yaml[^\\n]*\\n.*?)```",
                java.util.regex.Pattern.DOTALL);
        for (Path doc : docs) {
            java.util.regex.Matcher m = block.matcher(Files.readString(doc, StandardCharsets.UTF_8));
            while (m.find()) {
                String kind = m.group(2);
                String text = m.group(1);
                JsonNode node = JSON.readTree(JSON.writeValueAsBytes(yaml.readTree(text)));
                assertThat(shipped(kind).validate(node)).as(doc.getFileName() + " " + kind + " example").isEmpty();
                Class<?> type = kind.equals("waivers") ? WaiverSet.class : Tailoring.class;
                assertThat(reader.parse(text.getBytes(StandardCharsets.UTF_8), doc + " " + kind, false, type)).isNotNull();
                seen++;
            }
        }
        assertThat(seen).as("the README has a waiver and a tailoring example").isGreaterThanOrEqualTo(2);
    }
}
