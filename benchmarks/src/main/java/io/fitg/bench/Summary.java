package io.fitg.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Turns a results folder ({@code jmh.json}, {@code startup.jsonl}, {@code cli.txt}, {@code machine.txt}, written by
 * {@code benchmarks/run.sh}) into {@code summary.md}: the figures beside the targets of the performance issue.
 */
public final class Summary {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Summary() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "benchmarks/results");
        String md = summarise(dir);
        Files.writeString(dir.resolve("summary.md"), md);
        System.out.print(md);
    }

    static String summarise(Path dir) throws IOException {
        JsonNode jmh = JSON.readTree(dir.resolve("jmh.json").toFile());
        StringBuilder sb = new StringBuilder();
        sb.append("Machine: ").append(Files.exists(dir.resolve("machine.txt"))
                ? Files.readString(dir.resolve("machine.txt")).strip().replace("\n", "; ") : "not recorded").append("\n\n");
        sb.append("| measure | result | target |\n|---|---|---|\n");
        List<JsonNode> cold = jsonLines(dir.resolve("startup.jsonl"));
        if (!cold.isEmpty()) {
            row(sb, "JVM start → KieBase ready (median of " + cold.size() + " cold JVMs)",
                    fmt(median(cold, "jvmStartToKieBaseReadyMs")) + " ms (building it "
                            + fmt(median(cold, "kieBaseBuildMs")) + " ms)", "≤ 500 ms");
            row(sb, "JVM start → engine ready (KieBase, catalog, evidence, plans)",
                    fmt(median(cold, "jvmStartToEngineReadyMs")) + " ms (`new DroolsEngine()` "
                            + fmt(median(cold, "engineConstructionMs")) + " ms)", "—");
        }
        startupWithCds(sb, dir.resolve("startup-cds.jsonl"));
        JsonNode construction = find(jmh, "EngineBenchmarks.engineConstruction", null);
        if (construction != null) {
            row(sb, "`new DroolsEngine()` in a fresh JMH fork (single shot, mean of 5 forks)",
                    fmt(score(construction)) + " ms", "—");
        }
        cliRow(sb, dir.resolve("cli.txt"), "`java -jar fitg.jar assess model-class4.yaml`");
        cliRow(sb, dir.resolve("cli-launcher.txt"), "`examples/target/fitg assess model-class4.yaml` (launcher: CDS archive, C1)");
        JsonNode assess = find(jmh, "EngineBenchmarks.assessModel", null);
        if (assess != null) {
            row(sb, "full four-class assessment of model-class4, warm, one thread",
                    fmt(score(assess)) + " µs, " + alloc(assess) + " allocated per assessment", "≤ 500 µs");
        }
        JsonNode floor = find(jmh, "EngineBenchmarks.droolsFloor", null);
        if (floor != null) {
            row(sb, "of which Drools: the same rules, facts and agenda groups with empty consequences", fmt(score(floor))
                    + " µs, " + alloc(floor) + " allocated per assessment", "—");
        }
        for (String sample : new String[]{"model-class4", "near-class4"}) {
            JsonNode e = find(jmh, "BaselineBenchmarks.engineSameRequirements", sample);
            JsonNode b = find(jmh, "BaselineBenchmarks.baseline", sample);
            if (e != null && b != null) {
                row(sb, "engine ÷ plain-Java baseline, the same 27 requirements (" + sample + ")",
                        fmt(score(e)) + " µs ÷ " + fmt(score(b)) + " µs = " + fmt(score(e) / score(b)) + "×", "≤ 10×");
            }
        }
        if (!cold.isEmpty()) {
            row(sb, "heap retained by the engine (KieBase, catalogs, plans); whole heap in use after GC", fmt(median(cold, "engineRetainedHeapMB"))
                    + " MB; " + fmt(median(cold, "heapInUseMB")) + " MB", "KieBase ≤ 64 MB");
        }
        JsonNode parse = find(jmh, "EngineBenchmarks.parseModel", null);
        if (parse != null) {
            row(sb, "parse and validate model-class4.yaml", fmt(score(parse)) + " µs", "—");
        }
        JsonNode batch = find(jmh, "EngineBenchmarks.batch10k", null);
        if (batch != null) {
            row(sb, "batch of 10,000 profiles on all cores", fmt(score(batch)) + " ms ("
                    + fmt(10_000 / (score(batch) / 1000)) + " assessments/s)", "—");
        }
        List<JsonNode> grown = new ArrayList<>();
        for (JsonNode n : jmh) {
            if (n.path("benchmark").asText().endsWith("EngineBenchmarks.assessGrown")) {
                grown.add(n);
            }
        }
        if (!grown.isEmpty()) {
            sb.append("\nScaling (the model grown to N branches and M staff, a year of dated records per list):\n\n");
            sb.append("| branches | staff | records (JSON objects) | ms per assessment | × time | × records |\n"
                    + "|---|---|---|---|---|---|\n");
            double t0 = -1;
            double r0 = -1;
            if (assess != null) {
                t0 = score(assess) / 1000;
                r0 = Profiles.records(Profiles.JSON.writeValueAsBytes(Profiles.YAML.readTree(Profiles.modelBytes())));
                sb.append(String.format(Locale.ROOT, "| model-class4 as shipped | | %d | %s | 1 | 1 |%n", (int) r0,
                        fmt(t0)));
            }
            for (JsonNode n : grown) {
                int b = n.path("params").path("branches").asInt();
                int s = n.path("params").path("staff").asInt();
                int records = Profiles.records(Profiles.grownJson(b, s, true));
                double t = score(n);
                if (t0 < 0) {
                    t0 = t;
                    r0 = records;
                }
                sb.append(String.format(Locale.ROOT, "| %d | %d | %d | %s | %s | %s |%n", b, s, records, fmt(t),
                        fmt(t / t0), fmt(records / r0)));
            }
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String what, String result, String target) {
        sb.append("| ").append(what).append(" | ").append(result).append(" | ").append(target).append(" |\n");
    }

    private static JsonNode find(JsonNode jmh, String suffix, String sample) {
        for (JsonNode n : jmh) {
            if (n.path("benchmark").asText().endsWith(suffix)
                    && (sample == null || sample.equals(n.path("params").path("sample").asText()))) {
                return n;
            }
        }
        return null;
    }

    private static double score(JsonNode n) {
        return n.path("primaryMetric").path("score").asDouble();
    }

    private static String alloc(JsonNode n) {
        JsonNode m = n.path("secondaryMetrics");
        JsonNode a = m.has("gc.alloc.rate.norm") ? m.path("gc.alloc.rate.norm") : m.path("·gc.alloc.rate.norm");
        return a.isMissingNode() ? "not measured (run with -prof gc)"
                : fmt(a.path("score").asDouble() / 1024) + " KB";
    }

    /** One row of CLI wall times (seconds per line), when the file exists. */
    private static void cliRow(StringBuilder sb, Path file, String what) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        List<Double> cli = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                cli.add(Double.parseDouble(line.strip()) * 1000);
            }
        }
        row(sb, what + " wall, process start to report written (median of " + cli.size() + ")",
                fmt(median(cli)) + " ms", "≤ 1,200 ms");
    }

    /**
     * The same cold start in JVMs given a class-data-sharing archive of the application's classes (written by one
     * earlier run with -XX:ArchiveClassesAtExit, as README "Start-up" tells library users to do).
     */
    private static void startupWithCds(StringBuilder sb, Path file) throws IOException {
        List<JsonNode> cold = jsonLines(file);
        if (cold.isEmpty()) {
            return;
        }
        row(sb, "JVM start → KieBase ready, with an application CDS archive (median of " + cold.size()
                + " cold JVMs)", fmt(median(cold, "jvmStartToKieBaseReadyMs")) + " ms (building it "
                + fmt(median(cold, "kieBaseBuildMs")) + " ms; engine ready "
                + fmt(median(cold, "jvmStartToEngineReadyMs")) + " ms)", "≤ 500 ms");
    }

    /** One JSON object per non-blank line ({@code io.fitg.bench.Startup}'s output); none when the file is missing. */
    private static List<JsonNode> jsonLines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) {
                    out.add(JSON.readTree(line));
                }
            }
        }
        return out;
    }

    /**
     * The median of one field over the runs (0 where a run has no such field; for engine ready, a run written before
     * that field existed counts its KieBase time).
     */
    private static double median(List<JsonNode> runs, String field) {
        List<Double> xs = new ArrayList<>();
        for (JsonNode n : runs) {
            double fallback = "jvmStartToEngineReadyMs".equals(field) ? n.path("jvmStartToKieBaseReadyMs").asDouble() : 0;
            xs.add(n.path(field).asDouble(fallback));
        }
        return median(xs);
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    private static String fmt(double d) {
        return d >= 100 ? String.format(Locale.ROOT, "%,.0f", d)
                : d >= 10 ? String.format(Locale.ROOT, "%.1f", d) : String.format(Locale.ROOT, "%.2f", d);
    }
}
