package io.fitg.core.io;

import io.fitg.api.FitgInputException;
import io.fitg.model.Profile;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What a new user gets for input fitg cannot take: the file, the field path and what was expected, in fitg's words
 * (never the parser's configuration names), and values that used to be accepted silently are refused.
 */
class InputMessagesTest {
    final ProfileReader reader = new ProfileReader();

    Profile parse(String text, boolean json) {
        return reader.parse(text.getBytes(StandardCharsets.UTF_8), json ? "p.json" : "p.yaml", json, Profile.class);
    }

    String reject(String text, boolean json) {
        FitgInputException e = catchThrowableOfType(() -> parse(text, json), FitgInputException.class);
        assertThat(e).as("rejected: " + text.substring(0, Math.min(80, text.length()))).isNotNull();
        assertThat(e.getMessage()).doesNotContain("StreamReadConstraints").doesNotContain("JsonReadFeature")
                .doesNotContain("enable `").doesNotContain("Malformed numeric");
        return e.getMessage();
    }

    @Test
    void nanAndInfinityNameTheFieldAndSayWhatIsExpected() {
        assertThat(reject("{\"company\": {\"name\": \"x\", \"hqHeadcount\": NaN}}", true))
                .startsWith("p.json: at company.hqHeadcount: a finite number, not NaN");
        assertThat(reject("{\"company\": {\"hqHeadcount\": -Infinity}}", true)).contains("company.hqHeadcount")
                .contains("finite number");
        assertThat(reject("company:\n  name: x\n  hqHeadcount: .nan\n", false))
                .startsWith("p.yaml: at company.hqHeadcount: a finite number, not .nan");
        assertThat(reject("company:\n  hqHeadcount: .inf\n", false)).contains("company.hqHeadcount").contains(".inf");
    }

    @Test
    void limitsAreStatedInFitgsWords() {
        assertThat(reject("{\"company\": {\"hqHeadcount\": " + "1".repeat(50) + "}}", true))
                .contains("company.hqHeadcount").contains("a number of at most 40 digits (this one has 50)");
        assertThat(reject("company:\n  hqHeadcount: " + "1".repeat(50) + "\n", false))
                .contains("company.hqHeadcount").contains("at most 40 digits");
        assertThat(reject("{\"company\": {\"name\": " + "[".repeat(70) + "]".repeat(70) + "}}", true))
                .contains("company.name").contains("nested at most 64 levels deep");
        assertThat(reject("{\"company\": {\"name\": \"" + "a".repeat(1_000_001) + "\"}}", true))
                .contains("company.name").contains("a text of at most 1,000,000 characters");
        assertThat(reject("company:\n  name: " + "a".repeat(1_000_001) + "\n", false))
                .contains("company.name").contains("a text of at most 1,000,000 characters");
    }

    @Test
    void wholeNumbersSayTheirRange() {
        assertThat(reject("company:\n  hqHeadcount: 100000000000000\n", false))
                .contains("company.hqHeadcount").contains("a whole number up to 2147483647").doesNotContain("out of range");
        assertThat(parse("company:\n  hqHeadcount: 2147483647\n", false).company().hqHeadcount()).isEqualTo(2147483647);
    }

    @Test
    void aDateFieldTakesADateOnly() {
        String staff = "management:\n  staff:\n    - {id: T1, name: a, joined: %s}\n";
        assertThat(reject(staff.formatted("2026-11-21T10:00"), false)).contains("management.staff[0].joined")
                .contains("a date written YYYY-MM-DD").contains("2026-11-21T10:00");
        assertThat(reject(staff.formatted("20261121"), false)).contains("management.staff[0].joined");
        assertThat(parse(staff.formatted("2026-11-21"), false).management().staff().get(0).joined())
                .hasToString("2026-11-21");
    }

    @Test
    void aDateTimeFieldTakesALocalDateTime() {
        String drill = "backup:\n  drDrills:\n    - {centre: DR1, interruptedAt: %s}\n";
        assertThat(parse(drill.formatted("2025-06-14T09:00"), false).backup().drDrills().get(0).interruptedAt())
                .isEqualTo(LocalDateTime.of(2025, 6, 14, 9, 0));
        assertThat(parse(drill.formatted("2025-06-14T09:00:30"), false).backup().drDrills().get(0).interruptedAt())
                .isEqualTo(LocalDateTime.of(2025, 6, 14, 9, 0, 30));
        assertThat(reject(drill.formatted("2025-06-14T09:00Z"), false)).contains("backup.drDrills[0].interruptedAt")
                .contains("no time zone");
        assertThat(reject(drill.formatted("2025-06-14"), false)).contains("backup.drDrills[0].interruptedAt");
        assertThat(reject(drill.formatted("1900-06-14T09:00"), false)).contains("between 1990-01-01 and 2100-12-31");
    }

    @Test
    void coordinatesAreWithinTheirRange() {
        assertThat(reject("backup:\n  drCentres:\n    - {id: D1, latitude: 999, longitude: 10}\n", false))
                .contains("backup.drCentres[0].latitude").contains("-90 to 90");
        assertThat(reject("backup:\n  drCentres:\n    - {id: D1, latitude: 30, longitude: -181}\n", false))
                .contains("backup.drCentres[0].longitude").contains("-180 to 180");
        assertThat(parse("backup:\n  drCentres:\n    - {id: D1, latitude: -33.9, longitude: 151.2}\n", false)
                .backup().drCentres()).hasSize(1);
    }

    @Test
    void nobodyLeavesBeforeJoining() {
        assertThat(reject("management:\n  staff:\n    - {id: T1, name: a, joined: 2025-01-01, left: 2024-01-01}\n", false))
                .contains("management.staff[0].left").contains("on or after joined (2025-01-01)");
        assertThat(parse("management:\n  staff:\n    - {id: T1, name: a, joined: 2025-01-01, left: 2025-01-01}\n", false)
                .management().staff()).hasSize(1);
    }

    @Test
    void onlyTheCoreYamlTagsAreAccepted() {
        assertThat(reject("company:\n  name: !!binary aGVsbG8=\n", false)).contains("company.name").contains("!!binary");
        assertThat(reject("company:\n  name: !foo x\n", false)).contains("company.name").contains("!foo");
        assertThat(parse("company:\n  name: !!str 123\n  hqHeadcount: !!int 7\n", false).company().name()).isEqualTo("123");
    }

    @Test
    void yaml11ScalarsAreReadAsPyYamlReadsThem() {
        // documented: YAML 1.1 booleans (yes/no/on/off) and hexadecimal / octal integers, as PyYAML writes and reads them
        assertThat(parse("company:\n  continuousTrading: yes\n", false).company().continuousTrading()).isTrue();
        assertThat(parse("company:\n  hqHeadcount: 0x10\n", false).company().hqHeadcount()).isEqualTo(16);
        // a quoted "yes" is text, not a boolean
        assertThat(reject("company:\n  continuousTrading: \"yes\"\n", false)).contains("company.continuousTrading");
    }
}
