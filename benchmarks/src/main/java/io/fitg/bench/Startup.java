package io.fitg.bench;

import io.fitg.api.AssessmentOptions;
import io.fitg.core.DroolsEngine;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;

/**
 * Cold start, measured in a fresh JVM (run it several times; {@code benchmarks/run.sh} does and takes medians):
 * prints one JSON line with the milliseconds from JVM start to the KieBase ready (built from the executable model,
 * nothing compiled at run time) and to the whole engine ready ({@code new DroolsEngine()} returned: KieBase, catalog,
 * evidence, plans), the time of that construction alone, the first assessment of the model
 * company, the heap the engine retains (used heap after full GCs, with and without the engine reachable) and the
 * whole heap in use after GC with the engine and a parsed profile loaded (an upper bound).
 */
public final class Startup {
    private Startup() {
    }

    public static void main(String[] args) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long t0 = System.nanoTime();
        DroolsEngine engine = new DroolsEngine();
        long built = System.nanoTime();
        long readyMs = System.currentTimeMillis() - jvmStart;
        long kieBaseReadyMs = engine.kieBaseReadyAtMillis() - jvmStart;
        long kieBaseBuildMs = engine.kieBaseBuildMillis();
        var profile = Profiles.model();
        long t1 = System.nanoTime();
        engine.assess(profile, AssessmentOptions.all(LocalDate.of(2026, 11, 21)));
        long firstAssessUs = (System.nanoTime() - t1) / 1000;
        long withEngine = usedAfterGc();
        engine = null; // the engine (KieBase, catalogs, plans) becomes unreachable
        long without = usedAfterGc();
        System.out.printf("{\"jvmStartToKieBaseReadyMs\": %d, \"kieBaseBuildMs\": %d, \"jvmStartToEngineReadyMs\": %d, "
                        + "\"engineConstructionMs\": %d, \"firstAssessmentUs\": %d, \"engineRetainedHeapMB\": %.1f, "
                        + "\"heapInUseMB\": %.1f}%n",
                kieBaseReadyMs, kieBaseBuildMs, readyMs, (built - t0) / 1_000_000, firstAssessUs,
                (withEngine - without) / 1048576.0, withEngine / 1048576.0);
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }
}
