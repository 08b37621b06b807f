package io.fitg.core.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads the evidence (证明材料) data shipped in {@code fitg-rules-drl}:
 * <ul>
 *   <li>{@code earlier/guideline.txt} — the earlier edition's class-3 self-assessment template, parsed here into
 *       clauses with their 情况说明 and numbered 证明材料;</li>
 *   <li>{@code evidence/earlier-to-current.yaml} — each earlier clause mapped, by meaning, to a current class-3
 *       clause, or to {@code none} with the reason;</li>
 *   <li>{@code evidence/evidence.yaml} — lists written for current clauses (new clauses, clauses of other classes
 *       without a class-3 counterpart, and additions where the current text asks more);</li>
 *   <li>{@code evidence/same-as.yaml} — clauses of classes 1, 2 and 4 that state the same requirement as a class-3
 *       clause.</li>
 * </ul>
 * Everything is keyed by clause id, never by requirement key, so it survives the renaming and regrouping of
 * requirements; {@link Evidence#forCatalog} resolves it against whatever grouping the catalog has.
 */
public final class EvidenceLoader {
    public static final String DIR = CatalogLoader.BASE + "evidence/";
    public static final String EARLIER_TEXT = CatalogLoader.BASE + "earlier/guideline.txt";

    static final Pattern CLAUSE = CatalogLoader.CLAUSE;
    static final Pattern CHAPTER = Pattern.compile("^(\\d+\\.\\d+)\\s*(\\D.*?)\\s*$");
    static final Pattern SECTION = Pattern.compile("^(\\d+\\.\\d+\\.\\d+)\\s+(\\S.*?)\\s*$");
    static final Pattern SITUATION = Pattern.compile("^情况说明[:：]\\s*(.*?)\\s*$");
    static final Pattern ITEM = Pattern.compile("^(?:证明材料[:：]\\s*)?(\\d+)、\\s*(.*?)\\s*$");
    /** The earlier clause id the template prefixes every item with (once mistyped: 4.7.1.5 under 4.7.4.5). */
    static final Pattern ITEM_ID_PREFIX = Pattern.compile("^\\d+(?:\\.\\d+){3}\\s*");
    static final Pattern PLACEHOLDER = Pattern.compile("^[…．.。\\s]*$");

    private EvidenceLoader() {
    }

    /**
     * One clause of the earlier template.
     *
     * @param evidence   the numbered 证明材料, without the clause-id prefix and without the trailing "……" placeholder
     * @param rawItems   the same items as written in the template (prefix included)
     * @param oddLines   how many of the items stood on a malformed line (a stray "、" before the number)
     */
    public record EarlierClause(String id, boolean mandatory, boolean isNew, String chapter, String section,
                                String text, String situation, List<String> evidence, List<String> rawItems,
                                int oddLines) {
        public EarlierClause {
            evidence = List.copyOf(evidence);
            rawItems = List.copyOf(rawItems);
        }
    }

    /**
     * Where an earlier clause went.
     *
     * @param current the current class-3 clause id, or null when the current edition has no counterpart
     * @param note    what changed (may be empty)
     * @param reason  why there is no counterpart (set when {@code current} is null)
     */
    public record Mapping(String earlier, String current, String note, String reason) {
    }

    /** Loads every evidence file from the class path. */
    public static Evidence load() {
        List<EarlierClause> earlier = parseEarlier(CatalogLoader.resource(EARLIER_TEXT));
        return new Evidence(earlier, mappings(), written(), sameAs());
    }

    /** Parses the earlier template: clause lines, their 情况说明 and numbered 证明材料 (placeholders dropped). */
    public static List<EarlierClause> parseEarlier(String text) {
        List<EarlierClause> out = new ArrayList<>();
        Map<String, String> titles = new LinkedHashMap<>();
        Builder cur = null;
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = CLAUSE.matcher(line);
            if (m.matches()) {
                if (cur != null) {
                    out.add(cur.build());
                }
                String id = m.group(1);
                String[] p = id.split("\\.");
                cur = new Builder(id, "必须".equals(m.group(2)), "新增".equals(m.group(3)),
                        titles.get(p[0] + "." + p[1]), titles.get(p[0] + "." + p[1] + "." + p[2]), squeeze(m.group(4)));
                continue;
            }
            boolean odd = false;
            if (line.startsWith("、")) {        // one line of the template carries a stray enumeration comma
                line = line.substring(1).strip();
                odd = true;
            }
            Matcher s = SITUATION.matcher(line);
            if (s.matches() && cur != null) {
                cur.situation = s.group(1);
                continue;
            }
            Matcher i = ITEM.matcher(line);
            if (i.matches() && cur != null) {
                String item = i.group(2);
                if (PLACEHOLDER.matcher(item).matches()) {
                    continue;
                }
                cur.raw.add(item);
                cur.items.add(cleanItem(item));
                if (odd) {
                    cur.odd++;
                }
                continue;
            }
            Matcher sec = SECTION.matcher(line);
            if (sec.matches()) {
                titles.put(sec.group(1), sec.group(2));
                continue;
            }
            Matcher ch = CHAPTER.matcher(line);
            if (ch.matches()) {
                titles.put(ch.group(1), ch.group(2).strip());
            }
        }
        if (cur != null) {
            out.add(cur.build());
        }
        return out;
    }

    /** An evidence item as a document name: without the earlier clause id, the trailing "……" and odd spaces. */
    static String cleanItem(String item) {
        String s = ITEM_ID_PREFIX.matcher(item.strip()).replaceFirst("");
        s = s.replaceAll("[…]+$", "").strip();
        return squeeze(s);
    }

    /** Drops whitespace between two Chinese characters (the template wraps lines mid-word) and trims. */
    static String squeeze(String s) {
        return s.replaceAll("(?<=\\p{IsHan})[\\s\\u3000]+(?=\\p{IsHan})", "").strip();
    }

    private static final class Builder {
        final String id;
        final boolean mandatory;
        final boolean isNew;
        final String chapter;
        final String section;
        final String text;
        String situation = "";
        final List<String> items = new ArrayList<>();
        final List<String> raw = new ArrayList<>();
        int odd;

        Builder(String id, boolean mandatory, boolean isNew, String chapter, String section, String text) {
            this.id = id;
            this.mandatory = mandatory;
            this.isNew = isNew;
            this.chapter = chapter;
            this.section = section;
            this.text = text;
        }

        EarlierClause build() {
            return new EarlierClause(id, mandatory, isNew, chapter, section, text, situation, items, raw, odd);
        }
    }

    private static JsonNode yaml(String file) {
        try {
            JsonNode n = new ObjectMapper(new YAMLFactory()).readTree(CatalogLoader.resource(DIR + file));
            if (n == null || !n.isObject()) {
                throw new IllegalStateException(DIR + file + ": expected a mapping");
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(DIR + file, e);
        }
    }

    static Map<String, Mapping> mappings() {
        Map<String, Mapping> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = yaml("earlier-to-current.yaml").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String to = v.path("to").asText("");
            if (to.isEmpty()) {
                throw new IllegalStateException("earlier-to-current.yaml: " + e.getKey() + " has no 'to'");
            }
            boolean none = "none".equals(to);
            out.put(e.getKey(), new Mapping(e.getKey(), none ? null : to, v.path("note").asText(""),
                    v.path("reason").asText("")));
        }
        return out;
    }

    static Map<String, List<String>> written() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = yaml("evidence.yaml").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isArray()) {
                throw new IllegalStateException("evidence.yaml: " + e.getKey() + " must be a list of documents");
            }
            List<String> items = new ArrayList<>();
            e.getValue().forEach(x -> items.add(x.asText().strip()));
            out.put(e.getKey(), List.copyOf(items));
        }
        return out;
    }

    static Map<String, String> sameAs() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = yaml("same-as.yaml").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), e.getValue().asText());
        }
        return out;
    }
}
