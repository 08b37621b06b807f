package io.fitg.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fitg.api.Finding;
import io.fitg.api.FitgInputException;
import io.fitg.api.Report;
import io.fitg.api.Status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads a report written by {@code fitg assess --format json} (the contract's shape) back into a {@link Report}.
 * Fields added later than the contract ({@code classes}, {@code provenance}, {@code situation}…) are optional.
 * Anything else wrong is one {@link FitgInputException} naming the file and the field path.
 */
public final class ReportReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportReader() {
    }

    public static Report read(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            if ("-".equals(name)) {
                bytes = System.in.readAllBytes();
                name = "<stdin>";
            } else {
                bytes = Files.readAllBytes(file);
            }
        } catch (NoSuchFileException e) {
            throw new FitgInputException(name, "", "an existing report file written by fitg assess --format json (no such file)");
        } catch (IOException e) {
            throw new FitgInputException(name, "", "a readable report file (" + e.getMessage() + ")");
        }
        return parse(new String(bytes, StandardCharsets.UTF_8), name);
    }

    public static Report parse(String json, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(json.startsWith("\uFEFF") ? json.substring(1) : json);
        } catch (JsonProcessingException e) {
            throw new FitgInputException(source, "", "a JSON report written by fitg assess --format json ("
                    + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new FitgInputException(source, "", "a JSON object (a report written by fitg assess --format json)");
        }
        String company = text(root, "company", source, true);
        String edition = text(root, "edition", source, true);
        LocalDate asOf;
        String asOfText = text(root, "asOf", source, true);
        try {
            asOf = LocalDate.parse(asOfText);
        } catch (DateTimeParseException e) {
            throw new FitgInputException(source, "asOf", "a date written YYYY-MM-DD, not '" + asOfText + "'");
        }
        int achieved = integer(root, "achievedClass", source);
        JsonNode fs = root.get("findings");
        if (fs == null || !fs.isArray()) {
            throw new FitgInputException(source, "findings", "a list of findings");
        }
        List<Finding> findings = new ArrayList<>();
        TreeSet<Integer> seenClasses = new TreeSet<>();
        java.util.Map<String, Integer> seenClauses = new java.util.HashMap<>();
        for (int i = 0; i < fs.size(); i++) {
            String at = "findings[" + i + "]";
            Finding f = finding(fs.get(i), source, at);
            Integer first = seenClauses.putIfAbsent(f.clause(), i);
            if (first != null) {
                throw new FitgInputException(source, at + ".clause", "one finding per clause; clause " + f.clause()
                        + " is also findings[" + first + "] (not a report written by fitg, or edited)");
            }
            seenClasses.add(f.classLevel());
            findings.add(f);
        }
        List<Finding> custom = new ArrayList<>();
        JsonNode cf = root.get("customFindings");
        if (cf != null && !cf.isNull()) {
            if (!cf.isArray()) {
                throw new FitgInputException(source, "customFindings", "a list of findings");
            }
            for (int i = 0; i < cf.size(); i++) {
                custom.add(finding(cf.get(i), source, "customFindings[" + i + "]"));
            }
        }
        List<Integer> classes = new ArrayList<>();
        JsonNode cl = root.get("classes");
        if (cl != null && cl.isArray()) {
            cl.forEach(c -> classes.add(c.asInt()));
        } else {
            JsonNode summary = root.get("summary");
            if (summary != null && summary.isObject()) {
                summary.fieldNames().forEachRemaining(k -> classes.add(Integer.parseInt(k)));
            } else {
                classes.addAll(seenClasses);
            }
        }
        TreeSet<Integer> all = new TreeSet<>(classes);
        all.addAll(seenClasses);
        classes.clear();
        classes.addAll(all);
        Map<String, String> prov = new LinkedHashMap<>();
        JsonNode p = root.get("provenance");
        if (p != null && p.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                prov.put(e.getKey(), e.getValue().asText());
            }
        }
        return new Report(company, edition, asOf, classes, achieved, findings, prov, custom);
    }

    private static Finding finding(JsonNode f, String source, String at) {
        if (f == null || !f.isObject()) {
            throw new FitgInputException(source, at, "a finding object");
        }
        String statusText = text(f, "status", source, true, at);
        Status status;
        try {
            status = Status.valueOf(statusText);
        } catch (IllegalArgumentException e) {
            throw new FitgInputException(source, at + ".status", "one of COMPLIANT, NON_COMPLIANT, NOT_APPLICABLE, "
                    + "INSUFFICIENT_DATA, WAIVED, not '" + statusText + "'");
        }
        int cls = integer(f, "class", source, at);
        JsonNode waiver = f.get("waiver");
        return new Finding(text(f, "clause", source, true, at), cls, text(f, "requirement", source, false, at),
                f.path("mandatory").asBoolean(false), status, text(f, "message", source, false, at),
                text(f, "expected", source, false, at), text(f, "observed", source, false, at),
                strings(f.get("facts")), strings(f.get("evidence")), text(f, "rule", source, false, at),
                text(f, "situation", source, false, at), waiver == null || waiver.isNull() ? null : waiver.asText(),
                text(f, "title", source, false, at));
    }

    private static String text(JsonNode o, String field, String source, boolean required) {
        return text(o, field, source, required, "");
    }

    private static String text(JsonNode o, String field, String source, boolean required, String at) {
        JsonNode v = o.get(field);
        String path = at.isEmpty() ? field : at + "." + field;
        if (v == null || v.isNull()) {
            if (required) {
                throw new FitgInputException(source, path, "a text (the field is missing)");
            }
            return "";
        }
        if (!v.isTextual()) {
            throw new FitgInputException(source, path, "a text");
        }
        return v.asText();
    }

    private static int integer(JsonNode o, String field, String source) {
        return integer(o, field, source, "");
    }

    private static int integer(JsonNode o, String field, String source, String at) {
        JsonNode v = o.get(field);
        if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new FitgInputException(source, at.isEmpty() ? field : at + "." + field, "a whole number");
        }
        return v.asInt();
    }

    private static List<String> strings(JsonNode arr) {
        List<String> out = new ArrayList<>();
        if (arr != null && arr.isArray()) {
            arr.forEach(x -> out.add(x.asText()));
        }
        return out;
    }
}
