package io.fitg.core;

import io.fitg.api.AssessmentOptions;
import io.fitg.api.Explanation;
import io.fitg.core.io.ProfileReader;
import io.fitg.model.Profile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code explain} lists as the facts a rule matched. Rules that need every room, every branch or a section
 * that may be missing bind those lists from the one {@code Collected} fact; explain shows each bound list (its size
 * and ids) once, and never the {@code Collected} fact itself.
 */
class ExplainFactsTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 21);

    private static Profile model() throws IOException {
        return new ProfileReader().read(TestSupport.profilesDir().resolve("model-class4.yaml"));
    }

    @Test
    void aRuleOverEveryRoomShowsTheRooms() throws IOException {
        Explanation ex = TestSupport.engine().explain(model(), "2.2.1.2", AssessmentOptions.all(AS_OF));
        assertThat(ex.rule()).isEqualTo("machine-room.floor-load");
        assertThat(ex.matchedFacts()).containsExactly("collection of 2: [SH-HQ-1, SH-IDC-2]");
    }

    @Test
    void twoListsBoundFromOnePatternAreEachShownOnce() throws IOException {
        Explanation ex = TestSupport.engine().explain(model(), "2.4.1.4", AssessmentOptions.all(AS_OF));
        assertThat(ex.rule()).isEqualTo("security.production-branch-isolation");
        assertThat(ex.matchedFacts()).filteredOn(f -> f.startsWith("collection of"))
                .containsExactlyInAnyOrder("collection of 3: [BJ01, SZ01, HZ01]", "collection of 1: [security]");
        assertThat(ex.matchedFacts()).noneMatch(f -> f.contains("Collected"));
    }

    @Test
    void aMissingListIsAnEmptyCollection() throws IOException {
        String yaml = Files.readString(TestSupport.profilesDir().resolve("model-class4.yaml"));
        int from = yaml.indexOf("\nmachineRooms:");
        int to = yaml.indexOf("\ntrading:", from);
        assertThat(from).isPositive();
        assertThat(to).isGreaterThan(from);
        Profile noRooms = new ProfileReader().parse((yaml.substring(0, from) + yaml.substring(to))
                .getBytes(StandardCharsets.UTF_8), "no-rooms.yaml", false, Profile.class);
        Explanation ex = TestSupport.engine().explain(noRooms, "2.2.1.2", AssessmentOptions.all(AS_OF));
        assertThat(ex.matchedFacts()).containsExactly("collection of 0: []");
        assertThat(ex.finding().status().name()).isEqualTo("INSUFFICIENT_DATA");
    }
}
