package io.fitg.core.catalog;

import io.fitg.api.Catalog;
import io.fitg.api.Clause;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The catalogs and their evidence lists, read once at build time and kept in a compact form
 * ({@code io/fitg/catalog/compiled/<edition>.bin} in the core jar), so that an engine does not parse the guideline
 * text, the requirement YAML and the earlier template on every start (about a quarter of a second of a cold JVM).
 *
 * <p>A compiled catalog is the parsed one, field for field. It records which source files it was made from and
 * checksums of their bytes (length, CRC-32C and CRC-32 over them all: no security provider to start, cheap cold); when the sources on the class path differ (another {@code fitg-rules-drl} beside this core,
 * a catalog edited in place) it is not used and the catalog is parsed from its sources as before. So it can never
 * give a different catalog from the one the sources give; {@code CompiledCatalogsTest} checks that it is the same.
 *
 * <p>Written by {@link #main} during the core build ({@code process-classes}).
 */
public final class CompiledCatalogs {
    static final String DIR = CatalogLoader.BASE + "compiled/";
    private static final int MAGIC = 0x46495447;   // "FITG"
    private static final int FORMAT = 2;

    private CompiledCatalogs() {
    }

    /** A catalog and its clause id → evidence documents (empty when the edition has none). */
    public record Compiled(Catalog catalog, Map<String, List<String>> evidence) {
    }

    /** Writes the compiled catalog of every known edition into the folder given (the core's class output). */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]).resolve(DIR);
        Files.createDirectories(dir);
        for (String edition : args.length > 1 ? Arrays.asList(args).subList(1, args.length) : List.of("current", "earlier")) {
            Files.write(dir.resolve(edition + ".bin"), compile(edition, CatalogLoader::classpath));
        }
    }

    /** Parses an edition from its sources (read through {@code source}) and returns its compiled form. */
    static byte[] compile(String edition, Function<String, String> source) {
        List<String> read = new ArrayList<>();
        Function<String, String> recording = path -> {
            read.add(path);
            return source.apply(path);
        };
        Catalog catalog = CatalogLoader.readingThrough(recording, () -> CatalogLoader.load(edition));
        Map<String, List<String>> evidence = "current".equals(edition)
                ? CatalogLoader.readingThrough(recording, () -> EvidenceLoader.load().forCatalog(catalog)) : Map.of();
        List<String> paths = List.copyOf(new LinkedHashSet<>(read));
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(paths.size());
            for (String p : paths) {
                string(out, p);
            }
            out.write(digest(paths, path -> source.apply(path).getBytes(StandardCharsets.UTF_8)));
            string(out, catalog.edition());
            string(out, catalog.version());
            out.writeInt(catalog.definitions().size());
            for (Map.Entry<String, String> d : catalog.definitions().entrySet()) {
                string(out, d.getKey());
                string(out, d.getValue());
            }
            out.writeInt(catalog.clauses().size());
            for (Clause c : catalog.clauses()) {
                string(out, c.id());
                string(out, c.edition());
                out.writeInt(c.classLevel());
                out.writeBoolean(c.mandatory());
                out.writeBoolean(c.isNew());
                string(out, c.chapter());
                string(out, c.section());
                string(out, c.text());
                string(out, c.requirement());
                string(out, c.rule());
                out.writeInt(c.params().size());
                // Clause keeps its params in an unordered map: written sorted, so the file is reproducible
                for (String k : c.params().keySet().stream().sorted().toList()) {
                    string(out, k);
                    value(out, c.params().get(k));
                }
            }
            out.writeInt(evidence.size());
            for (Map.Entry<String, List<String>> e : evidence.entrySet()) {
                string(out, e.getKey());
                out.writeInt(e.getValue().size());
                for (String doc : e.getValue()) {
                    string(out, doc);
                }
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The compiled catalog of an edition when this jar has one and the sources on the class path are the ones it was
     * made from; else null (the caller parses the sources).
     */
    public static Compiled load(String edition) {
        byte[] bytes;
        try (InputStream in = CompiledCatalogs.class.getClassLoader().getResourceAsStream(DIR + edition + ".bin")) {
            if (in == null) {
                return null;
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
        return read(bytes, edition, CatalogLoader::classpathBytes);
    }

    /** Reads a compiled catalog; null when it is not one, is for another edition or its sources have changed. */
    static Compiled read(byte[] bytes, String edition, Function<String, byte[]> source) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                return null;
            }
            int n = in.readInt();
            List<String> paths = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                paths.add(string(in));
            }
            byte[] expected = new byte[DIGEST_BYTES];
            in.readFully(expected);
            byte[] actual;
            try {
                actual = digest(paths, source);
            } catch (RuntimeException missing) {
                return null;    // a source it was made from is not on the class path
            }
            if (!Arrays.equals(expected, actual)) {
                return null;
            }
            String ed = string(in);
            if (!edition.equals(ed)) {
                return null;
            }
            String version = string(in);
            int nd = in.readInt();
            Map<String, String> definitions = new LinkedHashMap<>();
            for (int i = 0; i < nd; i++) {
                definitions.put(string(in), string(in));
            }
            int nc = in.readInt();
            List<Clause> clauses = new ArrayList<>(nc);
            for (int i = 0; i < nc; i++) {
                String id = string(in);
                String clauseEdition = string(in);
                int classLevel = in.readInt();
                boolean mandatory = in.readBoolean();
                boolean isNew = in.readBoolean();
                String chapter = string(in);
                String section = string(in);
                String text = string(in);
                String requirement = string(in);
                String rule = string(in);
                int np = in.readInt();
                Map<String, Object> params = new LinkedHashMap<>();
                for (int j = 0; j < np; j++) {
                    params.put(string(in), value(in));
                }
                clauses.add(new Clause(id, clauseEdition, classLevel, mandatory, isNew, chapter, section, text,
                        requirement, rule, params));
            }
            int ne = in.readInt();
            Map<String, List<String>> evidence = new LinkedHashMap<>();
            for (int i = 0; i < ne; i++) {
                String id = string(in);
                int nDocs = in.readInt();
                List<String> docs = new ArrayList<>(nDocs);
                for (int j = 0; j < nDocs; j++) {
                    docs.add(string(in));
                }
                evidence.put(id, List.copyOf(docs));
            }
            if (in.read() != -1) {
                return null;
            }
            return new Compiled(new Catalog(ed, version, clauses, definitions), Map.copyOf(evidence));
        } catch (IOException | RuntimeException e) {
            return null;        // damaged or of another format: the sources are parsed instead
        }
    }

    /** Per source file, in the order read: its length, CRC-32C and CRC-32 (a changed file is told apart; cheap cold). */
    private static final int DIGEST_BYTES = 8;

    private static byte[] digest(List<String> paths, Function<String, byte[]> source) {
        java.util.zip.CRC32C c = new java.util.zip.CRC32C();
        java.util.zip.CRC32 d = new java.util.zip.CRC32();
        for (String p : paths) {
            byte[] name = p.getBytes(StandardCharsets.UTF_8);
            byte[] content = source.apply(p);
            byte[] length = java.nio.ByteBuffer.allocate(4).putInt(content.length).array();
            for (java.util.zip.Checksum x : new java.util.zip.Checksum[]{c, d}) {
                x.update(name, 0, name.length);
                x.update(0);
                x.update(length, 0, 4);
                x.update(content, 0, content.length);
            }
        }
        return java.nio.ByteBuffer.allocate(DIGEST_BYTES).putInt((int) c.getValue()).putInt((int) d.getValue()).array();
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String string(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static void value(DataOutputStream out, Object v) throws IOException {
        if (v instanceof BigDecimal d) {
            out.writeByte('D');
            string(out, d.toString());
        } else if (v instanceof Boolean b) {
            out.writeByte('B');
            out.writeBoolean(b);
        } else if (v instanceof String s) {
            out.writeByte('S');
            string(out, s);
        } else if (v instanceof List<?> l) {
            out.writeByte('L');
            out.writeInt(l.size());
            for (Object x : l) {
                value(out, x);
            }
        } else {
            throw new IllegalArgumentException("a catalog parameter of an unexpected type: " + v);
        }
    }

    private static Object value(DataInputStream in) throws IOException {
        int tag = in.readByte();
        return switch (tag) {
            case 'D' -> new BigDecimal(string(in));
            case 'B' -> in.readBoolean();
            case 'S' -> string(in);
            case 'L' -> {
                int n = in.readInt();
                List<Object> l = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    l.add(value(in));
                }
                yield List.copyOf(l);
            }
            default -> throw new IOException("unknown parameter tag " + tag);
        };
    }
}
