package io.fitg.reports;

import java.util.regex.Pattern;

/**
 * Escaping for every text that can come from a profile (company name, situations, messages, facts): such text is
 * data, never markup, a formula or a line break that changes a report's structure.
 */
public final class Esc {
    private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\uFFFE\\uFFFF]");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\R");

    private Esc() {
    }

    /** Drops control characters that no XML/HTML document may hold (keeps tab, CR, LF). */
    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        return CONTROLS.matcher(s).replaceAll("");
    }

    /** One line: control characters dropped, line breaks turned into spaces. */
    public static String oneLine(String s) {
        return LINE_BREAKS.matcher(clean(s)).replaceAll(" ").replace('\t', ' ');
    }

    /** HTML text and attribute values (double- or single-quoted). */
    public static String html(String s) {
        String c = clean(s);
        StringBuilder sb = new StringBuilder(c.length() + 16);
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            switch (ch) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }

    /**
     * Markdown inline text: one line, HTML-significant characters as entities (raw HTML in Markdown is passed
     * through by renderers), and the characters that open emphasis, code, links, tables or strike-through
     * backslash-escaped.
     */
    public static String md(String s) {
        String c = oneLine(s);
        StringBuilder sb = new StringBuilder(c.length() + 16);
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            switch (ch) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '\\', '`', '*', '_', '[', ']', '|', '~', '#', '!' -> sb.append('\\').append(ch);
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }

    /**
     * A spreadsheet cell that cannot be taken for a formula: a value starting with {@code = + - @}, a tab or a
     * carriage return (or their full-width forms, or any of these after leading spaces) gets a leading apostrophe,
     * which spreadsheets show as text. Control characters other than tab, CR and LF are dropped.
     */
    public static String cell(String s) {
        String c = clean(s);
        int i = 0;
        while (i < c.length() && c.charAt(i) == ' ') {
            i++;
        }
        if (i < c.length() && "=+-@\t\r＝＋－＠".indexOf(c.charAt(i)) >= 0) {
            return "'" + c;
        }
        return c;
    }
}
