package io.fitg.rules.management;

import io.fitg.api.Status;
import io.fitg.model.management.TrainingKind;
import io.fitg.model.management.TrainingRecord;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static io.fitg.rules.management.Fixtures.AS_OF;
import static io.fitg.rules.management.Fixtures.management;
import static io.fitg.rules.management.Fixtures.tech;
import static io.fitg.rules.management.Fixtures.training;
import static org.assertj.core.api.Assertions.assertThat;

/** x.1.2.2: hours of association technical training per person over the two years to the as-of date. */
class TrainingHoursTest {

    private static BigDecimal hours(List<TrainingRecord> records, String who) {
        return Training.associationHours(records, who, AS_OF, new ArrayList<>());
    }

    @Test
    void sumsOnlyTheAttendeesOwnAssociationTechnicalHours() {
        List<TrainingRecord> rs = List.of(
                training("a", LocalDate.of(2025, 6, 20), "8", "futures-association", TrainingKind.TECHNICAL, "T01", "T02"),
                training("b", LocalDate.of(2026, 5, 15), "7.5", "中国期货业协会", TrainingKind.TECHNICAL, "T01"),
                training("c", LocalDate.of(2026, 3, 1), "6", "internal", TrainingKind.TECHNICAL, "T01"),
                training("d", LocalDate.of(2026, 4, 1), "4", "futures-association", TrainingKind.SECURITY, "T01"));
        assertThat(hours(rs, "T01")).isEqualByComparingTo("15.5");
        assertThat(hours(rs, "T02")).isEqualByComparingTo("8");
        assertThat(hours(rs, "T03")).isEqualByComparingTo("0");
    }

    @Test
    void theTwoYearWindowIncludesBothEnds() {
        List<TrainingRecord> rs = List.of(
                training("start", LocalDate.of(2024, 11, 21), "5", "期货业协会", TrainingKind.TECHNICAL, "T01"),
                training("before", LocalDate.of(2024, 11, 20), "100", "期货业协会", TrainingKind.TECHNICAL, "T01"),
                training("asOf", AS_OF, "3", "期货业协会", TrainingKind.TECHNICAL, "T01"),
                training("after", AS_OF.plusDays(1), "100", "期货业协会", TrainingKind.TECHNICAL, "T01"));
        assertThat(hours(rs, "T01")).isEqualByComparingTo("8");
    }

    @Test
    void recordsMissingDetailsAreUncertainNotCounted() {
        List<TrainingRecord> uncertain = new ArrayList<>();
        List<TrainingRecord> rs = List.of(
                training("noHours", LocalDate.of(2026, 1, 1), null, "futures-association", TrainingKind.TECHNICAL, "T01"),
                training("noOrganiser", LocalDate.of(2026, 1, 1), "4", null, TrainingKind.TECHNICAL, "T01"),
                training("oldNoHours", LocalDate.of(2020, 1, 1), null, "futures-association", TrainingKind.TECHNICAL, "T01"));
        assertThat(Training.associationHours(rs, "T01", AS_OF, uncertain)).isEqualByComparingTo("0");
        assertThat(uncertain).extracting(TrainingRecord::id).containsExactly("noHours", "noOrganiser");
    }

    @Test
    void fifteenHoursExactlyComplyAndFourteenPointFiveDoNot() {
        var staff = List.of(tech("T01", LocalDate.of(2020, 1, 1), null, null));
        var at = management(staff, List.of(
                training("a", LocalDate.of(2026, 5, 1), "15", "futures-association", TrainingKind.TECHNICAL, "T01")));
        var below = management(staff, List.of(
                training("a", LocalDate.of(2026, 5, 1), "14.5", "futures-association", TrainingKind.TECHNICAL, "T01")));
        assertThat(Training.associationTraining(at, AS_OF, new BigDecimal("15")).status()).isEqualTo(Status.COMPLIANT);
        assertThat(Training.associationTraining(below, AS_OF, new BigDecimal("15")).status()).isEqualTo(Status.NON_COMPLIANT);
    }

    @Test
    void peopleInPostUnderTwoYearsAreNotYetDueAndAnUnknownJoinDateIsInsufficient() {
        var recent = management(List.of(tech("T01", LocalDate.of(2024, 11, 22), null, null)), List.of());
        var exactlyTwoYears = management(List.of(tech("T01", LocalDate.of(2024, 11, 21), null, null)), List.of());
        var unknown = management(List.of(tech("T01", null, null, null)), List.of());
        BigDecimal min = new BigDecimal("15");
        assertThat(Training.associationTraining(recent, AS_OF, min).status()).isEqualTo(Status.COMPLIANT);
        assertThat(Training.associationTraining(exactlyTwoYears, AS_OF, min).status()).isEqualTo(Status.NON_COMPLIANT);
        assertThat(Training.associationTraining(unknown, AS_OF, min).status()).isEqualTo(Status.INSUFFICIENT_DATA);
    }

    @Test
    void peopleWhoLeftAreNotJudged() {
        var m = management(List.of(tech("T01", LocalDate.of(2015, 1, 1), LocalDate.of(2026, 1, 1), null)), List.of());
        assertThat(Training.associationTraining(m, AS_OF, new BigDecimal("15")).status()).isEqualTo(Status.COMPLIANT);
    }
}
