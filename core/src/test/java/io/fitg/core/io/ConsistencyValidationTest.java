package io.fitg.core.io;

import io.fitg.api.FitgInputException;
import io.fitg.model.validation.Checked;
import io.fitg.model.validation.Key;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Within-record consistency ({@link Checked}) and list keys other than {@code id} ({@link Key}). */
class ConsistencyValidationTest {
    record Cables(Integer total, Integer labelled) implements Checked {
        @Override
        public Problem problem() {
            return Checked.when(total != null && labelled != null && labelled > total, "labelled",
                    "at most the " + total + " cables in total, not " + labelled);
        }
    }

    record Year(@Key Integer year, Integer spend) {
    }

    record Root(List<Cables> rooms, List<Year> years) {
    }

    FitgInputException reject(Object root) {
        return catchThrowableOfType(() -> Validator.validate(root, "f.yaml"), FitgInputException.class);
    }

    @Test
    void anInconsistentRecordIsRejectedWithItsFieldPath() {
        FitgInputException e = reject(new Root(List.of(new Cables(48, 48), new Cables(48, 49)), List.of()));
        assertThat(e.getMessage()).startsWith("f.yaml").contains("rooms[1].labelled").contains("not 49");
        assertThatCode(() -> Validator.validate(new Root(List.of(new Cables(48, 48), new Cables(null, 3)), List.of()),
                "f.yaml")).doesNotThrowAnyException();
    }

    @Test
    void aKeyMayNotRepeatInItsListButMayBeAbsent() {
        FitgInputException e = reject(new Root(List.of(), List.of(new Year(2024, 1), new Year(2025, 2),
                new Year(2025, 3))));
        assertThat(e.getMessage()).contains("years[2].year").contains("'2025' is used twice");
        assertThatCode(() -> Validator.validate(new Root(List.of(), List.of(new Year(null, 1), new Year(null, 2),
                new Year(2025, 3))), "f.yaml")).doesNotThrowAnyException();
    }
}
