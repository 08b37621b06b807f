package io.fitg.cli;

import org.junit.jupiter.api.Test;

import static io.fitg.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** How {@link Main} sets up picocli: the named command only, or every command when none is named. */
class MainTest {
    private static final String[] ALL = {"catalog", "assess", "explain", "test", "schema", "diff"};

    @Test
    void aNamedCommandIsTheOnlyOneSetUp() {
        for (String name : ALL) {
            assertThat(Main.commandLine(new String[]{name, "--help"}).getSubcommands().keySet()).containsExactly(name);
        }
    }

    @Test
    void withoutACommandEveryCommandIsSetUpInHelpOrder() {
        assertThat(Main.commandLine(new String[]{}).getSubcommands().keySet()).containsExactly(ALL);
        assertThat(Main.commandLine(new String[]{"--help"}).getSubcommands().keySet()).containsExactly(ALL);
        assertThat(Main.commandLine(new String[]{"asess"}).getSubcommands().keySet()).containsExactly(ALL);
    }

    @Test
    void helpStillListsEveryCommandAndAMistypedCommandIsAUsageError() {
        CliTest.Result help = run("--help");
        assertThat(help.code()).isEqualTo(Main.OK);
        for (String name : ALL) {
            assertThat(help.out()).contains("  " + name + "  ");
        }
        CliTest.Result typo = run("asess", "x.yaml");
        assertThat(typo.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(typo.err()).contains("asess").contains("Try 'fitg --help'.");
    }

    @Test
    void theWarmUpIsOnlyForCommandsThatAssessWithTheBuiltInEngine() {
        assertThat(Main.warmsUp(new String[]{"assess", "p.yaml"})).isTrue();
        assertThat(Main.warmsUp(new String[]{"explain", "p.yaml", "1.1.1.1"})).isTrue();
        assertThat(Main.warmsUp(new String[]{"test", "scenarios"})).isTrue();
        assertThat(Main.warmsUp(new String[]{"assess", "p.yaml", "--rules", "mine.drl"})).isFalse();
        assertThat(Main.warmsUp(new String[]{"assess", "p.yaml", "--rules=mine.drl"})).isFalse();
        assertThat(Main.warmsUp(new String[]{"assess", "--help"})).isFalse();
        assertThat(Main.warmsUp(new String[]{"catalog"})).isFalse();
        assertThat(Main.warmsUp(new String[]{"schema", "profile"})).isFalse();
        assertThat(Main.warmsUp(new String[]{})).isFalse();
    }
}
