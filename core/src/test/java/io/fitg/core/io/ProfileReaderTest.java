package io.fitg.core.io;

import io.fitg.api.FitgInputException;
import io.fitg.model.Profile;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The reader binds in one parse when a file is good, and still reports a malformed file as malformed. */
class ProfileReaderTest {
    FitgInputException reject(String text, boolean json) {
        return catchThrowableOfType(() -> new ProfileReader().parse(text.getBytes(StandardCharsets.UTF_8), "p", json,
                Profile.class), FitgInputException.class);
    }

    @Test
    void aSyntaxErrorLaterInTheFileIsReportedBeforeATypeErrorEarlierInIt() {
        assertThat(reject("company:\n  hqHeadcount: many\nmanagement: {staff: [\n", false).getMessage())
                .contains("well-formed YAML").doesNotContain("hqHeadcount");
        assertThat(reject("{\"company\": {\"hqHeadcount\": \"many\"}, \"management\": {", true).getMessage())
                .contains("well-formed JSON").doesNotContain("hqHeadcount");
    }

    @Test
    void aWellFormedFileWithATypeErrorNamesTheFieldAndLine() {
        assertThat(reject("company:\n  hqHeadcount: many\n", false).getMessage())
                .contains("company.hqHeadcount").contains("whole number").contains("line 2");
    }

    @Test
    void readersShareTheirConfiguredMappers() {
        assertThat(new ProfileReader().yamlMapper()).isSameAs(new ProfileReader().yamlMapper());
        assertThat(new ProfileReader().jsonMapper()).isSameAs(new ProfileReader().jsonMapper());
        Profile p = new ProfileReader().parse("company: {name: X, hqHeadcount: 5}\n".getBytes(StandardCharsets.UTF_8),
                "p", false, Profile.class);
        assertThat(p.company().hqHeadcount()).isEqualTo(5);
    }
}
