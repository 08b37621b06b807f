package io.fitg.reports;

import io.fitg.api.AssessmentOptions;
import io.fitg.api.Report;
import io.fitg.core.Fitg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The html report in a real headless browser (Debian's chromium): it renders, the chart is there, the filters work
 * (from the URL fragment and by clicking), hostile text from the profile is shown as text and never runs.
 */
class HtmlBrowserTest {
    private static final Pattern ROW = Pattern.compile(
            "<tr id=\"f([0-9.]+)\" data-status=\"([A-Z_]+)\" data-class=\"(\\d)\"( hidden=\"\")?>");
    private static final Pattern SHOWN = Pattern.compile("<output id=\"shown\">(\\d+)</output>");

    @TempDir
    Path dir;

    private Path write(String name, String html) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, html, StandardCharsets.UTF_8);
        return f;
    }

    private Path fixture() throws Exception {
        return write("report.html", HtmlReport.render(Fixtures.report(), Fixtures.catalog(), Lang.ZH));
    }

    /** Clause id → visible (no hidden attribute), from the dumped DOM. */
    static Map<String, Boolean> rows(String dom) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        Matcher m = ROW.matcher(dom);
        while (m.find()) {
            out.put(m.group(1), m.group(4) == null);
        }
        return out;
    }

    static Set<String> visible(String dom) {
        Set<String> s = new HashSet<>();
        rows(dom).forEach((k, v) -> {
            if (v) {
                s.add(k);
            }
        });
        return s;
    }

    static String shown(String dom) {
        Matcher m = SHOWN.matcher(dom);
        assertThat(m.find()).as("the count of shown findings").isTrue();
        return m.group(1);
    }

    @Test
    void rendersSummaryChartBlockersAndEveryFinding() throws Exception {
        String dom = Chromium.dumpDom(fixture(), null);
        assertThat(dom).contains("data-fitg-ready=\"8\"");                 // the page's script ran over 8 rows
        assertThat(dom).contains("<svg id=\"status-chart\"");
        assertThat(Pattern.compile("<g class=\"bar\" data-class=\"\\d\" data-chapter=\"\\d\">").matcher(dom).results().count())
                .as("one bar per class and chapter").isEqualTo(4);
        assertThat(Pattern.compile("<rect [^>]*data-status=\"NON_COMPLIANT\"").matcher(dom).results().count()).isEqualTo(2);
        assertThat(rows(dom)).hasSize(8).doesNotContainValue(false);
        assertThat(shown(dom)).isEqualTo("8");
        String blockers = dom.substring(dom.indexOf("<section id=\"blockers\">"), dom.indexOf("<section id=\"all\">"));
        assertThat(blockers).contains("data-clause=\"3.1.2.1\"").contains("data-clause=\"3.2.1.5\"")
                .doesNotContain("data-clause=\"3.1.1.2\"");
        assertThat(dom).contains("达到二类须解决以下 2 项必须条款");
    }

    @Test
    void hostileTextIsShownAsTextAndNeverRuns() throws Exception {
        // a script an attacker might slip in without the page's hash is refused by the page's CSP as well
        String html = HtmlReport.render(Fixtures.report(), Fixtures.catalog(), Lang.ZH)
                .replace("</body>", "<script>document.body.setAttribute('data-pwned','csp')</script></body>");
        String dom = Chromium.dumpDom(write("hostile.html", html), null);
        assertThat(dom).contains("data-fitg-ready=\"8\"");
        assertThat(dom).contains("<h1>信息技术管理评估报告 — &lt;script&gt;alert(1)&lt;/script&gt;示例期货</h1>");
        assertThat(dom).contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;示例期货</td>");
        assertThat(dom).contains("&lt;img src=x onerror=\"document.body.setAttribute('data-pwned','1')\"&gt;");
        assertThat(dom).doesNotContain("data-pwned=");
        assertThat(dom).doesNotContain("<img");
        assertThat(Pattern.compile("<script>alert").matcher(dom).find()).isFalse();
        assertThat(dom).contains("<title>信息技术管理评估报告 — &lt;script&gt;alert(1)&lt;/script&gt;示例期货</title>");
    }

    @Test
    void filtersFromTheUrlFragment() throws Exception {
        Path f = fixture();
        String dom = Chromium.dumpDom(f, "status=NON_COMPLIANT&class=2");
        assertThat(visible(dom)).containsExactlyInAnyOrder("3.1.2.1", "3.2.1.5");
        assertThat(shown(dom)).isEqualTo("2");
        dom = Chromium.dumpDom(f, "status=COMPLIANT,NOT_APPLICABLE,WAIVED&class=1,2");
        assertThat(visible(dom)).containsExactlyInAnyOrder("2.1.1.2", "2.1.2.1", "2.2.1.1", "3.1.1.2", "3.2.1.1");
    }

    @Test
    void filtersWhenTheUserClicksAndTypes() throws Exception {
        String driver = "(function(){var d=document.documentElement;"
                + "document.querySelector('#filters input[name=status][value=COMPLIANT]').click();"
                + "d.setAttribute('data-after-status',document.getElementById('shown').textContent);"
                + "document.querySelector('#filters input[name=class][value=\"1\"]').click();"
                + "d.setAttribute('data-after-class',document.getElementById('shown').textContent);"
                + "var q=document.getElementById('q');q.value='录像';q.dispatchEvent(new Event('input'));"
                + "d.setAttribute('data-after-search',document.getElementById('shown').textContent);"
                + "d.setAttribute('data-hash',location.hash);})();";
        String html = HtmlReport.render(Fixtures.report(), Fixtures.catalog(), Lang.ZH);
        // let the test's driver run under the page's CSP by adding its hash, as the page does for its own script
        html = html.replaceFirst("script-src '([^']+)'", "script-src '$1' '" + HtmlPage.hash(driver) + "'")
                .replace("</body>", "<script>" + driver + "</script></body>");
        String dom = Chromium.dumpDom(write("driven.html", html), null);
        assertThat(dom).contains("data-after-status=\"6\"");     // the two COMPLIANT rows hidden
        assertThat(dom).contains("data-after-class=\"3\"");      // and class 1: 3.1.2.1, 3.2.1.1, 3.2.1.5
        assertThat(dom).contains("data-after-search=\"1\"");     // 录像: only 3.2.1.5 is left
        assertThat(dom).contains("data-hash=\"#status=NON_COMPLIANT,NOT_APPLICABLE,INSUFFICIENT_DATA,WAIVED&amp;class=2\"");
        assertThat(visible(dom)).containsExactly("3.2.1.5");
    }

    @Test
    void aSampleProfileRendersInEnglishWithEveryClause() throws Exception {
        Report r = Fitg.assess(Fixtures.profilesDir().resolve("model-class4.yaml"), AssessmentOptions.all(Fixtures.AS_OF));
        Path f = write("sample.html", HtmlReport.render(r, Fitg.engine().catalog("current"), Lang.EN));
        String dom = Chromium.dumpDom(f, "class=3");
        assertThat(dom).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\" data-fitg-ready=\"771\"");
        assertThat(dom).contains("Statuses by chapter and class").contains("Gaps blocking the next class");
        assertThat(Pattern.compile("<g class=\"bar\"").matcher(dom).results().count()).isEqualTo(32);
        assertThat(visible(dom)).hasSize(202).allMatch(id -> id.startsWith("4."));
        assertThat(shown(dom)).isEqualTo("202");
    }

    @Test
    void screenshotShowsARenderedPage() throws Exception {
        byte[] png = Chromium.screenshot(fixture(), 1000, 1400);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(img).isNotNull();
        assertThat(img.getWidth()).isEqualTo(1000);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 7) {
            for (int x = 0; x < img.getWidth(); x += 7) {
                colours.add(img.getRGB(x, y));
            }
        }
        assertThat(colours.size()).as("distinct colours: text, tables, status colours").isGreaterThan(20);
        assertThat(colours).as("the chart's non-compliant colour").contains(0xFFC51B7D);
    }
}
