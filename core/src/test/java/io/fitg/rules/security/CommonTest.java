package io.fitg.rules.security;

import io.fitg.model.common.DocumentRecord;
import io.fitg.model.security.SecurityReview;
import io.fitg.rules.support.Tri;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Date windows, documents in force and the remediation of review findings. */
class CommonTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 21);

    static SecurityReview review(String id, String date, Integer findings, Integer remediated, String due, String qual) {
        return new SecurityReview(id, date == null ? null : LocalDate.parse(date), "firm", qual, findings, remediated,
                due == null ? null : LocalDate.parse(due));
    }

    @Test
    void windowsIncludeBothEndsAndExcludeTheFuture() {
        assertThat(Common.withinDays(LocalDate.of(2026, 10, 22), AS_OF, 30)).isTrue();
        assertThat(Common.withinDays(LocalDate.of(2026, 10, 21), AS_OF, 30)).isFalse();
        assertThat(Common.withinDays(AS_OF, AS_OF, 0)).isTrue();
        assertThat(Common.withinDays(AS_OF.plusDays(1), AS_OF, 30)).isFalse();
        assertThat(Common.withinDays(null, AS_OF, 30)).isFalse();
    }

    @Test
    void withinPolicyNeedsTheDateAndThePeriod() {
        assertThat(Common.withinPolicy(AS_OF.minusDays(7), 7, AS_OF, "d", "p", "x", "x").t()).isEqualTo(Tri.TRUE);
        Eval late = Common.withinPolicy(AS_OF.minusDays(8), 7, AS_OF, "d", "p", "scan", "扫描");
        assertThat(late.t()).isEqualTo(Tri.FALSE);
        assertThat(late.enText()).contains("2026-11-13").contains("7 days");
        assertThat(Common.withinPolicy(null, 7, AS_OF, "d", "p", "x", "x").missing()).containsExactly("d");
        assertThat(Common.withinPolicy(AS_OF, null, AS_OF, "d", "p", "x", "x").missing()).containsExactly("p");
    }

    @Test
    void aLatestDateAfterTheAsOfDateTellsNothing() {
        Eval later = Common.withinPolicy(AS_OF.plusDays(1), 7, AS_OF, "d", "p", "scan", "扫描");
        assertThat(later.t()).isEqualTo(Tri.UNKNOWN);
        assertThat(later.missing()).containsExactly("d");
        assertThat(later.enText()).contains("after the as-of date");
    }

    @Test
    void companyPeriodsAreCappedAtAYear() {
        assertThat(Common.Period.regular(90, "p").days()).isEqualTo(90);
        assertThat(Common.Period.regular(365, "p").days()).isEqualTo(365);
        assertThat(Common.Period.regular(366, "p").days()).isEqualTo(365);
        assertThat(Common.Period.regular(3650, "p").days()).isEqualTo(365);
        assertThat(Common.Period.regular(3650, "p").en()).contains("365 days").contains("3650");
        assertThat(Common.Period.regular(null, "p").days()).isNull();
        assertThat(Common.Period.regular(null, "p").en()).contains("p not stated");
    }

    @Test
    void timelyIsThirtyDaysUnlessTheCompanySetsLess() {
        assertThat(Common.Period.timely(null, "p").days()).isEqualTo(30);
        assertThat(Common.Period.timely(1, "p").days()).isEqualTo(1);
        assertThat(Common.Period.timely(30, "p").days()).isEqualTo(30);
        assertThat(Common.Period.timely(31, "p").days()).isEqualTo(30);
        assertThat(Common.Period.timely(null, "p").en()).contains("30 days").contains("p not stated");
    }

    @Test
    void timelyRemediationIsAtMostThirtyDaysAfterTheReview() {
        // 及时: open findings of a review on 2026-10-22 are due by 2026-11-21 (not yet late), of 2026-10-21 by 11-20
        assertThat(Common.remediation(List.of(review("A", "2026-10-22", 2, 1, null, null)), AS_OF, "r", "x", "x", true)
                .t()).isEqualTo(Tri.TRUE);
        assertThat(Common.remediation(List.of(review("A", "2026-10-21", 2, 1, null, null)), AS_OF, "r", "x", "x", true)
                .t()).isEqualTo(Tri.FALSE);
        // a later company deadline does not stretch 及时; an earlier one applies
        assertThat(Common.remediation(List.of(review("A", "2026-10-01", 2, 1, "2026-12-31", null)), AS_OF, "r", "x",
                "x", true).t()).isEqualTo(Tri.FALSE);
        assertThat(Common.remediation(List.of(review("A", "2026-11-10", 2, 1, "2026-11-15", null)), AS_OF, "r", "x",
                "x", true).t()).isEqualTo(Tri.FALSE);
        assertThat(Common.notYetDue(List.of(review("A", "2026-11-10", 2, 1, null, null)), AS_OF, true))
                .contains("not yet due (until 2026-12-10)");
    }

    @Test
    void explicitNegativesNameNothing() {
        assertThat(Common.none("无")).isTrue();
        assertThat(Common.none(" None ")).isTrue();
        assertThat(Common.none("n/a")).isTrue();
        assertThat(Common.none("")).isTrue();
        assertThat(Common.none("云防护高防IP")).isFalse();
    }

    @Test
    void documentsInForce() {
        DocumentRecord ok = new DocumentRecord("t", LocalDate.of(2020, 1, 1), null, null, null);
        DocumentRecord future = new DocumentRecord("t", LocalDate.of(2026, 12, 1), null, null, null);
        DocumentRecord expired = new DocumentRecord("t", LocalDate.of(2020, 1, 1), null, null, LocalDate.of(2026, 11, 20));
        DocumentRecord lastDay = new DocumentRecord("t", LocalDate.of(2020, 1, 1), null, null, AS_OF);
        assertThat(Common.inForce(ok, AS_OF, "p", "d", "d").t()).isEqualTo(Tri.TRUE);
        assertThat(Common.inForce(future, AS_OF, "p", "d", "d").t()).isEqualTo(Tri.FALSE);
        assertThat(Common.inForce(expired, AS_OF, "p", "d", "d").t()).isEqualTo(Tri.FALSE);
        assertThat(Common.inForce(lastDay, AS_OF, "p", "d", "d").t()).isEqualTo(Tri.TRUE);
        assertThat(Common.inForce(null, AS_OF, "p", "d", "d").t()).isEqualTo(Tri.UNKNOWN);
        assertThat(Common.inForce(new DocumentRecord("t", null, null, null, null), AS_OF, "p", "d", "d").missing())
                .containsExactly("p.issued");
    }

    @Test
    void findingsMustBeRemediedByTheirDeadline() {
        assertThat(Common.remediation(List.of(review("A", "2026-06-01", 3, 3, null, null)), AS_OF, "r").t())
                .isEqualTo(Tri.TRUE);
        assertThat(Common.remediation(List.of(review("A", "2026-06-01", 0, null, null, null)), AS_OF, "r").t())
                .isEqualTo(Tri.TRUE);
        assertThat(Common.remediation(List.of(review("A", "2026-06-01", 3, 1, "2026-11-21", null)), AS_OF, "r").t())
                .isEqualTo(Tri.TRUE);
        assertThat(Common.remediation(List.of(review("A", "2026-06-01", 3, 1, "2026-11-20", null)), AS_OF, "r").t())
                .isEqualTo(Tri.FALSE);
        assertThat(Common.remediation(List.of(review("A", "2026-06-01", 3, 1, null, null)), AS_OF, "r").missing())
                .containsExactly("r[A].remediationDue");
        assertThat(Common.remediation(List.of(review("A", "2026-06-01", 3, null, null, null)), AS_OF, "r").missing())
                .containsExactly("r[A].remediated");
        // a review after the as-of date has not happened yet
        assertThat(Common.remediation(List.of(review("A", "2026-12-01", 3, 0, "2026-12-02", null)), AS_OF, "r").t())
                .isEqualTo(Tri.TRUE);
    }

    @Test
    void aRecentQualifiedReview() {
        LocalDate from = AS_OF.minusDays(365);
        assertThat(Common.recentReview(List.of(review("A", "2025-11-21", 0, 0, null, "CNAS")), AS_OF, from, "365 days",
                "365天", true, "r", "x", "x").t()).isEqualTo(Tri.TRUE);
        assertThat(Common.recentReview(List.of(review("A", "2025-11-20", 0, 0, null, "CNAS")), AS_OF, from, "365 days",
                "365天", true, "r", "x", "x").t()).isEqualTo(Tri.FALSE);
        assertThat(Common.recentReview(List.of(review("A", "2026-05-01", 0, 0, null, null)), AS_OF, from, "365 days",
                "365天", true, "r", "x", "x").missing()).containsExactly("r[A].qualification");
        assertThat(Common.recentReview(List.of(review("A", null, 0, 0, null, "CNAS")), AS_OF, from, "365 days",
                "365天", true, "r", "x", "x").t()).isEqualTo(Tri.UNKNOWN);
        // an unqualified recent one does not hide a qualified recent one
        assertThat(Common.recentReview(List.of(review("A", "2026-05-01", 0, 0, null, null),
                        review("B", "2026-03-01", 0, 0, null, "CNAS")), AS_OF, from, "365 days", "365天", true, "r", "x", "x").t())
                .isEqualTo(Tri.TRUE);
        assertThat(Common.recentReview(List.of(), AS_OF, from, "365 days", "365天", true, "r", "x", "x").t())
                .isEqualTo(Tri.FALSE);
    }

    @Test
    void days() {
        assertThat(Common.days(1)).isEqualTo("1 day");
        assertThat(Common.days(30)).isEqualTo("30 days");
        assertThat(Common.days(null)).isEqualTo("an unstated number of days");
    }
}
