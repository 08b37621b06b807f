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
        b.forFields().withNumberInclusiveMinimumResolver(f -> isNumber(f.getType().getErasedType())
                && f.getAnnotationConsideringFieldAndGetter(MayBeNegative.class) == null ? BigDecimal.ZERO : null);
        b.forFields().withNumberInclusiveMaximumResolver(f -> f.getAnnotationConsideringFieldAndGetter(Percent.class) != null
                ? BigDecimal.valueOf(100) : null);
        // enums accept several spellings (codes, lower case, Chinese names) through their @JsonCreator: the schema
        // says "a string" and lists the canonical values in the description
        b.forTypesInGeneral().withCustomDefinitionProvider((javaType, context) -> {
            Class<?> raw = javaType.getErasedType();
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

    @Test
    void everySampleProfileValidates() throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(JSON.readTree(DIR.resolve("profile.schema.json").toFile()));
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
    }
}
