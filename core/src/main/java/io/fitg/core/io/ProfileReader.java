package io.fitg.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.fitg.api.FitgInputException;
import io.fitg.model.Profile;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Reads profiles (and other fitg input files) from JSON or YAML, strictly: unknown fields, wrong types, duplicate
 * keys, negative counts and absurd dates are rejected with one {@link FitgInputException} that names the file, the
 * field path and what was expected.
 *
 * <p>Limits (documented in the README): 32 MiB per file, nesting depth 64, numbers of at most 40 digits,
 * texts of at most {@value #MAX_STRING} characters, YAML aliases of lists and mappings at most 50 per document (and
 * at most 1,000,000 values once every alias is expanded), only the YAML core tags.
 */
public final class ProfileReader {
    public static final long MAX_BYTES = 32L * 1024 * 1024;
    public static final int MAX_DEPTH = 64;
    public static final int MAX_ALIASES = 50;
    /** Longest text value, in characters. */
    public static final int MAX_STRING = 1_000_000;

    /**
     * The configured mappers, built on first use and shared by every reader: an ObjectMapper is thread-safe once
     * configured, and keeping one means each record type is introspected once per process, not once per file.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = configure(JsonMapper.builder(JsonFactory.builder()
                .streamReadConstraints(limits()).enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()).build());
    }

    private static final class Yaml {
        static final ObjectMapper MAPPER = configure(YAMLMapper.builder(YAMLFactory.builder()
                .loaderOptions(yamlLoaderOptions()).streamReadConstraints(limits())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()).build());
    }

    private static StreamReadConstraints limits() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH).maxNumberLength(40).maxStringLength(MAX_STRING).build();
    }

    public ProfileReader() {
    }

    /** SnakeYAML's limits: at most 50 aliases of collections, nesting depth 64, no duplicate keys, 32 MiB. */
    static LoaderOptions yamlLoaderOptions() {
        LoaderOptions lo = new LoaderOptions();
        lo.setMaxAliasesForCollections(MAX_ALIASES);
        lo.setNestingDepthLimit(MAX_DEPTH);
        lo.setAllowDuplicateKeys(false);
        lo.setCodePointLimit((int) MAX_BYTES);
        return lo;
    }

