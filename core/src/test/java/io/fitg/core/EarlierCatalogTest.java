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

/**
 * The earlier edition's catalog against its text (seed {@code 000_3aea7dd8804e95a3.txt}), clause by clause, and its
 * requirement mapping against the current edition's: a shared requirement has the current key (so the same rule),
 * an earlier-only one is named {@code <chapter>.earlier-…}.
 */
class EarlierCatalogTest {
    static final Catalog EARLIER = CatalogLoader.load("earlier");
    static final Catalog CURRENT = CatalogLoader.load("current");

    /** An independent, line-oriented reading of the seed: id → [mandatory, new, text]; 情况说明 and 证明材料 skipped. */
    static Map<String, String[]> readSeed() throws IOException {
        Path seed = TestSupport.seedsDir().resolve("000_3aea7dd8804e95a3.txt");
        if (!Files.exists(seed)) {
            seed = TestSupport.seedsDir().resolve("earlier/guideline.txt");
        }
        Map<String, String[]> m = new LinkedHashMap<>();
        Pattern p = Pattern.compile("^\\s*(4\\.[1-8]\\.\\d+\\.\\d+)\\s*\\[(必须|可选)]\\s*\\[(新增|延续)]\\s*(.+)$");
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
        Path seed = TestSupport.seedsDir().resolve("000_3aea7dd8804e95a3.txt");
        Path shipped = TestSupport.rulesDir().resolve("src/main/resources/io/fitg/catalog/earlier/guideline.txt");
        if (Files.exists(seed)) {
            assertThat(Files.readAllBytes(shipped)).isEqualTo(Files.readAllBytes(seed));
        }
        assertThat(shipped).exists();
    }

    @Test
    void all187ClausesVerbatimWithTheirFlags() throws IOException {
        Map<String, String[]> seed = readSeed();
        assertThat(seed).hasSize(187);
        assertThat(EARLIER.edition()).isEqualTo("earlier");
        assertThat(EARLIER.clauses()).hasSize(187);
        assertThat(EARLIER.clauses().stream().map(Clause::id).toList()).containsExactlyElementsOf(seed.keySet());
        for (Clause c : EARLIER.clauses()) {
            String[] s = seed.get(c.id());
            assertThat(c.edition()).as(c.id()).isEqualTo("earlier");
            assertThat(c.mandatory()).as(c.id()).isEqualTo("必须".equals(s[0]));
            assertThat(c.isNew()).as(c.id()).isEqualTo("新增".equals(s[1]));
            assertThat(c.text().replaceAll("\\s+", " ")).as(c.id()).isEqualTo(s[2]);
            assertThat(c.classLevel()).as(c.id()).isEqualTo(3);
            assertThat(c.chapter()).as(c.id()).isNotBlank();
            assertThat(c.section()).as(c.id()).isNotBlank();
        }
    }

    @Test
    void flagsAsWritten() {
        // a few by hand: optional clauses, new ones, and the ones written without a space before the flags
        assertThat(EARLIER.clause("4.2.3.5").orElseThrow().mandatory()).isFalse();
        assertThat(EARLIER.clause("4.3.2.3").orElseThrow().mandatory()).isFalse();
        assertThat(EARLIER.clause("4.1.1.3").orElseThrow().isNew()).isTrue();
        assertThat(EARLIER.clause("4.1.1.2").orElseThrow().isNew()).isFalse();
        assertThat(EARLIER.clause("4.6.2.8").orElseThrow().text()).startsWith("应有详细的灾难恢复预案");
        assertThat(EARLIER.clause("4.8.1.1").orElseThrow().text()).startsWith("应设立独立隔断的设备区域");
        assertThat(EARLIER.ofClass(3).stream().filter(c -> !c.mandatory()).map(Clause::id).toList())
                .containsExactly("4.2.3.5", "4.3.2.3", "4.3.2.6", "4.3.2.8", "4.4.2.7", "4.4.2.8", "4.4.4.5", "4.4.7.3",
                        "4.6.1.8", "4.6.1.9", "4.6.2.1", "4.6.2.2", "4.6.2.3", "4.6.2.4", "4.6.2.5", "4.6.2.6", "4.6.2.7",
                        "4.6.2.8", "4.6.2.9", "4.6.2.10", "4.7.1.8", "4.7.2.4");
    }

    @Test
    void chapterAndSectionTitles() {
        Clause c = EARLIER.clause("4.1.1.3").orElseThrow();
        assertThat(c.chapter()).isEqualTo("技术管理");
        assertThat(c.section()).isEqualTo("组织结构");
        assertThat(EARLIER.clause("4.3.4.2").orElseThrow().chapter()).isEqualTo("核心系统");
        assertThat(EARLIER.clause("4.3.4.2").orElseThrow().section()).isEqualTo("行情冗余");
        assertThat(EARLIER.clause("4.8.2.6").orElseThrow().chapter()).isEqualTo("营业部技术要求");
    }

