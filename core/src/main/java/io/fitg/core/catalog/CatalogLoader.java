package io.fitg.core.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fitg.api.Catalog;
import io.fitg.api.Clause;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the catalog of an edition from the guideline text shipped in {@code fitg-rules-drl}
 * ({@code io/fitg/catalog/<edition>/guideline.txt}, a verbatim copy of the seed) and the requirement mapping
 * beside it ({@code requirements/*.yaml}: requirement key, its clauses and their class parameters).
 *
 * <p>The text is the source of every clause's id, class, mandatory flag, new flag, chapter, section and wording;
 * the mapping adds only the requirement key and parameters. Parsing is deterministic, so the catalog is
 * reproduced from the text on every start.
 */
public final class CatalogLoader {
    public static final String BASE = "io/fitg/catalog/";
    /** {@code 2.1.1.3 [必须][新增] text} — whitespace between the parts varies in the seed. */
    static final Pattern CLAUSE = Pattern.compile("^\\s*(\\d+\\.\\d+\\.\\d+\\.\\d+)\\s*\\[(必须|可选)]\\s*\\[(新增|延续)]\\s*(.*?)\\s*$");
    static final Pattern HEADING = Pattern.compile("^\\s*(\\d+(?:\\.\\d+){0,2})\\.?\\s*([^\\d\\s.].*?)\\s*$");

    private CatalogLoader() {
    }

    /** Parsed clause line of the guideline text, before requirement mapping. */
    public record TextClause(String id, boolean mandatory, boolean isNew, String chapter, String section, String text) {
    }

    /** Loads an edition's catalog from the class path. */
    public static Catalog load(String edition) {
        String text = resource(BASE + edition + "/guideline.txt");
        List<TextClause> parsed = parseCurrent(text);
        Map<String, MappedClause> mapping = loadMapping(edition);
        List<Clause> clauses = new ArrayList<>();
        for (TextClause tc : parsed) {
            MappedClause m = mapping.get(tc.id());
            if (m == null) {
                throw new IllegalStateException("catalog " + edition + ": clause " + tc.id()
                        + " is not mapped to a requirement in requirements/*.yaml");
            }
            int cls = Integer.parseInt(tc.id().substring(0, tc.id().indexOf('.'))) - 1;
            clauses.add(new Clause(tc.id(), edition, cls, tc.mandatory(), tc.isNew(), tc.chapter(), tc.section(),
                    tc.text(), m.requirement(), m.rule(), m.params()));
        }
        if (mapping.size() != clauses.size()) {
            List<String> extra = new ArrayList<>(mapping.keySet());
            extra.removeAll(parsed.stream().map(TextClause::id).toList());
            throw new IllegalStateException("catalog " + edition + ": mapping names clauses not in the text: " + extra);
        }
        return new Catalog(edition, version(edition, text), clauses, definitions(text));
    }

    /**
     * Parses an edition's text: {@code N.C.S.K [必须|可选][新增|延续] text} under chapter/section headings. The earlier
     * edition's self-assessment template has the same clause lines (each followed by a 情况说明 and a list of 证明材料,
     * which are not clauses and are skipped) and headings without a space ({@code 4.1技术管理}).
     */
    public static List<TextClause> parseCurrent(String text) {
        Map<String, String> titles = new HashMap<>();
        List<TextClause> out = new ArrayList<>();
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = CLAUSE.matcher(line);
            if (m.matches()) {
                String id = m.group(1);
                String[] p = id.split("\\.");
                String chapter = titles.get(p[0] + "." + p[1]);
                String section = titles.get(p[0] + "." + p[1] + "." + p[2]);
                out.add(new TextClause(id, "必须".equals(m.group(2)), "新增".equals(m.group(3)), chapter, section,
                        m.group(4)));
                continue;
            }
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                titles.put(h.group(1), h.group(2));
            }
        }
        return out;
    }

    /** The definitions of section 1.4 ({@code 1.4.1} … {@code 1.4.6}). */
    static Map<String, String> definitions(String text) {
        Map<String, String> defs = new LinkedHashMap<>();
        Pattern def = Pattern.compile("^\\s*(1\\.4\\.\\d+)\\s+(.*?)\\s*$");
        for (String raw : text.split("\\R")) {
            Matcher m = def.matcher(raw);
            if (m.matches()) {
                defs.put(m.group(1), m.group(2));
            }
        }
        return defs;
    }

    record MappedClause(String requirement, String rule, Map<String, Object> params) {
    }

    /**
     * What the catalog data says changed for each requirement between the editions (the optional {@code change:}
     * line of a requirement in {@code requirements/*.yaml}), for {@code fitg catalog --diff}. Requirement key → text.
     */
    public static Map<String, String> changes(String edition) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        String dir = BASE + edition + "/requirements/";
        Map<String, String> out = new LinkedHashMap<>();
        for (String file : resource(dir + "index.txt").split("\\R")) {
            if (file.isBlank()) {
                continue;
            }
            try {
                JsonNode root = yaml.readTree(resource(dir + file.strip()));
                if (root == null) {
                    continue;
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> req = it.next();
                    JsonNode change = req.getValue().path("change");
                    if (change.isTextual()) {
                        out.put(req.getKey(), change.asText());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("catalog mapping " + dir + file, e);
            }
        }
        return out;
    }

    static Map<String, MappedClause> loadMapping(String edition) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        String dir = BASE + edition + "/requirements/";
        Map<String, MappedClause> out = new LinkedHashMap<>();
        for (String file : resource(dir + "index.txt").split("\\R")) {
            if (file.isBlank()) {
                continue;
            }
            JsonNode root;
            try {
                root = yaml.readTree(resource(dir + file.strip()));
            } catch (IOException e) {
                throw new UncheckedIOException("catalog mapping " + dir + file, e);
            }
            if (root == null) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> req = it.next();
                String key = req.getKey();
                JsonNode body = req.getValue();
                String rule = body.path("rule").asText(key);
                JsonNode cl = body.path("clauses");
                if (cl.isArray()) {
                    for (JsonNode id : cl) {
                        put(out, id.asText(), new MappedClause(key, rule, Map.of()), dir + file);
                    }
                } else {
                    for (Iterator<Map.Entry<String, JsonNode>> ci = cl.fields(); ci.hasNext(); ) {
                        Map.Entry<String, JsonNode> c = ci.next();
                        put(out, c.getKey(), new MappedClause(key, rule, params(c.getValue())), dir + file);
                    }
                }
            }
        }
        return out;
    }

    private static void put(Map<String, MappedClause> out, String id, MappedClause m, String file) {
        MappedClause prev = out.put(id, m);
        if (prev != null) {
            throw new IllegalStateException(file + ": clause " + id + " mapped to both " + prev.requirement()
                    + " and " + m.requirement());
        }
    }

    private static Map<String, Object> params(JsonNode node) {
        Map<String, Object> p = new LinkedHashMap<>();
        if (node == null || !node.isObject()) {
            return p;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            p.put(e.getKey(), value(e.getValue()));
        }
        return p;
    }

    private static Object value(JsonNode v) {
        if (v.isNumber()) {
            return new BigDecimal(v.asText());
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isArray()) {
            List<Object> l = new ArrayList<>();
            v.forEach(x -> l.add(value(x)));
            return List.copyOf(l);
        }
        return v.asText();
    }

    /** While set, where {@link #resource} reads from (compiling the catalogs records what was read). */
    private static final ThreadLocal<java.util.function.Function<String, String>> SOURCE = new ThreadLocal<>();

    /** Runs {@code work} on this thread with every catalog source read through {@code source}. */
    static <T> T readingThrough(java.util.function.Function<String, String> source, java.util.function.Supplier<T> work) {
        SOURCE.set(source);
        try {
            return work.get();
        } finally {
            SOURCE.remove();
        }
    }

    static String resource(String path) {
        java.util.function.Function<String, String> source = SOURCE.get();
        return source != null ? source.apply(path) : classpath(path);
    }

    /** A catalog source file from the class path, as text. */
    static String classpath(String path) {
        return new String(classpathBytes(path), StandardCharsets.UTF_8);
    }

    /** A catalog source file from the class path, as bytes. */
    static byte[] classpathBytes(String path) {
        try (InputStream in = CatalogLoader.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }

    private static String version(String edition, String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(text.getBytes(StandardCharsets.UTF_8));
            for (String file : resource(BASE + edition + "/requirements/index.txt").split("\\R")) {
                if (!file.isBlank()) {
                    md.update(resource(BASE + edition + "/requirements/" + file.strip()).getBytes(StandardCharsets.UTF_8));
                }
            }
            return edition + "@" + HexFormat.of().formatHex(md.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
