package io.fitg.bench;

import io.fitg.api.Catalog;
import io.fitg.api.Finding;
import io.fitg.api.Status;
import io.fitg.bench.baseline.PlainJavaBaseline;
import io.fitg.core.DroolsEngine;
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

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The engine beside the plain-Java baseline on the same {@value #N} requirements ({@link PlainJavaBaseline}), on the
 * same parsed profile: {@code baseline} decides their clauses by hand, {@code engineSameRequirements} runs a session
 * in which only those requirements' rules are handed clauses ({@link DroolsEngine#decide}). The ratio of the two is
 * the engine's overhead. The baseline returns statuses only; the engine also writes each finding's message,
 * expected/observed and 情况说明, which is part of what it costs. The warm-up is long enough for the rules'
 * consequences, each run a few times per call, to reach the JIT's final tier.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 8, time = 5)
@Measurement(iterations = 5, time = 3)
public class BaselineBenchmarks {
    static final int N = 27;
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 21);

    @State(Scope.Benchmark)
    public static class Shared {
        @Param({"model-class4", "near-class4"})
        public String sample;
        DroolsEngine engine;
        Catalog catalog;
        Profile profile;
        PlainJavaBaseline baseline;
        Set<String> requirements;

        @Setup(Level.Trial)
        public void setup() {
            engine = new DroolsEngine();
            catalog = engine.catalog("current");
            profile = Profiles.sample(sample);
            baseline = new PlainJavaBaseline();
            requirements = Set.copyOf(PlainJavaBaseline.REQUIREMENTS);
            if (requirements.size() != N) {
                throw new IllegalStateException("the baseline has " + requirements.size() + " requirements, not " + N);
            }
        }
    }

    @Benchmark
    public Map<String, Status> baseline(Shared s) {
        return s.baseline.decide(s.profile, s.catalog, AS_OF);
    }

    @Benchmark
    public List<Finding> engineSameRequirements(Shared s) {
        return s.engine.decide(s.profile, AS_OF, "current", s.requirements);
    }
}
