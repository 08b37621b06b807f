package io.fitg.core;

import io.fitg.api.AssessmentOptions;
import io.fitg.api.Engine;
import io.fitg.api.FitgInputException;
import io.fitg.api.Report;
import io.fitg.core.io.ProfileReader;
import io.fitg.model.Profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * Assesses many profiles in parallel over one shared engine (one KieBase). Results come back in input order; a
 * profile that cannot be read or assessed is reported as a failure and does not stop the others.
 */
public final class Batch {
    private Batch() {
    }

    /** One profile's outcome: a report, or the error message (bad input) or internal error. */
    public record Result(Path file, Report report, String error, boolean internalError) {
        public boolean ok() {
            return report != null;
        }
    }

    /** Expands folders into their {@code *.yaml}, {@code *.yml} and {@code *.json} files (sorted), keeps files as given. */
    public static List<Path> expand(List<Path> inputs) {
        List<Path> out = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(Files::isRegularFile).filter(f -> {
                        String n = f.getFileName().toString().toLowerCase();
                        return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
                    }).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new FitgInputException(p.toString(), "", "a readable folder of profiles");
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Reads and assesses every file with {@code jobs} threads.
     *
     * @param progress called with the number of profiles done so far (from worker threads)
     */
    public static List<Result> run(Engine engine, List<Path> files, AssessmentOptions options, int jobs,
                                   IntConsumer progress) {
        return run(engine, files, options, jobs, false, progress);
    }

    /** As {@link #run(Engine, List, AssessmentOptions, int, IntConsumer)}, pseudonymising personal data when asked. */
    public static List<Result> run(Engine engine, List<Path> files, AssessmentOptions options, int jobs,
                                   boolean redact, IntConsumer progress) {
        int n = Math.max(1, jobs);
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "fitg-batch");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> {
                    Result r = one(engine, f, options, redact);
                    progress.accept(done.incrementAndGet());
                    return r;
                }));
            }
            List<Result> out = new ArrayList<>(files.size());
            for (int i = 0; i < files.size(); i++) {
                try {
                    out.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    out.add(new Result(files.get(i), null, String.valueOf(e.getCause()), true));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Assesses already-parsed profiles in parallel; same order as given. */
    public static List<Report> assessAll(Engine engine, List<Profile> profiles, AssessmentOptions options, int jobs) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
        try {
            List<Future<Report>> fs = new ArrayList<>();
            for (Profile p : profiles) {
                fs.add(pool.submit(() -> engine.assess(p, options)));
            }
            List<Report> out = new ArrayList<>();
            for (Future<Report> f : fs) {
                try {
                    out.add(f.get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException re) {
                        throw re;
                    }
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Result one(Engine engine, Path f, AssessmentOptions options, boolean redact) {
        try {
            byte[] bytes = readBytes(f);
            Profile p = new ProfileReader().parse(bytes, f.toString(), f.toString().toLowerCase().endsWith(".json"), Profile.class);
            Report r = engine.assess(p, options).withProvenance(java.util.Map.of("profileSha256", CustomRules.sha256(bytes)));
            if (redact) {
                r = Redaction.apply(r, p);
            }
            return new Result(f, r, null, false);
        } catch (FitgInputException e) {
            return new Result(f, null, e.getMessage(), false);
        } catch (RuntimeException e) {
            return new Result(f, null, "internal error: " + e, true);
        }
    }

    private static byte[] readBytes(Path f) {
        try {
            if (Files.isDirectory(f)) {
                throw new FitgInputException(f.toString(), "", "a profile file, not a directory");
            }
            if (Files.size(f) > ProfileReader.MAX_BYTES) {
                throw new FitgInputException(f.toString(), "", "a file of at most " + ProfileReader.MAX_BYTES / (1024 * 1024) + " MiB");
            }
            return Files.readAllBytes(f);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new FitgInputException(f.toString(), "", "an existing, readable file (no such file)");
        } catch (IOException e) {
            throw new FitgInputException(f.toString(), "", "a readable file (" + e.getMessage() + ")");
        }
    }
}
