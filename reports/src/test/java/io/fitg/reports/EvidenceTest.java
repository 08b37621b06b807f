package io.fitg.reports;

import io.fitg.api.AssessmentOptions;
import io.fitg.api.Catalog;
import io.fitg.api.Clause;
import io.fitg.api.Finding;
import io.fitg.api.Report;
import io.fitg.core.Fitg;
import io.fitg.core.catalog.Evidence;
import io.fitg.core.catalog.EvidenceLoader;
import io.fitg.core.catalog.EvidenceLoader.EarlierClause;
import io.fitg.core.catalog.EvidenceLoader.Mapping;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The evidence data: the earlier template parsed, mapped to the current edition, and a list for every clause. */
class EvidenceTest {
    private static final Evidence EV = EvidenceLoader.load();

    static Catalog current() {
        return Fitg.engine().catalog("current");
    }

    @Test
    void parsesThe187ClausesOfTheEarlierTemplateWithTheir403EvidenceItems() {
        List<EarlierClause> earlier = EV.earlier();
        assertThat(earlier).hasSize(187);
        assertThat(earlier.stream().map(EarlierClause::id).distinct()).hasSize(187);
        assertThat(earlier).allSatisfy(e -> {
            assertThat(e.id()).startsWith("4.");
            assertThat(e.text()).isNotBlank();
            assertThat(e.chapter()).as(e.id()).isNotBlank();
            assertThat(e.section()).as(e.id()).isNotBlank();
            assertThat(e.situation()).as(e.id()).startsWith("【例】");
            assertThat(e.evidence()).as(e.id()).isNotEmpty().allSatisfy(d -> assertThat(d).isNotBlank()
                    .doesNotStartWith("4.").doesNotEndWith("…"));
        });
        int items = earlier.stream().mapToInt(e -> e.evidence().size()).sum();
        int onMalformedLines = earlier.stream().mapToInt(EarlierClause::oddLines).sum();
        // 403 items stand on well-formed "N、…" lines; the template has one more on a line that starts with a stray
        // "、" (4.7.3.3 item 2), which is a real document too
        assertThat(items - onMalformedLines).isEqualTo(403);
        assertThat(onMalformedLines).isEqualTo(1);
        assertThat(items).isEqualTo(404);
    }

    @Test
    void parsedClausesKeepWordingFlagsAndItems() {
        Map<String, EarlierClause> byId = EV.earlier().stream().collect(Collectors.toMap(EarlierClause::id, e -> e));
        EarlierClause c = byId.get("4.1.1.4");
        assertThat(c.text()).isEqualTo("应建立负责本公司信息技术规划和信息安全管理的跨部门机构，其职责包括系统规划、安全管理、IT治理等。");
        assertThat(c.mandatory()).isTrue();
        assertThat(c.isNew()).isFalse();
        assertThat(c.chapter()).isEqualTo("技术管理");
        assertThat(c.section()).isEqualTo("组织结构");
        assertThat(c.evidence()).containsExactly("IT治理委员会成立的通知", "IT治理委员会组织架构图", "IT治理规划");
        assertThat(byId.get("4.2.3.5").mandatory()).isFalse();
        assertThat(byId.get("4.7.3.3").evidence()).containsExactly("核心系统性能和容量改进计划执行情况说明",
                "核心系统性能和容量改进计划执行结果评估报告");
        assertThat(byId.get("4.7.4.5").evidence()).containsExactly("应急软硬件工具情况说明", "应急硬件工具照片");
        assertThat(byId.get("4.4.5.3").evidence()).endsWith("账户与权限变更记录");
        assertThat(byId.get("4.6.2.1").evidence()).containsExactly("灾难备份中心设计情况说明", "灾难备份中心设计方案");
    }

