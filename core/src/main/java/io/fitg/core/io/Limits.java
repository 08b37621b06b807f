package io.fitg.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parser's own words for fitg's input limits and for values JSON and YAML do not allow (NaN, infinity), turned
 * into what was expected ("a number of at most 40 digits"), and the field path the parser was at, so that such a
 * message has the shape of every other: file, field path, expectation. Jackson's messages name its configuration
 * ({@code StreamReadConstraints.getMaxNumberLength()}, {@code JsonReadFeature…}), which a user cannot act on.
 */
final class Limits {
    private static final Pattern NON_STANDARD = Pattern.compile("Non-standard token '([^']*)'");
    private static final Pattern MALFORMED_NUMBER = Pattern.compile("Malformed numeric value '([^']*)'");
    private static final Pattern NUMBER_LENGTH = Pattern.compile("Number value length \\((\\d+)\\) exceeds");
    private static final Pattern NESTING = Pattern.compile("(?:Document nesting depth|Nesting Depth exceeded)");
    private static final Pattern STRING_LENGTH = Pattern.compile("String value length \\((\\d+)\\) exceeds");
    private static final Pattern NAME_LENGTH = Pattern.compile("Name length \\((\\d+)\\) exceeds");

    private Limits() {
    }

    /** What was expected, for a parser message about a limit or a non-finite number; null for any other message. */
    static String explain(String message) {
        if (message == null) {
            return null;
        }
        Matcher m = NON_STANDARD.matcher(message);
        if (m.find() && m.group(1).matches("[+-]?(NaN|Infinity|INF)")) {
            return "a finite number, not " + m.group(1) + " (NaN and infinity are not numbers fitg accepts)";
        }
        m = MALFORMED_NUMBER.matcher(message);
        if (m.find()) {
            String v = m.group(1);
            return v.toLowerCase(java.util.Locale.ROOT).matches("[+-]?\\.(nan|inf)")
                    ? "a finite number, not " + v + " (NaN and infinity are not numbers fitg accepts)"
                    : "a number, not '" + v + "'";
        }
        m = NUMBER_LENGTH.matcher(message);
        if (m.find()) {
            return "a number of at most 40 digits (this one has " + m.group(1) + ")";
        }
        if (NESTING.matcher(message).find()) {
            return "a document nested at most " + ProfileReader.MAX_DEPTH + " levels deep";
        }
        m = STRING_LENGTH.matcher(message);
        if (m.find()) {
            return "a text of at most " + String.format("%,d", ProfileReader.MAX_STRING) + " characters (this one has "
                    + String.format("%,d", Long.parseLong(m.group(1))) + " or more)";
        }
        m = NAME_LENGTH.matcher(message);
        if (m.find()) {
            return "a field name of at most 50,000 characters";
        }
        return null;
    }

    /** "a whole number up to 2147483647" for an int field given a bigger one. */
    static String wholeNumber(Class<?> target) {
        if (target == Integer.class || target == int.class) {
            return "a whole number up to " + Integer.MAX_VALUE;
        }
        if (target == Long.class || target == long.class) {
            return "a whole number below 10^15";
        }
        return "a smaller number";
    }

    /** The field path the parser was at when it failed ({@code company.hqHeadcount}, {@code staff[3].name}). */
    static String path(JsonProcessingException e) {
        return e.getProcessor() instanceof JsonParser p ? path(p) : "";
    }

    /** The field path of the parser's current position. */
    static String path(JsonParser p) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject()) {
                if (c.getCurrentName() != null) {
                    parts.add("." + c.getCurrentName());
                }
            } else if (c.inArray()) {
                parts.add("[" + Math.max(0, c.getCurrentIndex()) + "]");
            }
        }
        Collections.reverse(parts);
        String s = String.join("", parts);
        s = s.startsWith(".") ? s.substring(1) : s;
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