    @Test
    void onlyClassThree() {
        assertThat(EARLIER.classLevels()).containsExactly(3);
        assertThat(EARLIER.version()).startsWith("earlier@");
    }

    @Test
    void everyClauseIsMappedOnceAndARequirementHasOneClause() {
        for (String req : EARLIER.requirements()) {
            assertThat(EARLIER.requirement(req)).as(req).hasSize(1);
        }
        assertThat(EARLIER.requirements()).hasSize(187);
    }

    @Test
    void sharedRequirementsUseTheCurrentKeyAndEarlierOnlyOnesArePrefixed() {
        Set<String> current = new TreeSet<>(CURRENT.requirements());
        List<String> bad = new ArrayList<>();
        for (Clause c : EARLIER.clauses()) {
            String key = c.requirement();
            String chapter = key.substring(0, key.indexOf('.'));
            boolean earlierOnly = key.substring(key.indexOf('.') + 1).startsWith("earlier-");
            if (earlierOnly == current.contains(key)) {
                bad.add(c.id() + " " + key + (earlierOnly ? " is earlier-only but the current edition has it"
                        : " is not a current requirement and not named <chapter>.earlier-…"));
            }
            if (!earlierOnly) {
                // the same chapter as in the current edition
                int currentChapter = CURRENT.requirement(key).get(0).chapterNumber();
                if (currentChapter != c.chapterNumber()) {
                    bad.add(c.id() + " " + key + " is in chapter x." + currentChapter + " of the current edition");
                }
            }
            assertThat(c.rule()).as(c.id()).isEqualTo(key);
            assertThat(chapter).as(c.id()).isIn("management", "machine-room", "trading", "security", "operations",
                    "backup", "maintenance", "branch");
        }
        assertThat(bad).isEmpty();
        long earlierOnly = EARLIER.requirements().stream().filter(k -> k.contains(".earlier-")).count();
        assertThat(earlierOnly).isEqualTo(7);
    }

    /** 一 … 十 and 两, as the earlier text writes some numbers (一名, 一周, 两个). */
    static final Map<String, String> CHINESE = Map.of("1", "一", "2", "二", "3", "三", "4", "四", "5", "五", "6", "六",
            "7", "七", "8", "八", "9", "九", "10", "十");

    static boolean inText(String n, String text) {
        return text.contains(n) || CHINESE.containsKey(n) && text.contains(CHINESE.get(n))
                || "2".equals(n) && text.contains("两");
    }

    @Test
    void everyNumericParameterAppearsInItsClauseText() {
        List<String> bad = new ArrayList<>();
        for (Clause c : EARLIER.clauses()) {
            for (Map.Entry<String, Object> e : c.params().entrySet()) {
                if (e.getValue() instanceof BigDecimal b) {
                    String n = b.stripTrailingZeros().toPlainString();
                    if (!inText(n, c.text())) {
                        bad.add(c.id() + " " + e.getKey() + "=" + n);
                    }
                }
            }
        }
        assertThat(bad).as("parameters whose number is not in the clause text").isEmpty();
    }

    @Test
    void thresholdsOfTheEarlierEdition() {
        assertThat(EARLIER.clause("4.1.1.2").orElseThrow().num("minPercent")).isEqualByComparingTo("6");
        assertThat(EARLIER.clause("4.1.1.3").orElseThrow().intParam("minStaff")).isEqualTo(7);
        assertThat(EARLIER.clause("4.2.1.5").orElseThrow().intParam("retentionWeeks")).isEqualTo(1);
        assertThat(EARLIER.clause("4.2.2.4").orElseThrow().intParam("minHours")).isEqualTo(12);
        assertThat(EARLIER.clause("4.2.2.4").orElseThrow().flag("withUps", false)).isTrue();
        assertThat(EARLIER.clause("4.3.3.1").orElseThrow().intParam("rtoMinutes")).isEqualTo(5);
        assertThat(EARLIER.clause("4.3.3.1").orElseThrow().hasParam("rpoSeconds")).isFalse();
        assertThat(EARLIER.clause("4.3.4.1").orElseThrow().intParam("minServersEach")).isEqualTo(2);
        assertThat(EARLIER.clause("4.3.4.2").orElseThrow().intParam("minCarriers")).isEqualTo(2);
    }

    @Test
    void everyClauseNamesARuleThatExists() throws IOException {
        Set<String> drl = CatalogTest.drlRules();
        Set<String> missing = EARLIER.clauses().stream().map(Clause::rule).filter(r -> !drl.contains(r))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(missing).as("earlier requirements without a rule").isEmpty();
    }

    @Test
    void theEngineServesBothEditions() {
        DroolsEngine engine = TestSupport.engine();
        assertThat(engine.catalog("earlier").clauses()).hasSize(187);
        assertThat(engine.catalog("current").clauses()).hasSize(771);
    }
}
