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

    private CustomRules(KieBase kieBase, Map<String, String> sha256) {
        this.kieBase = kieBase;
        this.sha256 = sha256;
    }

    /** Compiles DRL files; a file that does not compile is bad input (exit 2) with the compiler's messages. */
    public static CustomRules compile(List<Path> files) {
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId rid = ks.newReleaseId("io.fitg.custom", "custom-rules", "1." + System.nanoTime());
        kfs.generateAndWritePomXML(rid);
        Map<String, String> hashes = new LinkedHashMap<>();
        int i = 0;
        for (Path f : files) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(f);
            } catch (IOException e) {
                throw new FitgInputException(f.toString(), "", "a readable DRL file (" + e.getMessage() + ")");
            }
            hashes.put(f.getFileName().toString(), sha256(bytes));
            kfs.write("src/main/resources/io/fitg/custom/r" + (i++) + "_" + f.getFileName().toString().replaceAll("[^A-Za-z0-9_.]", "_"),
                    new String(bytes, StandardCharsets.UTF_8));
        }
        KieBuilder kb = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> errors = kb.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            String msg = errors.stream().limit(5).map(m -> m.getText().replaceAll("\\s+", " ")
                    + (m.getLine() > 0 ? " (line " + m.getLine() + ")" : "")).collect(Collectors.joining("; "));
            throw new FitgInputException(files.size() == 1 ? files.get(0).toString() : files.toString(), "",
                    "DRL that compiles: " + msg);
        }
        KieBase base = ks.newKieContainer(rid).getKieBase();
        return new CustomRules(base, Map.copyOf(hashes));
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
