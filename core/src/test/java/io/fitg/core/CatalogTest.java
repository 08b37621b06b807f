package io.fitg.core;

import io.fitg.api.Catalog;
import io.fitg.api.Clause;
import io.fitg.core.catalog.CatalogLoader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The current catalog against the guideline text, clause by clause. */
class CatalogTest {
    static final Catalog CATALOG = CatalogLoader.load("current");

    /** An independent, line-oriented reading of the seed: id → [mandatory, new, text]. */
    static Map<String, String[]> readSeed() throws IOException {
        Path seed = TestSupport.seedsDir().resolve("001_c69a8c7c502d5a5d.txt");
        if (!Files.exists(seed)) {
            seed = TestSupport.seedsDir().resolve("current/guideline.txt");
        }
        Map<String, String[]> m = new LinkedHashMap<>();
        Pattern p = Pattern.compile("^\\s*([2-5]\\.[1-8]\\.\\d+\\.\\d+)\\s*\\[(必须|可选)]\\s*\\[(新增|延续)]\\s*(.+)$");
        for (String line : Files.readAllLines(seed, StandardCharsets.UTF_8)) {
            Matcher mm = p.matcher(line);
            if (mm.matches()) {
                m.put(mm.group(1), new String[]{mm.group(2), mm.group(3), mm.group(4).replaceAll("\\s+", " ").trim()});
            }
        }
        return m;
    }

    @Test
    void shippedTextIsTheSeed() throws IOException {
        Path seed = TestSupport.seedsDir().resolve("001_c69a8c7c502d5a5d.txt");
        Path shipped = TestSupport.rulesDir().resolve("src/main/resources/io/fitg/catalog/current/guideline.txt");
        if (Files.exists(seed)) {
            assertThat(Files.readAllBytes(shipped)).isEqualTo(Files.readAllBytes(seed));
        }
        assertThat(shipped).exists();
    }

    @Test
    void everyClauseOfTheTextVerbatim() throws IOException {
        Map<String, String[]> seed = readSeed();
        assertThat(seed).hasSize(771);
        assertThat(CATALOG.clauses()).hasSize(771);
        assertThat(CATALOG.clauses().stream().map(Clause::id).toList()).containsExactlyElementsOf(seed.keySet());
        for (Clause c : CATALOG.clauses()) {
            String[] s = seed.get(c.id());
            assertThat(c.mandatory()).as(c.id()).isEqualTo("必须".equals(s[0]));
            assertThat(c.isNew()).as(c.id()).isEqualTo("新增".equals(s[1]));
            assertThat(c.text().replaceAll("\\s+", " ")).as(c.id()).isEqualTo(s[2]);
            assertThat(c.classLevel()).as(c.id()).isEqualTo(Integer.parseInt(c.id().substring(0, 1)) - 1);
            assertThat(c.chapter()).as(c.id()).isNotBlank();
            assertThat(c.section()).as(c.id()).isNotBlank();
        }
    }

    @Test
    void clauseCountsPerClass() {
        Map<Integer, Long> counts = CATALOG.clauses().stream()
                .collect(Collectors.groupingBy(Clause::classLevel, Collectors.counting()));
        assertThat(counts).containsEntry(1, 177L).containsEntry(2, 183L).containsEntry(3, 202L).containsEntry(4, 209L);
    }

    @Test
    void chapterAndSectionTitles() {
        Clause c = CATALOG.clause("2.1.1.3").orElseThrow();
        assertThat(c.chapter()).isEqualTo("技术管理");
        assertThat(c.section()).isEqualTo("组织结构");
        assertThat(CATALOG.clause("5.8.2.4").orElseThrow().chapter()).isEqualTo("分支机构技术要求");
        assertThat(CATALOG.clause("2.2.1.5").orElseThrow().chapter()).isEqualTo("机房建设");
    }

    @Test
    void definitionsOfSection14() {
        assertThat(CATALOG.definitions()).containsOnlyKeys("1.4.1", "1.4.2", "1.4.3", "1.4.4", "1.4.5", "1.4.6");
        assertThat(CATALOG.definitions().get("1.4.4")).contains("物理分隔、防火墙、网闸、VLAN及等效措施");
    }

    @Test
    void aRequirementHasAtMostOneClausePerClassAndStaysInOneSection() {
        for (String req : CATALOG.requirements()) {
            List<Clause> cs = CATALOG.requirement(req);
            assertThat(cs.stream().map(Clause::classLevel).distinct().count()).as(req).isEqualTo(cs.size());
            assertThat(cs.stream().map(Clause::sectionPath).distinct().count()).as(req).isEqualTo(1);
            assertThat(cs.stream().map(Clause::rule).distinct().count()).as(req).isEqualTo(1);
        }
    }

    @Test
    void everyNumericParameterAppearsInItsClauseText() {
        List<String> bad = new ArrayList<>();
        for (Clause c : CATALOG.clauses()) {
            for (Map.Entry<String, Object> e : c.params().entrySet()) {
                if (e.getValue() instanceof BigDecimal b) {
                    String n = b.stripTrailingZeros().toPlainString();
                    if (!c.text().contains(n)) {
                        bad.add(c.id() + " " + e.getKey() + "=" + n);
                    }
                }
            }
        }
        assertThat(bad).as("parameters whose number is not in the clause text").isEmpty();
    }

    @org.junit.jupiter.api.TestFactory
    java.util.stream.Stream<org.junit.jupiter.api.DynamicTest> everyClauseOfEachChapterNamesARuleThatExists() {
        return java.util.stream.IntStream.rangeClosed(1, 8).mapToObj(ch -> org.junit.jupiter.api.DynamicTest.dynamicTest(
                "chapter x." + ch, () -> {
                    Set<String> drl = drlRules();
                    Set<String> missing = new TreeSet<>();
                    for (Clause c : CATALOG.clauses()) {
                        if (c.chapterNumber() == ch && !drl.contains(c.rule())) {
                            missing.add(c.rule() + " (" + c.id() + ")");
                        }
                    }
                    assertThat(missing).as("x.%d requirements without a rule", ch).isEmpty();
                }));
    }

    static Set<String> drlRules() throws IOException {
        Set<String> drlRules = new TreeSet<>();
        Pattern rule = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);
        for (String drl : TestSupport.drlSources().values()) {
            Matcher m = rule.matcher(drl);
            while (m.find()) {
                drlRules.add(m.group(1));
            }
        }
        return drlRules;
    }

    @Test
    void everyRuleInDrlFilesIsInTheKieBase() throws IOException {
        Set<String> drlRules = drlRules();
        assertThat(TestSupport.engine().ruleNames()).containsAll(drlRules);
        Set<String> catalogRules = CATALOG.clauses().stream().map(Clause::rule).collect(Collectors.toSet());
        // rules of requirements only the earlier edition has decide earlier clauses
        CatalogLoader.load("earlier").clauses().forEach(c -> catalogRules.add(c.rule()));
        assertThat(catalogRules).as("every DRL rule decides some clause of some edition").containsAll(drlRules);
    }
}
