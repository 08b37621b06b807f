package io.fitg.core.io;

import io.fitg.api.FitgInputException;
import io.fitg.model.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** YAML anchors and aliases resolve to the value they name (PyYAML writes them for any value used twice). */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class YamlAliasesTest {
    final ProfileReader reader = new ProfileReader();

    Profile parse(String yaml) {
        return reader.parse(yaml.getBytes(StandardCharsets.UTF_8), "aliases.yaml", false, Profile.class);
    }

    FitgInputException reject(String yaml) {
        return catchThrowableOfType(() -> parse(yaml), FitgInputException.class);
    }

    @Test
    void aScalarAliasTakesTheAnchoredValue() {
        Profile p = parse("""
                security:
                  hosts:
                    - {id: A, kind: server, production: true, lastSecurityScan: &d 2026-10-20, lastHardening: *d}
                """);
        var host = p.security().hosts().get(0);
        assertThat(host.lastSecurityScan()).isEqualTo(LocalDate.of(2026, 10, 20));
        assertThat(host.lastHardening()).isEqualTo(LocalDate.of(2026, 10, 20));
    }

    @Test
    void aMappingAliasAndAMergeKeyTakeTheAnchoredObject() {
        Profile p = parse("""
                backup:
                  drPlan: &doc {title: 灾备管理办法, issued: 2025-03-01}
                  drProcedure: *doc
                  backupStrategy:
                    <<: *doc
                    title: 灾备演练方案
                """);
        assertThat(p.backup().drProcedure()).isEqualTo(p.backup().drPlan());
        assertThat(p.backup().backupStrategy().title()).isEqualTo("灾备演练方案");
        assertThat(p.backup().backupStrategy().issued()).isEqualTo(LocalDate.of(2025, 3, 1));
    }

    @Test
    void anAliasedValueIsCheckedWhereItIsUsed() {
        FitgInputException e = reject("""
                defaults: &n -3
                company: {hqHeadcount: *n}
                """);
        // the anchor's own key is unknown too; whichever comes first, the message names a field path
        assertThat(e.getMessage()).startsWith("aliases.yaml");
        FitgInputException neg = reject("""
                company: {name: &n -3, hqHeadcount: *n}
                """);
        assertThat(neg.getMessage()).contains("company");
    }

    @Test
    void aliasesThatExpandBeyondTheLimitAreRefused() {
        // 24 levels of two aliases each: 48 aliases (within SnakeYAML's 50) but 2^24 copies of the leaf
        StringBuilder sb = new StringBuilder("l0: &l0 [x, x]\n");
        for (int i = 1; i <= 24; i++) {
            sb.append("l").append(i).append(": &l").append(i).append(" [*l").append(i - 1).append(", *l")
                    .append(i - 1).append("]\n");
        }
        sb.append("company: {name: *l24}\n");
        FitgInputException e = reject(sb.toString());
        assertThat(e.getMessage()).startsWith("aliases.yaml").contains("expand");
    }

    @Test
    void aDocumentWithoutAliasesStillReportsLineAndColumn() {
        FitgInputException e = reject("company:\n  hqHeadcount: many\n");
        assertThat(e.getMessage()).contains("company.hqHeadcount").contains("line 2");
    }

    @Test
    void aliasesOfWholeListEntriesAndMergeKeysInListEntries() {
        Profile p = parse("""
                security:
                  hosts:
                    - &h {id: A, kind: server, production: true, lastSecurityScan: 2026-10-20}
                    - {<<: *h, id: B}
                    - <<: *h
                      id: C
                      production: false
                """);
        var hosts = p.security().hosts();
        assertThat(hosts).hasSize(3);
        assertThat(hosts.get(1).id()).isEqualTo("B");
        assertThat(hosts.get(1).lastSecurityScan()).isEqualTo(LocalDate.of(2026, 10, 20));
        assertThat(hosts.get(2).production()).isFalse();
    }

    @Test
    void scalarAliasesAreBoundedByTheExpansionNotByTheFiftyAliasLimit() {
        // the 50-alias limit is SnakeYAML's, for aliases of lists and mappings; PyYAML aliases repeated dates, so
        // scalar aliases are allowed in any number and count, like every value, against the 1,000,000-value cap
        StringBuilder sb = new StringBuilder("security:\n  hosts:\n");
        sb.append("    - {id: H0, kind: server, production: true, lastSecurityScan: &d 2026-10-20}\n");
        for (int i = 1; i < 200; i++) {
            sb.append("    - {id: H").append(i).append(", kind: server, production: true, lastSecurityScan: *d}\n");
        }
        assertThat(parse(sb.toString()).security().hosts()).hasSize(200);
    }
}
