package io.fitg.rules.machineroom;

import io.fitg.model.common.DocumentRecord;
import io.fitg.model.machineroom.EmergencySupplyAgreement;
import io.fitg.model.machineroom.Generator;
import io.fitg.model.machineroom.Ups;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PowerTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 21);

    static Ups ups(String id, Integer runtime, Integer fullLoad) {
        return new Ups(id, true, true, null, runtime, fullLoad, null);
    }

    static Generator gen(String id, String start, String hours) {
        return new Generator(id, null, start == null ? null : new BigDecimal(start),
                hours == null ? null : new BigDecimal(hours), null);
    }

    @Test
    void theShortestUpsRuntimeIsWhatTheRoomCanCountOn() {
        List<Ups> two = List.of(ups("A", 60, 30), ups("B", 45, 20));
        assertThat(Power.shortestRuntime(two, false)).contains(45);
        assertThat(Power.shortestRuntime(two, true)).contains(20);
    }

    @Test
    void anUnstatedRuntimeOrNoUpsGivesNoRuntime() {
        assertThat(Power.shortestRuntime(List.of(ups("A", 60, 30), ups("B", null, 20)), false)).isEmpty();
        assertThat(Power.shortestRuntime(List.of(), false)).isEmpty();
        assertThat(Power.shortestRuntime(null, true)).isEmpty();
    }

    @Test
    void theSlowestGeneratorStartCounts() {
        assertThat(Power.slowestGeneratorStart(List.of(gen("G1", "0.5", "8"), gen("G2", "2", "8"))))
                .contains(new BigDecimal("2"));
        assertThat(Power.slowestGeneratorStart(List.of(gen("G1", null, "8")))).isEmpty();
        assertThat(Power.slowestGeneratorStart(List.of())).isEmpty();
    }

    @Test
    void moreThanTwiceExcludesExactlyTwice() {
        BigDecimal two = BigDecimal.valueOf(2);
        assertThat(Power.exceedsMultiple(20, BigDecimal.TEN, two)).isFalse();
        assertThat(Power.exceedsMultiple(21, BigDecimal.TEN, two)).isTrue();
        assertThat(Power.exceedsMultiple(19, BigDecimal.TEN, two)).isFalse();
        assertThat(Power.exceedsMultiple(2, new BigDecimal("0.5"), two)).isTrue();
        assertThat(Power.exceedsMultiple(1, new BigDecimal("0.5"), two)).isFalse();
    }

    @Test
    void supportingFourHoursIncludesFourHoursButMoreThanFourHoursDoesNot() {
        BigDecimal four = BigDecimal.valueOf(4);
        assertThat(Power.atLeastHours(240, four)).isTrue();
        assertThat(Power.atLeastHours(239, four)).isFalse();
        assertThat(Power.moreThanHours(BigDecimal.valueOf(240), four)).isFalse();
        assertThat(Power.moreThanHours(BigDecimal.valueOf(241), four)).isTrue();
        assertThat(Power.moreThanHours(Power.minutes(new BigDecimal("4.01")), four)).isTrue();
    }

    @Test
    void theLongestGeneratorEndurance() {
        assertThat(Power.longestGeneratorHours(List.of(gen("G1", "1", "6"), gen("G2", "1", "12.5"))))
                .contains(new BigDecimal("12.5"));
        assertThat(Power.longestGeneratorHours(List.of(gen("G1", "1", null)))).isEmpty();
    }

    @Test
    void agreementsInForceOnTheAsOfDate() {
        EmergencySupplyAgreement endsToday = agreement(LocalDate.of(2025, 1, 1), AS_OF);
        EmergencySupplyAgreement endedYesterday = agreement(LocalDate.of(2025, 1, 1), AS_OF.minusDays(1));
        EmergencySupplyAgreement notYetSigned = agreement(AS_OF.plusDays(1), null);
        EmergencySupplyAgreement undated = agreement(null, null);
        assertThat(Power.inForce(List.of(endsToday, endedYesterday, notYetSigned, undated), AS_OF))
                .containsExactly(endsToday);
        assertThat(Power.datesKnown(undated)).isFalse();
        assertThat(Power.datesKnown(endedYesterday)).isTrue();
    }

    static EmergencySupplyAgreement agreement(LocalDate issued, LocalDate expires) {
        return new EmergencySupplyAgreement("供电公司", new DocumentRecord("应急供电协议", issued, null, null, expires), 120);
    }
}
