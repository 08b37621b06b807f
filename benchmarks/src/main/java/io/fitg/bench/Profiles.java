package io.fitg.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fitg.core.io.ProfileReader;
import io.fitg.model.Profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;

/**
 * Benchmark inputs: the model company, and the model company grown to N branches and M staff with a year of dated
 * records (every list of dated records filled to one per day for a year).
 */
final class Profiles {
    static final YAMLMapper YAML = new YAMLMapper();

    private Profiles() {
    }

    static byte[] modelBytes() {
        Path p = Path.of(System.getProperty("fitg.profile", "examples/profiles/model-class4.yaml"));
        try {
            if (Files.exists(p)) {
                return Files.readAllBytes(p);
            }
            try (InputStream in = Profiles.class.getResourceAsStream("/model-class4.yaml")) {
                if (in == null) {
                    throw new IllegalStateException("model-class4.yaml not found: run from the repository root or set -Dfitg.profile");
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Profile model() {
        return new ProfileReader().parse(modelBytes(), "model-class4.yaml", false, Profile.class);
    }

    /** The model grown to {@code branches} branches and {@code staff} staff, each dated list filled to a year. */
    static Profile grown(int branches, int staff, boolean yearOfRecords) {
        try {
            ObjectNode root = (ObjectNode) YAML.readTree(modelBytes());
            grow(root.path("branches"), branches);
            JsonNode mgmt = root.path("management");
            grow(mgmt.path("staff"), staff);
            if (yearOfRecords) {
                fillDated(root);
            }
            return new ProfileReader().parse(YAML.writeValueAsBytes(root), "grown", false, Profile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void grow(JsonNode list, int n) {
        if (!(list instanceof ArrayNode a) || a.isEmpty()) {
            return;
        }
        int base = a.size();
        for (int i = base; i < n; i++) {
            ObjectNode copy = a.get(i % base).deepCopy();
            if (copy.has("id")) {
                copy.set("id", TextNode.valueOf(copy.get("id").asText() + "-" + i));
            }
            a.add(copy);
        }
        while (a.size() > n) {
            a.remove(a.size() - 1);
        }
    }

    /** Every list of objects with a {@code date} field gets one record per day for the year before its latest. */
    private static void fillDated(JsonNode n) {
        if (n instanceof ArrayNode a) {
            if (!a.isEmpty() && a.get(0).isObject() && a.get(0).has("date") && a.get(0).get("date").isTextual()) {
                ObjectNode template = (ObjectNode) a.get(a.size() - 1);
                LocalDate last = LocalDate.parse(template.get("date").asText());
                for (int d = 1; a.size() < 365; d++) {
                    ObjectNode copy = template.deepCopy();
                    copy.set("date", TextNode.valueOf(last.minusDays(d).toString()));
                    if (copy.has("id")) {
                        copy.set("id", TextNode.valueOf(copy.get("id").asText() + "-d" + d));
                    }
                    a.add(copy);
                }
            }
            a.forEach(Profiles::fillDated);
        } else if (n instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                fillDated(it.next().getValue());
            }
        }
    }
}