    @Test
    void everyEarlierClauseIsMappedToAClass3ClauseOfTheSameChapterOrHasAReason() {
        Catalog cat = current();
        Set<String> earlierIds = EV.earlier().stream().map(EarlierClause::id).collect(Collectors.toSet());
        assertThat(EV.mappings().keySet()).containsExactlyInAnyOrderElementsOf(earlierIds);
        for (Mapping m : EV.mappings().values()) {
            if (m.current() == null) {
                assertThat(m.reason()).as(m.earlier()).hasSizeGreaterThan(10);
                continue;
            }
            Clause c = cat.clause(m.current()).orElseThrow(() -> new AssertionError(m.earlier() + " -> " + m.current()));
            assertThat(c.classLevel()).as(m.earlier()).isEqualTo(3);
            assertThat(c.chapterNumber()).as(m.earlier() + " stays in its chapter")
                    .isEqualTo(Integer.parseInt(m.earlier().split("\\.")[1]));
        }
        assertThat(EV.mappings().values().stream().filter(m -> m.current() == null).map(Mapping::earlier))
                .containsExactly("4.8.2.2");
    }

    @Test
    void everyClassThreeClauseHasAnEarlierCounterpartOrAWrittenList() {
        Set<String> mapped = EV.mappings().values().stream().map(Mapping::current).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        for (Clause c : current().ofClass(3)) {
            if (!mapped.contains(c.id()) && !EV.written().containsKey(c.id())) {
                missing.add(c.id());
            }
        }
        assertThat(missing).isEmpty();
        assertThat(mapped).hasSize(180);
    }

    @Test
    void writtenListsAndSameAsLinksNameRealClauses() {
        Catalog cat = current();
        for (Map.Entry<String, List<String>> e : EV.written().entrySet()) {
            assertThat(cat.clause(e.getKey())).as("evidence.yaml key %s", e.getKey()).isPresent();
            assertThat(e.getValue()).as(e.getKey()).isNotEmpty().allSatisfy(d -> assertThat(d).isNotBlank());
        }
        for (Map.Entry<String, String> e : EV.sameAs().entrySet()) {
            Clause from = cat.clause(e.getKey()).orElseThrow(() -> new AssertionError(e.getKey()));
            Clause to = cat.clause(e.getValue()).orElseThrow(() -> new AssertionError(e.getValue()));
            assertThat(from.classLevel()).as(e.getKey()).isNotEqualTo(3);
            assertThat(to.classLevel()).as(e.getValue()).isEqualTo(3);
            assertThat(to.chapterNumber()).as(e.getKey()).isEqualTo(from.chapterNumber());
        }
        // every clause of another class is linked to class 3 or has a list of its own
        Set<String> unlinked = new TreeSet<>();
        for (Clause c : cat.clauses()) {
            if (c.classLevel() != 3 && !EV.sameAs().containsKey(c.id()) && !EV.written().containsKey(c.id())) {
                unlinked.add(c.id());
            }
        }
        assertThat(unlinked).isEmpty();
    }

    @Test
    void everyCurrentClauseHasANonEmptyEvidenceListWhateverTheRequirementGrouping() {
        Catalog cat = current();
        Map<String, List<String>> docs = EV.forCatalog(cat);
        assertThat(docs).hasSize(771);
        assertThat(docs).allSatisfy((id, list) -> assertThat(list).as(id).isNotEmpty().doesNotHaveDuplicates());
        // a clause's own list is non-empty too, so that any regrouping of requirements still gives every clause one
        assertThat(cat.clauses()).allSatisfy(c -> assertThat(EV.own(c.id())).as(c.id()).isNotEmpty());
        // every clause of a requirement has the requirement's list
        for (String key : cat.requirements()) {
            Set<List<String>> lists = new HashSet<>();
            cat.requirement(key).forEach(c -> lists.add(docs.get(c.id())));
            assertThat(lists).as(key).hasSize(1);
        }
        assertThat(docs.get("4.1.1.5")).startsWith("IT治理委员会成立的通知");
        assertThat(docs.get("4.4.4.7")).contains("网上交易线路清单");
    }

    @Test
    void theEngineFillsEveryFindingsEvidence() {
        Report r = Fitg.assess(Fixtures.profilesDir().resolve("small-class1.yaml"), AssessmentOptions.all(Fixtures.AS_OF));
        assertThat(r.findings()).hasSize(771);
        Map<String, List<String>> docs = EV.forCatalog(current());
        for (Finding f : r.findings()) {
            assertThat(f.evidence()).as(f.clause()).isNotEmpty().isEqualTo(docs.get(f.clause()));
        }
    }
}
