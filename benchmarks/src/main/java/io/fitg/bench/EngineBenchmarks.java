package io.fitg.bench;

import io.fitg.api.AssessmentOptions;
import io.fitg.api.Report;
import io.fitg.core.Batch;
import io.fitg.core.DroolsEngine;
import io.fitg.core.DroolsFloor;
import io.fitg.core.io.ProfileReader;
import io.fitg.model.Profile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Engine benchmarks. Run all: {@code java -jar benchmarks/target/benchmarks.jar -rf json -rff bench.json}. */
public class EngineBenchmarks {
    static final AssessmentOptions ALL = AssessmentOptions.all(LocalDate.of(2026, 11, 21));

    /** KieBase ready, from a cold JVM (one shot per fork). */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Fork(value = 5)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public DroolsEngine engineConstruction() {
        return new DroolsEngine();
    }

    @State(Scope.Benchmark)
    public static class Model {
        DroolsEngine engine;
        Profile profile;
        byte[] bytes;
        /** The floor's rule set, for {@link #droolsFloor} only (built from DRL, a few seconds). */
        DroolsFloor floor;

        @Setup(Level.Trial)
        public void setup(BenchmarkParams params) {
            engine = new DroolsEngine();
            bytes = Profiles.modelBytes();
            profile = Profiles.model();
            if (params.getBenchmark().endsWith(".droolsFloor")) {
                floor = new DroolsFloor(engine);
            }
        }
    }

    /**
     * A full four-class assessment of model-class4, one thread. Each rule's consequence runs once per assessment, so
     * the JIT reaches its final tier only after some 20,000 assessments: the warm-up is a minute long (with a short
     * one the figure is that of C1-compiled rules, about twice as slow).
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Fork(1)
    @Warmup(iterations = 12, time = 5)
    @Measurement(iterations = 5, time = 5)
    public Report assessModel(Model m) {
        return m.engine.assess(m.profile, ALL);
    }

    /**
     * The floor under {@link #assessModel}: the same rules, facts and agenda groups with every consequence empty
     * ({@link DroolsFloor}), so what Drools itself costs per assessment; the rest of a warm assessment is the checks,
     * their texts and the findings.
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Fork(1)
    @Warmup(iterations = 6, time = 5)
    @Measurement(iterations = 5, time = 5)
    public int droolsFloor(Model m) {
        return m.floor.assess(m.profile, ALL.asOf());
    }

    /** Profile parsing (YAML → validated records) of model-class4. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Fork(1)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public Profile parseModel(Model m) {
        return new ProfileReader().parse(m.bytes, "model-class4.yaml", false, Profile.class);
    }

    @State(Scope.Benchmark)
    public static class Grown {
        @Param({"1", "10", "100", "1000"})
        public int branches;
        @Param({"50", "500", "5000"})
        public int staff;
        DroolsEngine engine;
        Profile profile;

        @Setup(Level.Trial)
        public void setup() {
            engine = new DroolsEngine();
            profile = Profiles.grown(branches, staff, true);
        }
    }

    /**
     * The model grown to N branches and M staff with a year of dated records: scaling. A grown profile takes tens of
     * milliseconds, so a few seconds of warm-up are a few dozen assessments, too few for the JIT: with 2 × 2 s the
     * first measured iteration of the largest profiles still took twice as long as the last. 4 × 4 s.
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Fork(1)
    @Warmup(iterations = 4, time = 4)
    @Measurement(iterations = 3, time = 4)
    public Report assessGrown(Grown g) {
        return g.engine.assess(g.profile, ALL);
    }

    @State(Scope.Benchmark)
    public static class BatchState {
        DroolsEngine engine;
        List<Profile> profiles;

        @Setup(Level.Trial)
        public void setup() {
            engine = new DroolsEngine();
            List<Profile> samples = Profiles.samples();
            profiles = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                profiles.add(samples.get(i % samples.size()));
            }
        }
    }

    /** 10,000 profiles (the four samples in turn) on all cores over one shared engine. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Fork(1)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public List<Report> batch10k(BatchState b) {
        return Batch.assessAll(b.engine, b.profiles, ALL, Runtime.getRuntime().availableProcessors());
    }
}
