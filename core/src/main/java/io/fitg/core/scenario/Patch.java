package io.fitg.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Changes to a profile tree, as scenario files write them. Paths are dotted with list indexes:
 * {@code management.staff[3].hq}. Operations:
 * <ul>
 *   <li>{@code set: {path, value}} — sets a value, creating missing objects on the way</li>
 *   <li>{@code remove: path} — removes a field or a list element</li>
 *   <li>{@code append: {path, value}} — appends to a list (a list value appends each element)</li>
 *   <li>{@code keep: {path, count}} — keeps the first {@code count} elements of a list</li>
 *   <li>{@code repeat: {path, count, value}} — appends {@code count} copies of {@code value}; the text
 *       {@code {i}} in any string of the value becomes 1, 2, 3…</li>
 *   <li>{@code removeWhere: {path, match}} — removes the list elements whose fields equal every field of
 *       {@code match}</li>
 *   <li>{@code setWhere: {path, match, set}} — on the list elements matching, sets each field of {@code set}</li>
 * </ul>
 */
public final class Patch {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Patch() {
    }

    public static void apply(ObjectNode root, JsonNode op) {
        if (!op.isObject() || op.size() != 1) {
            throw new IllegalArgumentException("a patch operation is an object with one key (set, remove, append, "
                    + "keep, repeat, removeWhere, setWhere): " + op);
        }
        Map.Entry<String, JsonNode> e = op.fields().next();
        JsonNode a = e.getValue();
        switch (e.getKey()) {
            case "set" -> set(root, text(a, "path"), a.get("value"));
            case "remove" -> remove(root, a.isTextual() ? a.asText() : text(a, "path"));
            case "append" -> {
                ArrayNode arr = array(root, text(a, "path"), true);
                JsonNode v = a.get("value");
                if (v.isArray()) {
                    v.forEach(x -> arr.add(x.deepCopy()));
                } else {
                    arr.add(v.deepCopy());
                }
            }
            case "keep" -> {
                ArrayNode arr = array(root, text(a, "path"), false);
                int n = a.get("count").asInt();
                while (arr.size() > n) {
                    arr.remove(arr.size() - 1);
                }
            }
            case "repeat" -> {
                ArrayNode arr = array(root, text(a, "path"), true);
                int n = a.get("count").asInt();
                for (int i = 1; i <= n; i++) {
                    arr.add(substitute(a.get("value"), String.valueOf(i)));
                }
            }
            case "removeWhere" -> {
                ArrayNode arr = array(root, text(a, "path"), false);
                for (int i = arr.size() - 1; i >= 0; i--) {
                    if (matches(arr.get(i), a.get("match"))) {
                        arr.remove(i);
                    }
                }
            }
            case "setWhere" -> {
                ArrayNode arr = array(root, text(a, "path"), false);
                for (JsonNode el : arr) {
                    if (matches(el, a.get("match")) && el instanceof ObjectNode o) {
                        a.get("set").fields().forEachRemaining(f -> o.set(f.getKey(), f.getValue().deepCopy()));
                    }
                }
            }
            default -> throw new IllegalArgumentException("unknown patch operation '" + e.getKey() + "'");
        }
    }

    private static boolean matches(JsonNode el, JsonNode match) {
        if (match == null || !match.isObject()) {
            return true;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = match.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> m = it.next();
            if (!m.getValue().equals(el.get(m.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode substitute(JsonNode v, String i) {
        if (v.isTextual()) {
            return TextNode.valueOf(v.asText().replace("{i}", i));
        }
        if (v.isObject()) {
            ObjectNode o = F.objectNode();
            v.fields().forEachRemaining(f -> o.set(f.getKey(), substitute(f.getValue(), i)));
            return o;
        }
        if (v.isArray()) {
            ArrayNode a = F.arrayNode();
            v.forEach(x -> a.add(substitute(x, i)));
            return a;
        }
        return v.deepCopy();
    }

    private static String text(JsonNode a, String field) {
        JsonNode v = a.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("patch operation needs '" + field + "': " + a);
        }
        return v.asText();
    }

    /** Splits {@code a.b[2].c} into {@code a, b, [2], c}. */
    static List<Object> steps(String path) {
        List<Object> out = new ArrayList<>();
        for (String part : path.split("\\.")) {
            int b = part.indexOf('[');
            String name = b < 0 ? part : part.substring(0, b);
            if (!name.isEmpty()) {
                out.add(name);
            }
            while (b >= 0) {
                int end = part.indexOf(']', b);
                out.add(Integer.parseInt(part.substring(b + 1, end)));
                b = part.indexOf('[', end);
            }
        }
        return out;
    }

    private static JsonNode parent(ObjectNode root, List<Object> steps, boolean create) {
        JsonNode cur = root;
        for (int i = 0; i < steps.size() - 1; i++) {
            Object s = steps.get(i);
            Object next = steps.get(i + 1);
            JsonNode child = s instanceof Integer idx ? cur.get(idx) : cur.get((String) s);
            if (child == null || child.isNull()) {
                if (!create || s instanceof Integer) {
                    throw new IllegalArgumentException("path step '" + s + "' not found");
                }
                child = next instanceof Integer ? F.arrayNode() : F.objectNode();
                ((ObjectNode) cur).set((String) s, child);
            }
            cur = child;
        }
        return cur;
    }

    static void set(ObjectNode root, String path, JsonNode value) {
        List<Object> steps = steps(path);
        JsonNode p = parent(root, steps, true);
        Object last = steps.get(steps.size() - 1);
        JsonNode v = value == null ? F.nullNode() : value.deepCopy();
        if (last instanceof Integer idx) {
            ((ArrayNode) p).set(idx, v);
        } else {
            ((ObjectNode) p).set((String) last, v);
        }
    }

    static void remove(ObjectNode root, String path) {
        List<Object> steps = steps(path);
        JsonNode p = parent(root, steps, false);
        Object last = steps.get(steps.size() - 1);
        if (last instanceof Integer idx) {
            ((ArrayNode) p).remove(idx);
        } else {
            ((ObjectNode) p).remove((String) last);
        }
    }

    static ArrayNode array(ObjectNode root, String path, boolean create) {
        List<Object> steps = steps(path);
        JsonNode p = parent(root, steps, create);
        Object last = steps.get(steps.size() - 1);
        JsonNode n = last instanceof Integer idx ? p.get(idx) : p.get((String) last);
        if (n == null || n.isNull()) {
            if (!create) {
                throw new IllegalArgumentException("no list at " + path);
            }
            ArrayNode arr = F.arrayNode();
            ((ObjectNode) p).set((String) last, arr);
            return arr;
        }
        if (!n.isArray()) {
            throw new IllegalArgumentException("not a list at " + path);
        }
        return (ArrayNode) n;
    }
}
