package io.fitg.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.fitg.api.FitgInputException;

import java.io.IOException;
import java.util.Set;

/**
 * Only the YAML core tags are accepted ({@code !!str}, {@code !!int}, {@code !!float}, {@code !!bool},
 * {@code !!null}, {@code !!map}, {@code !!seq}). Any other tag is refused with its field path: {@code !!binary}
 * would otherwise turn a company name into its base64 text, and a local tag ({@code !foo}) means something to
 * the tool that wrote it and nothing to fitg. Tags never instantiate classes either way.
 */
final class YamlTags {
    private static final String CORE = "tag:yaml.org,2002:";
    private static final Set<String> ALLOWED = Set.of("str", "int", "float", "bool", "null", "map", "seq");

    private YamlTags() {
    }

    static void check(ObjectMapper yaml, String text, String source) {
        try (JsonParser p = yaml.getFactory().createParser(text)) {
            while (p.nextToken() != null) {
                if (!(p instanceof YAMLParser y)) {
                    return;
                }
                String tag = y.getTypeId();
                if (tag == null || tag.isEmpty() || tag.equals("!")) {
                    continue;
                }
                String name = tag.startsWith(CORE) ? tag.substring(CORE.length()) : null;
                if (name == null || !ALLOWED.contains(name)) {
                    String shown = name != null ? "!!" + name : tag.startsWith("!") ? tag : "!" + tag;
                    throw new FitgInputException(source, Limits.path(p), "a plain value: the YAML tag " + shown
                            + " is not accepted (only the core tags !!str, !!int, !!float, !!bool, !!null, !!map, !!seq)"
                            + at(p));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof FitgInputException fi) {
                throw fi;
            }
            // a syntax error: left to the full parse, which reports it with its position
        }
    }

    private static String at(JsonParser p) {
        var loc = p.currentTokenLocation();
        return loc == null || loc.getLineNr() < 0 ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
    }
}
