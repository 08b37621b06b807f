package io.fitg.rules.machineroom;

import io.fitg.model.machineroom.MachineRoom;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static io.fitg.rules.machineroom.RoomOutcome.Kind.MET;
import static io.fitg.rules.machineroom.RoomOutcome.Kind.NOT_APPLICABLE;
import static io.fitg.rules.machineroom.RoomOutcome.Kind.NOT_MET;
import static io.fitg.rules.machineroom.RoomOutcome.Kind.UNKNOWN;
import static io.fitg.rules.machineroom.Rooms.room;
import static org.assertj.core.api.Assertions.assertThat;

/** The per-room computations that the scenarios exercise only through whole profiles. */
class RoomChecksTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 21);
    static final BigDecimal TWO = BigDecimal.valueOf(2);
    static final BigDecimal FOUR = BigDecimal.valueOf(4);

    static MachineRoom power(String power) {
        return room("id: R1\npower:\n" + power.indent(2));
    }

    // ---- 2.2.2.2 UPS runtime margin

    @Test
    void upsMustOutlastTwiceTheGeneratorStart() {
        String gen = "generators: [{id: G, startMinutes: 10}]\nemergencySupplyAgreements: []\n";
        assertThat(RoomChecks.upsRuntimeMargin(power("ups: [{id: U, runtimeMinutes: 20}]\n" + gen), TWO, FOUR, AS_OF)
                .kind()).isEqualTo(NOT_MET);
        assertThat(RoomChecks.upsRuntimeMargin(power("ups: [{id: U, runtimeMinutes: 21}]\n" + gen), TWO, FOUR, AS_OF)
                .kind()).isEqualTo(MET);
    }

    @Test
    void withoutGeneratorTheAgreementInForceCounts() {
        String p = "ups: [{id: U, runtimeMinutes: 61}]\ngenerators: []\n"
                + "emergencySupplyAgreements: [{provider: P, agreement: {issued: 2025-01-01, expires: 2027-01-01}, responseMinutes: 30}]\n";
        RoomOutcome o = RoomChecks.upsRuntimeMargin(power(p), TWO, FOUR, AS_OF);
        assertThat(o.kind()).isEqualTo(MET);
        assertThat(o.en()).contains("agreed response 30 min");
        // the same agreement, judged after it expired: then the batteries must last 4 hours
        RoomOutcome later = RoomChecks.upsRuntimeMargin(power(p), TWO, FOUR, LocalDate.of(2027, 1, 2));
        assertThat(later.kind()).isEqualTo(NOT_MET);
        assertThat(later.en()).contains("less than 4 h");
    }

    @Test
    void withNoEmergencySupplyTheBatteriesMustLastFourHours() {
        String none = "generators: []\nemergencySupplyAgreements: []\n";
        assertThat(RoomChecks.upsRuntimeMargin(power("ups: [{id: U, runtimeMinutes: 240}]\n" + none), TWO, FOUR, AS_OF)
                .kind()).isEqualTo(MET);
        assertThat(RoomChecks.upsRuntimeMargin(power("ups: [{id: U, runtimeMinutes: 239}]\n" + none), TWO, FOUR, AS_OF)
                .kind()).isEqualTo(NOT_MET);
    }

    @Test
    void anUndatedAgreementLeavesTheMarginUnknown() {
        String p = "ups: [{id: U, runtimeMinutes: 300}]\ngenerators: []\n"
                + "emergencySupplyAgreements: [{provider: P, responseMinutes: 30}]\n";
        RoomOutcome o = RoomChecks.upsRuntimeMargin(power(p), TWO, FOUR, AS_OF);
        assertThat(o.kind()).isEqualTo(UNKNOWN);
        assertThat(o.missing()).containsExactly("machineRooms[R1].power.emergencySupplyAgreements[].agreement.issued");
    }

    // ---- x.2.2.2 dual utility power

    @Test
    void classTwoAcceptsMoreThanFourHoursOfBackupOnASingleFeed() {
        String p = "utilityFeeds: 1\nups: [{id: U, runtimeMinutes: 30}]\ngenerators: [{id: G, continuousHours: 4}]\n";
        assertThat(RoomChecks.dualUtilityPower(power(p), FOUR, false, false).kind()).isEqualTo(NOT_MET);
        String longer = p.replace("continuousHours: 4}", "continuousHours: 4.25}");
        assertThat(RoomChecks.dualUtilityPower(power(longer), FOUR, false, false).kind()).isEqualTo(MET);
        // classes 3 and 4 have no such alternative
        assertThat(RoomChecks.dualUtilityPower(power(longer), null, true, true).kind()).isEqualTo(NOT_MET);
    }

    @Test
    void classesThreeAndFourNeedDualFeedsDualUpsAndAGenerator() {
        String p = "utilityFeeds: 2\nautomaticTransfer: true\nups: [{id: U1}, {id: U2}]\ngenerators: [{id: G}]\n";
        assertThat(RoomChecks.dualUtilityPower(power(p), null, true, true).kind()).isEqualTo(MET);
        String oneUps = p.replace("[{id: U1}, {id: U2}]", "[{id: U1}]");
        RoomOutcome o = RoomChecks.dualUtilityPower(power(oneUps), null, true, true);
        assertThat(o.kind()).isEqualTo(NOT_MET);
        assertThat(o.en()).contains("not dual UPS");
    }

    // ---- x.2.2.4 generator endurance

    @Test
    void oneGeneratorMustGiveTheHoursAndStartWithinTheFullLoadUpsRuntime() {
        String ups = "ups: [{id: U, fullLoadRuntimeMinutes: 10}]\n";
        assertThat(RoomChecks.generatorEndurance(power(ups + "generators: [{id: G, startMinutes: 10, continuousHours: 12}]\n"),
                BigDecimal.valueOf(12)).kind()).isEqualTo(NOT_MET);
        assertThat(RoomChecks.generatorEndurance(power(ups + "generators: [{id: G, startMinutes: 9.5, continuousHours: 12}]\n"),
                BigDecimal.valueOf(12)).kind()).isEqualTo(MET);
        // hours from one generator and a quick start from another do not add up to a qualifying generator
        assertThat(RoomChecks.generatorEndurance(power(ups + "generators: [{id: G1, startMinutes: 1, continuousHours: 2}, "
                + "{id: G2, startMinutes: 30, continuousHours: 24}]\n"), BigDecimal.valueOf(6)).kind()).isEqualTo(NOT_MET);
    }

    @Test
    void aQualifyingGeneratorDecidesEvenWhenAnotherIsUnknown() {
        String p = "ups: [{id: U, fullLoadRuntimeMinutes: 10}]\n"
                + "generators: [{id: G1, startMinutes: 1, continuousHours: 24}, {id: G2}]\n";
        assertThat(RoomChecks.generatorEndurance(power(p), BigDecimal.valueOf(12)).kind()).isEqualTo(MET);
    }

    // ---- windows of 定期 / 有记录

    @Test
    void recurringRecordsCountForOneYearIncludingBothEnds() {
        String tests = "ups: []\ngenerators: [{id: G, startTests: [{date: %s}]}]\n";
        assertThat(RoomChecks.generatorStartTests(power(tests.formatted("2025-11-21")), AS_OF).kind()).isEqualTo(MET);
        assertThat(RoomChecks.generatorStartTests(power(tests.formatted("2026-11-21")), AS_OF).kind()).isEqualTo(MET);
        assertThat(RoomChecks.generatorStartTests(power(tests.formatted("2025-11-20")), AS_OF).kind()).isEqualTo(NOT_MET);
        assertThat(RoomChecks.generatorStartTests(power(tests.formatted("2026-11-22")), AS_OF).kind()).isEqualTo(NOT_MET);
    }

    @Test
    void everyUnitNeedsARecentMaintenanceRecord() {
        MachineRoom r = room("""
                id: R1
                power:
                  ups: [{id: U1, maintenance: [{date: 2026-06-01}]}]
                airConditioners:
                  - {id: AC1, maintenance: [{date: 2026-06-01}, {date: 2025-01-01}]}
                  - {id: AC2, maintenance: [{date: 2025-06-01}]}
                """);
        RoomOutcome o = RoomChecks.facilityMaintenanceRecords(r, AS_OF);
        assertThat(o.kind()).isEqualTo(NOT_MET);
        assertThat(o.cite()).containsExactly("R1/AC2");
        assertThat(o.en()).contains("AC2 (last 2025-06-01)");
    }

    // ---- x.2.5.1 maintainers

    @Test
    void theHostCoversTheUnitsOnlyUnderAHostingContractInForce() {
        String base = """
                id: R1
                hosted: true
                hostMaintainsInfrastructure: true
                hostingContract: {issued: 2025-01-01, expires: %s}
                power: {ups: [{id: U1}]}
                airConditioners: [{id: AC1}]
                maintenanceContracts: []
                facilityMaintainers: []
                """;
        assertThat(RoomChecks.facilityMaintainers(room(base.formatted("2027-01-01")), AS_OF).kind()).isEqualTo(MET);
        assertThat(RoomChecks.facilityMaintainers(room(base.formatted("2026-11-20")), AS_OF).kind()).isEqualTo(NOT_MET);
    }

    @Test
    void contractsCoverUnitsByIdOrByKind() {
        String base = """
                id: R1
                hosted: false
                power: {ups: [{id: U1}]}
                airConditioners: [{id: AC1}, {id: AC2}]
                maintenanceContracts: [{provider: P, contract: {issued: 2026-01-01, expires: 2027-01-01}, covers: %s}]
                facilityMaintainers: [{name: 张, qualification: 电工证, covers: [U1]}]
                """;
        assertThat(RoomChecks.facilityMaintainers(room(base.formatted("[air-conditioning]")), AS_OF).kind()).isEqualTo(MET);
        RoomOutcome o = RoomChecks.facilityMaintainers(room(base.formatted("[AC1]")), AS_OF);
        assertThat(o.kind()).isEqualTo(NOT_MET);
        assertThat(o.cite()).containsExactly("R1/AC2");
    }

    // ---- x.2.1.9 core rooms

    @Test
    void environmentMonitoringConcernsCoreRoomsOnly() {
        String em = "environmentMonitoring: {installed: false}\n";
        assertThat(RoomChecks.environmentMonitoring(room("id: R1\ncoreSystems: false\n" + em), List.of("sound", "sms"))
                .kind()).isEqualTo(NOT_APPLICABLE);
        assertThat(RoomChecks.environmentMonitoring(room("id: R1\ncoreSystems: true\n" + em), List.of("sound", "sms"))
                .kind()).isEqualTo(NOT_MET);
        RoomOutcome unknownCore = RoomChecks.environmentMonitoring(room("id: R1\n" + em), List.of("sound", "sms"));
        assertThat(unknownCore.kind()).isEqualTo(UNKNOWN);
        assertThat(unknownCore.missing()).contains("machineRooms[R1].coreSystems");
    }

    @Test
    void alarmChannelsMustIncludeEveryChannelTheClauseNames() {
        String r = "id: R1\ncoreSystems: true\nenvironmentMonitoring: {installed: true, indicators: [ups, temperature], "
                + "alarmChannels: %s}\n";
        assertThat(RoomChecks.environmentMonitoring(room(r.formatted("[Sound, SMS]")), List.of("sound", "sms")).kind())
                .isEqualTo(MET);
        RoomOutcome o = RoomChecks.environmentMonitoring(room(r.formatted("[sound, email]")), List.of("sound", "sms"));
        assertThat(o.kind()).isEqualTo(NOT_MET);
        assertThat(o.zh()).contains("未实现短信自动报警");
    }

    // ---- x.2.3.1 air conditioning

    @Test
    void classTwoRedundancyMayComeFromAComfortUnitButClassThreeNeedsPrecision() {
        MachineRoom r = room("""
                id: R1
                heatLoadKw: 100
                airConditioners:
                  - {id: P1, precision: true, coolingKw: 60}
                  - {id: P2, precision: true, coolingKw: 60}
                  - {id: C1, precision: false, coolingKw: 60}
                """);
        assertThat(RoomChecks.precisionAirConditioning(r, "none").kind()).isEqualTo(MET);
        assertThat(RoomChecks.precisionAirConditioning(r, "any-air-conditioning").kind()).isEqualTo(MET);
        RoomOutcome o = RoomChecks.precisionAirConditioning(r, "precision");
        assertThat(o.kind()).isEqualTo(NOT_MET);
        assertThat(o.en()).contains("precision cooling without the largest unit 60 kW");
    }
}
