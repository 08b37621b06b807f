package io.fitg.rules.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The normal form in which rules compare free-text values, remembered or not. */
class WordsTest {

    @Test
    void lowerCaseTrimmedSeparatorsReadAsOneSpace() {
        assertThat(Words.norm("  Security-Manager ")).isEqualTo("security manager");
        assertThat(Words.norm("network__admin")).isEqualTo("network admin");
        assertThat(Words.norm("a \t- b")).isEqualTo("a b");
        assertThat(Words.norm("-x")).isEqualTo(" x");
        assertThat(Words.norm("安全管理员")).isEqualTo("安全管理员");
        assertThat(Words.norm(null)).isEmpty();
    }

    @Test
    void theSameFormWhetherRememberedOrComputed() {
        for (int i = 0; i < Words.REMEMBERED + 100; i++) {
            String v = "Role_" + i + "  X";
            assertThat(Words.norm(v)).isEqualTo(Words.compute(v)).isEqualTo("role " + i + " x");
            assertThat(Words.norm(v)).as("asked again").isEqualTo("role " + i + " x");
        }
    }
}
