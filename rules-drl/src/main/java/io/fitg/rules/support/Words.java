package io.fitg.rules.support;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The normal form in which the rules compare free-text values (roles, kinds, duties, "none"…): lower case, trimmed,
 * {@code -}, {@code _} and blanks read as one space. Rules compare the same few values again and again (every role of
 * every staff member, in several rules, in every assessment), so the forms of the first {@value #REMEMBERED}
 * distinct values are remembered; past that they are computed each time (no value read from a profile can grow the
 * memory without bound).
 */
public final class Words {
    static final int REMEMBERED = 4096;
    private static final Map<String, String> FORMS = new ConcurrentHashMap<>();

    private Words() {
    }

    /** The normal form of {@code value}; "" for null. */
    public static String norm(String value) {
        if (value == null) {
            return "";
        }
        String known = FORMS.get(value);
        if (known != null) {
            return known;
        }
        String form = compute(value);
        if (FORMS.size() < REMEMBERED) {
            FORMS.putIfAbsent(value, form);
        }
        return form;
    }

    static String compute(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(v.length());
        boolean blank = false;
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            if (ch == '-' || ch == '_' || Character.isWhitespace(ch)) {
                if (!blank) {
                    out.append(' ');
                }
                blank = true;
            } else {
                out.append(ch);
                blank = false;
            }
        }
        return out.toString();
    }
}
