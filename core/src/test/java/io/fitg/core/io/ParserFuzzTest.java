package io.fitg.core.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.fitg.api.FitgInputException;
import io.fitg.api.Tailoring;
import io.fitg.api.WaiverSet;
import io.fitg.model.Profile;

/**
 * Fuzzes the profile, waiver and tailoring parsers: whatever the bytes, the reader either returns a value or throws
 * one FitgInputException — never another exception, never a hang.
 *
 * <p>In the normal build this replays the seed inputs in {@code src/test/resources/io/fitg/core/io/ParserFuzzTestInputs}
 * (regression mode). CI also fuzzes {@link #parsers} for 30 s ({@code JAZZER_FUZZ=1}, see .ci/run); the longer
 * documented mode fuzzes {@link #parsersLong} for 30 minutes:
 * {@code JAZZER_FUZZ=1 mvn -B -pl core -am verify -Dtest='ParserFuzzTest#parsersLong' -Dsurefire.failIfNoSpecifiedTests=false}.
 * A crash leaves its input under {@code src/test/resources/.../ParserFuzzTestInputs/}, where it stays as a regression seed.
 */
class ParserFuzzTest {
    private static final ProfileReader READER = new ProfileReader();

    @FuzzTest(maxDuration = "30s")
    void parsers(byte[] data) {
        check(data);
    }

    @FuzzTest(maxDuration = "30m")
    void parsersLong(byte[] data) {
        check(data);
    }

    private static void check(byte[] data) {
        if (data.length == 0) {
            return;
        }
        int which = data[0] & 3;
        boolean json = (data[0] & 4) != 0;
        byte[] body = java.util.Arrays.copyOfRange(data, 1, data.length);
        Class<?> type = switch (which) {
            case 0, 3 -> Profile.class;
            case 1 -> WaiverSet.class;
            default -> Tailoring.class;
        };
        try {
            READER.parse(body, "fuzz", json, type);
        } catch (FitgInputException expected) {
            if (expected.getMessage() == null || expected.getMessage().isBlank()) {
                throw new AssertionError("an input error without a message");
            }
        }
    }
}
