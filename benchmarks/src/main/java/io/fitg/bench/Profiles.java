package io.fitg.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Benchmark inputs: the sample profiles, and the model company grown to N branches and M staff with a year of dated
 * records.
 *
 * <p>Growing: branches and staff are copies of the model's own (ids made unique, so every copy is a distinct
 * fact); every list of dated records — at company level and in every branch (drills, upgrades) — is filled to one
 * record per day for the year before its latest record (daily backups, bandwidth peaks, duty rosters, drills…).
 * The company's HQ headcount grows with the staff, so ratios stay those of the model.
 */
public final class Profiles {
    static final YAMLMapper YAML = new YAMLMapper();
    static final ObjectMapper JSON = new ObjectMapper();
    public static final String[] SAMPLES = {"model-class4", "small-class1", "hosted-class2", "near-class4"};

    private Profiles() {
    }

    /** The bytes of a sample profile ({@code examples/profiles/NAME.yaml}, or {@code -Dfitg.profilesDir}). */
    public static byte[] sampleBytes(String name) {
        Path dir = Path.of(System.getProperty("fitg.profilesDir", "examples/profiles"));
        Path p = dir.resolve(name + ".yaml");
        try {
            if (Files.exists(p)) {
                return Files.readAllBytes(p);
            }
            try (InputStream in = Profiles.class.getResourceAsStream("/profiles/" + name + ".yaml")) {
                if (in == null) {
                    throw new IllegalStateException(p + " not found: run from the repository root or set -Dfitg.profilesDir");
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] modelBytes() {
        return sampleBytes("model-class4");
    }

    public static Profile sample(String name) {
        return new ProfileReader().parse(sampleBytes(name), name + ".yaml", false, Profile.class);
    }

    public static Profile model() {
        return sample("model-class4");
    }

    /** Every sample profile, parsed. */
    public static List<Profile> samples() {
        List<Profile> out = new ArrayList<>();
        for (String s : SAMPLES) {
            out.add(sample(s));
        }
        return out;
    }

    /** The model grown to {@code branches} branches and {@code staff} staff, as JSON bytes. */
    public static byte[] grownJson(int branches, int staff, boolean yearOfRecords) {
        try {
            ObjectNode root = (ObjectNode) YAML.readTree(modelBytes());
            int baseStaff = root.path("management").path("staff").size();
            grow((ArrayNode) root.path("branches"), branches);
            grow((ArrayNode) root.path("management").path("staff"), staff);
            JsonNode company = root.path("company");
            if (company.has("hqHeadcount") && baseStaff > 0) {
                long hq = (long) company.get("hqHeadcount").asInt() * staff / baseStaff;
                ((ObjectNode) company).set("hqHeadcount", IntNode.valueOf((int) Math.max(hq, staff)));
            }
            if (yearOfRecords) {
                fillDated(root);
            }
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The model grown to {@code branches} branches and {@code staff} staff, bound and validated like a file (the
     * largest are over the 32 MiB file limit, so they go in as a tree, past the byte-size check only).
     */
    public static Profile grown(int branches, int staff, boolean yearOfRecords) {
        try {
            return new ProfileReader().fromTree(JSON.readTree(grownJson(branches, staff, yearOfRecords)),
                    "grown-" + branches + "-" + staff + ".json", Profile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the list's items round-robin up to {@code n} (or cuts it to {@code n}), with unique ids. */
    private static void grow(ArrayNode a, int n) {
        if (a.isEmpty()) {
            throw new IllegalStateException("the model has no items to copy");
        }
        int base = a.size();
        for (int i = base; i < n; i++) {
            ObjectNode original = (ObjectNode) a.get(i % base);
            String id = original.path("id").asText("");
            a.add(renamed(original.deepCopy(), id, id + "-" + i));
        }
        while (a.size() > n) {
            a.remove(a.size() - 1);
        }
    }

    /** Every {@code id} / {@code reference} text starting with {@code from} now starts with {@code to}. */
    private static JsonNode renamed(JsonNode n, String from, String to) {
        if (n instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = e.getValue();
                if ((e.getKey().equals("id") || e.getKey().equals("reference")) && v.isTextual()
                        && !from.isEmpty() && v.asText().startsWith(from)) {
                    e.setValue(TextNode.valueOf(to + v.asText().substring(from.length())));
                } else {
                    renamed(v, from, to);
                }
            }
        } else if (n instanceof ArrayNode a) {
            a.forEach(x -> renamed(x, from, to));
        }
        return n;
    }

    /** Every list of objects with a {@code date} gets one record per day for the year before its latest record. */
    static void fillDated(JsonNode n) {
        if (n instanceof ArrayNode a) {
            if (!a.isEmpty() && a.get(0).isObject() && a.get(0).path("date").isTextual()) {
                ObjectNode template = (ObjectNode) a.get(a.size() - 1);
                LocalDate last = LocalDate.parse(template.get("date").asText());
                for (int d = 1; a.size() < 365; d++) {
                    // every date and time of the record moves with it, so that a record stays consistent with
                    // itself (a drill's date is the day of its interruptedAt; a restore follows its backup)
                    ObjectNode copy = (ObjectNode) shifted(template.deepCopy(), d);
                    if (copy.path("id").isTextual()) {
                        copy.set("id", TextNode.valueOf(copy.get("id").asText() + "-d" + d));
                    }
                    a.add(copy);
                }
                return;
            }
            a.forEach(Profiles::fillDated);
        } else if (n instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                fillDated(it.next().getValue());
            }
        }
    }

    private static final java.util.regex.Pattern DATE_TIME =
            java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?)?");

    /** {@code n} with every date and local date-time text moved {@code days} days earlier. */
    static JsonNode shifted(JsonNode n, int days) {
        if (n instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                e.setValue(shifted(e.getValue(), days));
            }
            return o;
        }
        if (n instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                a.set(i, shifted(a.get(i), days));
            }
            return a;
        }
        if (n.isTextual() && DATE_TIME.matcher(n.asText()).matches()) {
            String t = n.asText();
            return TextNode.valueOf(t.length() == 10 ? LocalDate.parse(t).minusDays(days).toString()
                    : java.time.LocalDateTime.parse(t).minusDays(days).toString());
        }
        return n;
    }

    /** How many records (objects) a profile's JSON holds: the size of the facts the rules read. */
    public static int records(byte[] json) {
        try {
            return count(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int count(JsonNode n) {
        int c = n.isObject() ? 1 : 0;
        for (JsonNode x : n) {
            c += count(x);
        }
        return c;
    }
}
