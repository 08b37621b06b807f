package io.fitg.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a built-in rule's DRL text (the rules-drl build concatenates the .drl files into one resource). */
final class RuleSources {
    static final String ALL = "io/fitg/rules-source/all.drl";
    private static volatile Map<String, String> sources;

    private RuleSources() {
    }

    static String source(String rule) {
        Map<String, String> s = sources;
        if (s == null) {
            s = load();
            sources = s;
        }
        return s.getOrDefault(rule, "");
    }

    private static Map<String, String> load() {
        Map<String, String> out = new ConcurrentHashMap<>();
        ClassLoader cl = RuleSources.class.getClassLoader();
        String drl = read(cl, ALL);
        if (drl == null) {
            return out;
        }
        Pattern p = Pattern.compile("(?ms)^\\s*rule\\s+\"([^\"]+)\".*?^end\\s*$");
        Matcher m = p.matcher(drl);
        while (m.find()) {
            out.put(m.group(1), m.group(0).strip());
        }
        return out;
    }

    /** The resource as UTF-8 text; null when it is missing or cannot be read. */
    static String read(ClassLoader cl, String path) {
        try (InputStream in = cl.getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
