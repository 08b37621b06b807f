package io.fitg.core.props;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fitg.api.FitgInputException;
import io.fitg.core.TestSupport;
import io.fitg.core.io.ProfileReader;
import io.fitg.model.Profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Profile generation for property tests, independent of the fact model's shape: the shipped sample profiles as
 * JSON trees, and mutations on them (remove a field, copy a list element, lengthen a retention period).
 */
final class Mutations {
    static final ObjectMapper YAML = new YAMLMapper();
    static final ProfileReader READER = new ProfileReader();
    static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    static final List<ObjectNode> SAMPLES = load();

    private Mutations() {
    }

    private static List<ObjectNode> load() {
        List<ObjectNode> out = new ArrayList<>();
        try (var files = Files.list(TestSupport.profilesDir())) {
            for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                out.add((ObjectNode) YAML.readTree(p.toFile()));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return List.copyOf(out);
    }

    static ObjectNode sample(int i) {
        return SAMPLES.get(Math.floorMod(i, SAMPLES.size())).deepCopy();
    }

    /** The profile for a tree, or empty when the mutation made it invalid input. */
    static Optional<Profile> parse(JsonNode tree) {
        try {
            return Optional.of(READER.parse(YAML.writeValueAsBytes(tree), "<generated>", false, Profile.class));
        } catch (FitgInputException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Paths of every object field (parent object, field name) below the root. */
    record Field(ObjectNode parent, String name) {
    }

    static List<Field> fields(JsonNode root) {
        List<Field> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(JsonNode n, List<Field> out) {
        if (n instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.add(new Field(o, e.getKey()));
                collect(e.getValue(), out);
            }
        } else if (n instanceof ArrayNode a) {
            a.forEach(x -> collect(x, out));
        }
    }

    static List<ArrayNode> arrays(JsonNode n) {
        List<ArrayNode> out = new ArrayList<>();
        arrays(n, out);
        return out;
    }

    private static void arrays(JsonNode n, List<ArrayNode> out) {
        if (n instanceof ArrayNode a) {
            if (!a.isEmpty() && a.get(0).isObject()) {
                out.add(a);
            }
            a.forEach(x -> arrays(x, out));
        } else if (n instanceof ObjectNode o) {
            o.forEach(x -> arrays(x, out));
        }
    }

    /** Removes the {@code i}-th field of the tree (removing data). */
    static boolean removeField(ObjectNode root, int i) {
        List<Field> fs = fields(root);
        if (fs.isEmpty()) {
            return false;
        }
        Field f = fs.get(Math.floorMod(i, fs.size()));
        f.parent().remove(f.name());
        return true;
    }

    /**
     * Appends to the {@code i}-th list of dated records (events: a training, a drill, a backup, a daily peak — lists
     * whose elements carry a {@code date}) a copy of its {@code j}-th element under a new id: adding a record.
     * Entities that other records refer to by id (rooms, centres, staff) are not copied: a new room or centre
     * legitimately brings obligations of its own. Neither is a dated record that another names by its id, such as a
     * drill a drill plan schedules (a held drill names it in {@code plannedAs}): its copy, under a new id that
     * nothing names, is one more drill the plan schedules, a duty and not a record of something done.
     */
    static boolean copyElement(ObjectNode root, int i, int j) {
        List<ArrayNode> as = arrays(root).stream().filter(a -> a.get(0).has("date")).toList();
        if (as.isEmpty()) {
            return false;
        }
        ArrayNode a = as.get(Math.floorMod(i, as.size()));
        ObjectNode copy = (ObjectNode) a.get(Math.floorMod(j, a.size())).deepCopy();
        if (copy.has("id") && referenced(root, copy.get("id").asText())) {
            return false;
        }
        if (copy.has("id")) {
            copy.set("id", TextNode.valueOf(copy.get("id").asText() + "-copy" + a.size()));
        }
        a.add(copy);
        return true;
    }

    /** Doubles every numeric field whose name says it is a retention period (lengthening a retention). */
    static int lengthenRetentions(JsonNode n) {
        int count = 0;
        if (n instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().toLowerCase().contains("retention") && e.getValue().isNumber()) {
                    o.put(e.getKey(), e.getValue().asLong() * 2 + 1);
                    count++;
                } else {
                    count += lengthenRetentions(e.getValue());
                }
            }
        } else if (n instanceof ArrayNode a) {
            for (JsonNode x : a) {
                count += lengthenRetentions(x);
            }
        }
        return count;
    }

    /** The latest date written anywhere in the tree. */
    static LocalDate latestDate(JsonNode n) {
        LocalDate[] max = {LocalDate.of(1990, 1, 1)};
        walkText(n, s -> {
            if (DATE.matcher(s).matches()) {
                try {
                    LocalDate d = LocalDate.parse(s);
                    if (d.isAfter(max[0])) {
                        max[0] = d;
                    }
                } catch (RuntimeException ignored) {
                    // not a date
                }
            }
        });
        return max[0];
    }

    /** Whether some text of the tree other than the record's own id is {@code id}: another record names it. */
    static boolean referenced(JsonNode root, String id) {
        int[] seen = {0};
        walkText(root, s -> {
            if (s.equals(id)) {
                seen[0]++;
            }
        });
        return seen[0] > 1;
    }

    private static void walkText(JsonNode n, java.util.function.Consumer<String> f) {
        if (n.isTextual()) {
            f.accept(n.asText());
        }
        n.forEach(x -> walkText(x, f));
    }
}
