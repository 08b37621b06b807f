package io.fitg.core;

import io.fitg.api.AssessmentOptions;
import io.fitg.api.Report;
import io.fitg.core.io.ProfileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BatchTest {
    static final AssessmentOptions OPTS = AssessmentOptions.all(LocalDate.of(2026, 11, 21));

    @Test
    void sameFindingsAsOneByOneInInputOrderWithABrokenProfileAmongGoodOnes(@TempDir Path dir) throws IOException {
        List<Path> files = new ArrayList<>(Batch.expand(List.of(TestSupport.profilesDir())));
        assertThat(files).hasSizeGreaterThanOrEqualTo(4);
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "company:\n  hqHeadcount: lots\n");
        files.add(1, broken);
        files.add(dir.resolve("missing.yaml"));
        List<Batch.Result> results = Batch.run(TestSupport.engine(), files, OPTS, 3, n -> { });
        assertThat(results).extracting(Batch.Result::file).containsExactlyElementsOf(files);
        assertThat(results.get(1).ok()).isFalse();
        assertThat(results.get(1).error()).contains("broken.yaml").contains("company.hqHeadcount");
        assertThat(results.get(files.size() - 1).error()).contains("no such file");
        for (Batch.Result r : results) {
            if (!r.ok()) {
                continue;
            }
            Report single = TestSupport.engine().assess(new ProfileReader().read(r.file()), OPTS);
            assertThat(r.report().findings()).isEqualTo(single.findings());
            assertThat(r.report().provenance()).containsKey("profileSha256");
        }
    }

    @Test
    void assessAllKeepsOrder() {
        var reader = new ProfileReader();
        var ps = Batch.expand(List.of(TestSupport.profilesDir())).stream().map(reader::read).toList();
        List<Report> rs = Batch.assessAll(TestSupport.engine(), ps, OPTS, 4);
        for (int i = 0; i < ps.size(); i++) {
            assertThat(rs.get(i).company()).isEqualTo(ps.get(i).companyName());
            assertThat(rs.get(i).findings()).isEqualTo(TestSupport.engine().assess(ps.get(i), OPTS).findings());
        }
    }
}