    private static ObjectMapper configure(ObjectMapper m) {
        m.registerModule(new JavaTimeModule());
        // registered after JavaTimeModule, so these win: a date is YYYY-MM-DD exactly (Jackson's would drop the
        // time of '2026-11-21T10:00'), a date-time a local YYYY-MM-DDTHH:MM[:SS] (no zone, no date alone)
        m.registerModule(new com.fasterxml.jackson.databind.module.SimpleModule("fitg-strict-dates")
                .addDeserializer(java.time.LocalDate.class, new StrictDates.Date())
                .addDeserializer(java.time.LocalDateTime.class, new StrictDates.DateTime()));
        m.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        m.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        m.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        m.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        m.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        m.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        m.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        for (LogicalType t : new LogicalType[]{LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            m.coercionConfigFor(t).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        m.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        m.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        m.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return m;
    }

    /** Reads a profile file; {@code -} reads standard input. The format follows the extension (.json, else YAML). */
    public Profile read(Path file) {
        return read(file, Profile.class);
    }

    public <T> T read(Path file, Class<T> type) {
        return readDigested(file, type).value();
    }

    /**
     * What was read from a file, and the SHA-256 (lower-case hex) of the file's bytes, which reports record as
     * {@code profileSha256} so that a report can be tied to the exact input it came from.
     */
    public record Digested<T>(T value, String sha256) {
    }

    /** Reads a profile file ({@code -} = standard input) and digests its bytes. */
    public Digested<Profile> readDigested(Path file) {
        return readDigested(file, Profile.class);
    }

    public <T> Digested<T> readDigested(Path file, Class<T> type) {
        String name = file.toString();
        byte[] bytes;
        try {
            if ("-".equals(name)) {
                bytes = System.in.readNBytes((int) MAX_BYTES + 1);
                name = "<stdin>";
            } else {
                if (Files.isDirectory(file)) {
                    throw new FitgInputException(name, "", "a " + kind(type) + " file (JSON or YAML), but this is a directory");
                }
                if (Files.size(file) > MAX_BYTES) {
                    throw new FitgInputException(name, "", "a file of at most " + MAX_BYTES / (1024 * 1024) + " MiB");
                }
                bytes = Files.readAllBytes(file);
            }
        } catch (NoSuchFileException e) {
            throw new FitgInputException(name, "", "an existing, readable file (no such file)");
        } catch (IOException e) {
            throw new FitgInputException(name, "", "a readable file (" + e.getMessage() + ")");
        }
        boolean isJson = name.toLowerCase().endsWith(".json")
                || (!name.toLowerCase().endsWith(".yaml") && !name.toLowerCase().endsWith(".yml") && startsWithBrace(bytes));
        return new Digested<>(parse(bytes, name, isJson, type), sha256(bytes));
    }

    /** What a file of this type is called in messages: profile, waiver, tailoring. */
    static String kind(Class<?> type) {
        return type == Profile.class ? "profile" : type == io.fitg.api.WaiverSet.class ? "waiver"
                : type == io.fitg.api.Tailoring.class ? "tailoring" : type.getSimpleName();
    }

    /** SHA-256 of bytes, lower-case hex. */
    public static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses bytes already in memory. */
    public <T> T parse(byte[] bytes, String source, boolean isJson, Class<T> type) {
        if (bytes.length > MAX_BYTES) {
            throw new FitgInputException(source, "", "a file of at most " + MAX_BYTES / (1024 * 1024) + " MiB");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new FitgInputException(source, "", "UTF-8 text (the file has bytes that are not UTF-8)");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new FitgInputException(source, "", "a " + (isJson ? "JSON" : "YAML") + " document, but the file is empty");
        }
        ObjectMapper mapper = isJson ? Json.MAPPER : Yaml.MAPPER;
        if (!isJson && text.indexOf('*') >= 0 && YamlAliases.present(mapper, text)) {
            // Jackson's YAML parser hands an alias back as the anchor's name; expand aliases first (within limits)
            text = YamlAliases.expand(text, yamlLoaderOptions(), source);
        }
        if (!isJson && text.indexOf('!') >= 0) {
            YamlTags.check(mapper, text, source);
        }
        final String doc = text;
        // One parse when the file is good. When binding fails, the whole document's syntax is checked first, so
        // that a malformed file is reported as such and not as the type error the binder happened to meet first.
        return bind(source, isJson, () -> mapper.readValue(doc, type), () -> checkSyntax(mapper, doc, source, isJson));
    }

    private static void checkSyntax(ObjectMapper mapper, String text, String source, boolean isJson) {
        JsonParser syntax = null;
        try {
            syntax = mapper.createParser(text);
            mapper.readTree(syntax);
        } catch (JsonProcessingException e) {
            if (String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
                throw new FitgInputException(source, "", "one document only: there is more content after the first"
                        + " one" + at(e.getLocation()), e);
            }
            String limit = Limits.explain(e.getOriginalMessage());
            String where = syntax != null ? Limits.path(syntax) : Limits.path(e);
            if (limit != null) {
                throw new FitgInputException(source, where, limit + at(e.getLocation()), e);
            }
            throw new FitgInputException(source, where, "well-formed " + (isJson ? "JSON" : "YAML") + ": "
                    + clean(e.getOriginalMessage()) + at(e.getLocation()), e);
        } catch (IOException e) {
            throw new FitgInputException(source, "", "a readable document (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            String limit = Limits.explain(e.getMessage());
            String where = syntax != null ? Limits.path(syntax) : "";
            throw new FitgInputException(source, where, limit != null ? limit : "a well-formed " + (isJson ? "JSON" : "YAML")
                    + " document within fitg's limits: " + clean(e.getMessage()), e);
        } finally {
            if (syntax != null) {
                try {
                    syntax.close();
                } catch (IOException ignored) {
                    // nothing to release that matters
                }
            }
        }
    }

    /**
     * Binds a tree already in memory (e.g. a scenario's patched profile) with the same strictness and messages as
     * {@link #parse}, without writing it out and reading it again.
     */
    public <T> T fromTree(JsonNode tree, String source, Class<T> type) {
        return bind(source, false, () -> Yaml.MAPPER.treeToValue(tree, type), () -> { });
    }

    private interface Binder<T> {
        T bind() throws IOException;
    }

    private <T> T bind(String source, boolean isJson, Binder<T> binder, Runnable syntaxCheck) {
        T value;
        try {
            try {
                value = binder.bind();
            } catch (IOException | RuntimeException e) {
                syntaxCheck.run(); // a malformed document is reported as such, before any type error
                throw e;
            }
        } catch (UnrecognizedPropertyException e) {
            Collection<Object> known = e.getKnownPropertyIds();
            String knownList = known == null ? "" : known.stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", "));
            throw new FitgInputException(source, path(e), "no field '" + e.getPropertyName()
                    + "' here; known fields: " + knownList, e);
        } catch (InvalidFormatException e) {
            throw new FitgInputException(source, path(e), describe(e.getTargetType()) + ", not '" + e.getValue() + "'"
                    + at(e.getLocation()), e);
        } catch (MismatchedInputException e) {
            String what = e.getTargetType() == null ? "a value of another shape" : describe(e.getTargetType());
            throw new FitgInputException(source, path(e), what + at(e.getLocation()) + detail(e), e);
        } catch (JsonMappingException e) {
            Throwable root = rootCause(e);
            if (root instanceof com.fasterxml.jackson.core.exc.InputCoercionException ic) {
                throw new FitgInputException(source, path(e), Limits.wholeNumber(ic.getTargetType())
                        + at(e.getLocation()), e);
            }
            String limit = Limits.explain(root.getMessage());
            if (limit != null) {
                throw new FitgInputException(source, path(e), limit + at(e.getLocation()), e);
            }
            String what = root instanceof DateTimeParseException
                    ? "a date written YYYY-MM-DD" : root instanceof FitgInputException fi ? fi.expected()
                    : clean(root.getMessage());
            throw new FitgInputException(source, path(e), what + at(e.getLocation()), e);
        } catch (com.fasterxml.jackson.core.exc.InputCoercionException e) {
            throw new FitgInputException(source, Limits.path(e), Limits.wholeNumber(e.getTargetType())
                    + at(e.getLocation()), e);
        } catch (JsonProcessingException e) {
            String limit = Limits.explain(e.getOriginalMessage());
            throw new FitgInputException(source, Limits.path(e), limit != null ? limit + at(e.getLocation())
                    : "well-formed " + (isJson ? "JSON" : "YAML") + ": " + clean(e.getOriginalMessage())
                    + at(e.getLocation()), e);
        } catch (IOException e) {
            throw new FitgInputException(source, "", "a readable document (" + e.getMessage() + ")", e);
        } catch (FitgInputException e) {
            throw e; // already says what was expected (the syntax check's verdict)
        } catch (RuntimeException e) {
            // SnakeYAML limits (aliases, depth, size) surface as its own runtime exceptions
            throw new FitgInputException(source, "", "a well-formed YAML document within fitg's limits: "
                    + clean(e.getMessage()), e);
        }
        if (value == null) {
            throw new FitgInputException(source, "", "a document with content, not null");
        }
        Validator.validate(value, source);
        return value;
    }

    private static boolean startsWithBrace(byte[] b) {
        for (byte x : b) {
            if (x == ' ' || x == '\n' || x == '\r' || x == '\t') {
                continue;
            }
            return x == '{' || x == '[';
        }
        return false;
    }

    static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String describe(Class<?> t) {
        if (t == null) {
            return "a value";
        }
        if (t == Integer.class || t == int.class || t == Long.class || t == long.class) {
            return "a whole number";
        }
        if (t == Double.class || t == double.class || t == java.math.BigDecimal.class) {
            return "a number";
        }
        if (t == Boolean.class || t == boolean.class) {
            return "true or false";
        }
        if (t == String.class) {
            return "a text";
        }
        if (t == java.time.LocalDate.class) {
            return "a date written YYYY-MM-DD";
        }
        if (t == java.time.LocalDateTime.class) {
            return StrictDates.DATE_TIME_EXPECTED;
        }
        if (t.isEnum()) {
            StringBuilder sb = new StringBuilder("one of ");
            Object[] cs = t.getEnumConstants();
            for (int i = 0; i < cs.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(cs[i]);
            }
            return sb.toString();
        }
        if (Collection.class.isAssignableFrom(t)) {
            return "a list";
        }
        if (t.isRecord()) {
            return "an object (" + t.getSimpleName() + ")";
        }
        return "a " + t.getSimpleName();
    }

    private static String detail(MismatchedInputException e) {
        String m = e.getOriginalMessage();
        if (m != null && m.contains("Duplicate field")) {
            return " (duplicate key: " + clean(m) + ")";
        }
        return "";
    }

    private static String at(JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 0) {
            return "";
        }
        return " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
    }

    private static Throwable rootCause(Throwable t) {
        Throwable r = t;
        while (r.getCause() != null && r.getCause() != r) {
            r = r.getCause();
        }
        return r;
    }

    private static String clean(String m) {
        if (m == null) {
            return "";
        }
        String s = m.replaceAll("\\s+", " ").trim();
        int i = s.indexOf(" at [Source");
        if (i > 0) {
            s = s.substring(0, i);
        }
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    /** Writes profiles or other objects as JSON, for tests and tools. */
    public ObjectMapper jsonMapper() {
        return Json.MAPPER;
    }

    /** The YAML mapper with the same strictness. */
    public ObjectMapper yamlMapper() {
        return Yaml.MAPPER;
    }

    /** Convenience for readers of an InputStream (embedding code). */
    public Profile read(InputStream in, String sourceName, boolean isJson) {
        try {
            return parse(in.readNBytes((int) MAX_BYTES + 1), sourceName, isJson, Profile.class);
        } catch (IOException e) {
            throw new FitgInputException(sourceName, "", "a readable stream (" + e.getMessage() + ")");
        }
    }
}
