package io.fitg.core;

import io.fitg.api.AssessmentOptions;
import io.fitg.api.Report;
import io.fitg.core.io.JsonReports;
import io.fitg.core.io.ProfileReader;
import io.fitg.model.Profile;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One engine shared by many threads gives exactly the single-threaded results: every report equals (deeply: every
 * finding, every text) the single-threaded one, and its JSON is byte-identical (checked on a sample of them; the
 * JSON writer is deterministic for equal reports).
 */
class ConcurrencyTest {
    @Test
    void eightThreadsTimesTwoThousandMixedAssessmentsMatchTheSingleThreadedOnes() throws Exception {
        DroolsEngine engine = TestSupport.engine();
        List<Profile> profiles = Batch.expand(List.of(TestSupport.profilesDir())).stream()
                .map(new ProfileReader()::read).toList();
        List<AssessmentOptions> options = List.of(
                AssessmentOptions.all(LocalDate.of(2026, 11, 21)),
                AssessmentOptions.classOnly(3, LocalDate.of(2026, 11, 21)),
                AssessmentOptions.all(LocalDate.of(2027, 6, 30)),
                AssessmentOptions.classOnly(1, LocalDate.of(2025, 1, 1)));
        int kinds = profiles.size() * options.size();
        List<Report> expected = new ArrayList<>();
        for (int k = 0; k < kinds; k++) {
            expected.add(engine.assess(profiles.get(k % profiles.size()), options.get(k / profiles.size())));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                final int thread = t;
                futures.add(pool.submit(() -> {
                    List<String> mismatches = new ArrayList<>();
                    for (int i = 0; i < 2000; i++) {
                        int k = (i * 7 + thread * 13) % kinds;
                        Report got = engine.assess(profiles.get(k % profiles.size()), options.get(k / profiles.size()));
                        if (!got.equals(expected.get(k))) {
                            mismatches.add("thread " + thread + " run " + i + " kind " + k);
                        } else if (i % 250 == 0 && !json(got).equals(json(expected.get(k)))) {
                            mismatches.add("thread " + thread + " run " + i + " kind " + k + " (JSON bytes)");
                        }
                    }
                    return mismatches;
                }));
            }
            for (Future<List<String>> f : futures) {
                assertThat(f.get()).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static String json(Report r) {
        return JsonReports.write(JsonReports.report(r));
    }
}
