package io.fitg.core;

import io.fitg.api.Finding;
import io.fitg.api.Report;
import io.fitg.model.Profile;
import io.fitg.model.validation.PersonalData;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pseudonymises personal data in a report ({@code --redact}): every profile value marked {@link PersonalData}
 * (staff names, employee numbers, contact persons and phones) is replaced, wherever it appears in the report's
 * texts and fact ids, by a stable pseudonym ({@code 人员-1a2b3c}) derived from the value, so the same person gets
 * the same pseudonym across reports and nothing of the original remains.
 */
public final class Redaction {
    private Redaction() {
    }

    /** The personal values of a profile and their pseudonyms, longest first (so a name inside another is safe). */
    public static Map<String, String> pseudonyms(Profile profile) {
        List<String> values = new ArrayList<>();
        collect(profile, false, values, 0);
        values.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        Map<String, String> out = new LinkedHashMap<>();
        for (String v : values) {
            out.putIfAbsent(v, "人员-" + hash(v));
        }
        return out;
    }

    public static Report apply(Report r, Profile profile) {
        Map<String, String> map = pseudonyms(profile);
        if (map.isEmpty()) {
            return r.withProvenance(Map.of("redacted", "yes (no personal data found)"));
        }
        List<Finding> findings = r.findings().stream().map(f -> redact(f, map)).toList();
        List<Finding> custom = r.customFindings().stream().map(f -> redact(f, map)).toList();
        Map<String, String> prov = new LinkedHashMap<>(r.provenance());
        prov.put("redacted", "yes: " + map.size() + " personal values pseudonymised");
        return new Report(replace(r.company(), map), r.edition(), r.asOf(), r.classes(), r.achievedClass(), findings,
                prov, custom);
    }

    private static Finding redact(Finding f, Map<String, String> map) {
        return new Finding(f.clause(), f.classLevel(), f.requirement(), f.mandatory(), f.status(),
                replace(f.message(), map), replace(f.expected(), map), replace(f.observed(), map),
                f.facts().stream().map(x -> map.getOrDefault(x, replace(x, map))).toList(), f.evidence(), f.rule(),
                replace(f.situation(), map), f.waiver() == null ? null : replace(f.waiver(), map));
    }

    static String replace(String s, Map<String, String> map) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        String out = s;
        for (Map.Entry<String, String> e : map.entrySet()) {
            // a very short ASCII value ("7", "A1") would also hit numbers and words: it is replaced only where it
            // stands alone (a fact id), never inside free text
            if (e.getKey().length() < 3 && e.getKey().chars().allMatch(c -> c < 128)) {
                continue;
            }
            if (out.contains(e.getKey())) {
                out = out.replace(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    private static void collect(Object v, boolean personal, List<String> out, int depth) {
        if (v == null || depth > 64) {
            return;
        }
        if (v instanceof String s) {
            if (personal && !s.isBlank()) {
                out.add(s);
            }
        } else if (v instanceof List<?> l) {
            for (Object o : l) {
                collect(o, personal, out, depth + 1);
            }
        } else if (v.getClass().isRecord()) {
            for (RecordComponent rc : v.getClass().getRecordComponents()) {
                try {
                    collect(rc.getAccessor().invoke(v), rc.isAnnotationPresent(PersonalData.class), out, depth + 1);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private static String hash(String v) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(("fitg-redact:" + v).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
