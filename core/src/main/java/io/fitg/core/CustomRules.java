package io.fitg.core;

import io.fitg.api.FitgInputException;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * User-supplied DRL (a company's internal controls), compiled at run time to the executable model and run in a
 * session of its own beside the built-in rules, over the same facts. Loaded only when the caller explicitly adds
 * files: the built-in rule set is sealed by default. Each file's SHA-256 is recorded in every report.
 */
public final class CustomRules {
    private final KieBase kieBase;
    private final Map<String, String> sha256;
    private final Map<String, Path> ruleFiles;

    private CustomRules(KieBase kieBase, Map<String, String> sha256, Map<String, Path> ruleFiles) {
        this.kieBase = kieBase;
        this.sha256 = sha256;
        this.ruleFiles = ruleFiles;
    }

    /**
     * Compiles DRL files, whatever their names end with (a file is DRL because it is given as one). A file that does
     * not compile, or that declares no rule, is bad input (exit 2) naming the file and the compiler's messages.
     */
    public static CustomRules compile(List<Path> files) {
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId rid = ks.newReleaseId("io.fitg.custom", "custom-rules", "1." + System.nanoTime());
        kfs.generateAndWritePomXML(rid);
        Map<String, String> hashes = new LinkedHashMap<>();
        Map<String, Path> byResource = new LinkedHashMap<>();
        Map<String, Path> ruleFiles = new LinkedHashMap<>();
        int i = 0;
        for (Path f : files) {
            byte[] bytes;
            try {
                if (Files.isDirectory(f)) {
                    throw new FitgInputException(f.toString(), "", "a DRL file, but this is a directory");
                }
                bytes = Files.readAllBytes(f);
            } catch (java.nio.file.NoSuchFileException e) {
                throw new FitgInputException(f.toString(), "", "an existing DRL file (no such file)");
            } catch (IOException e) {
                throw new FitgInputException(f.toString(), "", "a readable DRL file (" + e.getMessage() + ")");
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            List<String> rules = ruleNames(text);
            if (rules.isEmpty()) {
                throw new FitgInputException(f.toString(), "", "DRL that declares at least one rule "
                        + "(rule \"…\" when … then … end); this file declares none");
            }
            rules.forEach(r -> ruleFiles.putIfAbsent(r, f));
            hashes.put(f.getFileName().toString(), sha256(bytes));
            // always named *.drl inside the kjar: KIE compiles resources by extension and would skip any other name
            String resource = "src/main/resources/io/fitg/custom/r" + (i++) + ".drl";
            byResource.put(resource, f);
            kfs.write(resource, text);
        }
        KieBuilder kb = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> errors = kb.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            Message first = errors.get(0);
            Path file = fileOf(first, byResource, files);
            String msg = errors.stream().filter(m -> fileOf(m, byResource, files) == file).limit(5)
                    .map(m -> m.getText().replaceAll("\\s+", " ").trim()
                            + (m.getLine() > 0 ? " (line " + m.getLine() + ")" : ""))
                    .collect(Collectors.joining("; "));
            throw new FitgInputException(file == null ? files.toString() : file.toString(), "",
                    "DRL that compiles: " + msg);
        }
        KieBase base = ks.newKieContainer(rid).getKieBase();
        return new CustomRules(base, Map.copyOf(hashes), Map.copyOf(ruleFiles));
    }

    private static final java.util.regex.Pattern RULE = java.util.regex.Pattern.compile(
            "(?m)^\\s*rule\\s+(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'((?:[^'\\\\]|\\\\.)*)'|([^\\s\"']+))");

    /** The names of the rules a DRL text declares (comments ignored). */
    static List<String> ruleNames(String drl) {
        String code = drl.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)//.*$", "");
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = RULE.matcher(code);
        while (m.find()) {
            out.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
        }
        return out;
    }

    private static Path fileOf(Message m, Map<String, Path> byResource, List<Path> files) {
        if (files.size() == 1) {
            return files.get(0);
        }
        String p = m.getPath() == null ? "" : m.getPath();
        for (Map.Entry<String, Path> e : byResource.entrySet()) {
            if (p.endsWith(e.getKey()) || e.getKey().endsWith(p) && !p.isEmpty()) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The file that declares a rule of this name, if known. */
    public java.util.Optional<Path> fileOf(String ruleName) {
        return java.util.Optional.ofNullable(ruleFiles.get(ruleName));
    }

    /** The custom files, in the order given. */
    public java.util.Collection<Path> files() {
        return new java.util.LinkedHashSet<>(ruleFiles.values());
    }

    KieBase kieBase() {
        return kieBase;
    }

    /** File name → SHA-256 of its bytes. */
    public Map<String, String> sha256() {
        return sha256;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> describe(Map<String, String> hashes) {
        List<String> out = new ArrayList<>();
        hashes.forEach((k, v) -> out.add(k + " sha256:" + v));
        return out;
    }
}
