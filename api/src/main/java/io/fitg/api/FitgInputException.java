package io.fitg.api;

/**
 * The one exception fitg throws for bad input: an unreadable file, a wrong type, an unknown field, a negative
 * count, an absurd date. Its message names the source, the field path and what was expected.
 */
public class FitgInputException extends RuntimeException {
    private final String source;
    private final String path;
    private final String expected;

    public FitgInputException(String source, String path, String expected) {
        this(source, path, expected, null);
    }

    public FitgInputException(String source, String path, String expected, Throwable cause) {
        super(format(source, path, expected), cause);
        this.source = source;
        this.path = path;
        this.expected = expected;
    }

    private static String format(String source, String path, String expected) {
        StringBuilder sb = new StringBuilder();
        sb.append(source == null ? "<input>" : source);
        if (path != null && !path.isEmpty()) {
            sb.append(": at ").append(path);
        }
        sb.append(": ").append(expected);
        return sb.toString();
    }

    /** The file (or {@code <stdin>}, or {@code <api>}) the input came from. */
    public String source() { return source; }

    /** The field path, e.g. {@code management.staff[3].educationLevel}; empty for the whole file. */
    public String path() { return path; }

    /** What was expected there. */
    public String expected() { return expected; }
}
