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
        String p = "utilityFeeds: 1\nups: [{id: U, runtimeMinutes: 30}]\ngenerators: [{id: G, continuousHours: 4, startMinutes: 30}]\n";
        // the UPS (30 min) does not outlast the start (30 min): the measures do not add up, 4 h alone is not more than 4 h
        assertThat(RoomChecks.dualUtilityPower(power(p), FOUR, false, false).kind()).isEqualTo(NOT_MET);
        String longer = p.replace("continuousHours: 4,", "continuousHours: 4.25,");
        assertThat(RoomChecks.dualUtilityPower(power(longer), FOUR, false, false).kind()).isEqualTo(MET);
        // classes 3 and 4 have no such alternative
        assertThat(RoomChecks.dualUtilityPower(power(longer), null, true, true).kind()).isEqualTo(NOT_MET);
    }

    @Test
    void classTwoBackupCountsTheUpsAndTheGeneratorTogetherWhenTheUpsBridgesTheStart() {
        String p = "utilityFeeds: 1\nups: [{id: U, runtimeMinutes: %s}]\ngenerators: [{id: G, continuousHours: 3.5, startMinutes: 5}]\n";
        // 30 min of batteries + 3.5 h of generator = 4 h exactly: not more than 4 h (超过)
        assertThat(RoomChecks.dualUtilityPower(power(p.formatted(30)), FOUR, false, false).kind()).isEqualTo(NOT_MET);
        RoomOutcome o = RoomChecks.dualUtilityPower(power(p.formatted(31)), FOUR, false, false);
        assertThat(o.kind()).isEqualTo(MET);
        assertThat(o.en()).contains("together 241 min");
        // the start not stated: together they might last, alone they do not
        String noStart = "utilityFeeds: 1\nups: [{id: U, runtimeMinutes: 60}]\ngenerators: [{id: G, continuousHours: 3.5}]\n";
        RoomOutcome u = RoomChecks.dualUtilityPower(power(noStart), FOUR, false, false);
        assertThat(u.kind()).isEqualTo(UNKNOWN);
        assertThat(u.missing()).contains("machineRooms[R1].power.generators[].startMinutes");
        assertThat(u.en()).startsWith("not stated:");
        // every generator the room relies on: the shortest one's hours count
        String two = "utilityFeeds: 1\nups: []\ngenerators: [{id: G1, continuousHours: 8, startMinutes: 1}, "
                + "{id: G2, continuousHours: 4, startMinutes: 1}]\n";
        assertThat(RoomChecks.dualUtilityPower(power(two), FOUR, false, false).kind()).isEqualTo(NOT_MET);
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
    void everyGeneratorMustQualifyAsTheSlowestStartDecides() {
        String p = "ups: [{id: U, fullLoadRuntimeMinutes: 10}]\n"
                + "generators: [{id: G1, startMinutes: 1, continuousHours: 24}, {id: G2%s}]\n";
        // a generator the room relies on with unknown figures leaves the room undecided
        RoomOutcome u = RoomChecks.generatorEndurance(power(p.formatted("")), BigDecimal.valueOf(12));
        assertThat(u.kind()).isEqualTo(UNKNOWN);
        assertThat(u.missing()).contains("machineRooms[R1].power.generators[G2].startMinutes");
        // one that starts too late fails the room although the other qualifies (consistent with 2.2.2.2's slowest start)
        RoomOutcome late = RoomChecks.generatorEndurance(power(p.formatted(", startMinutes: 10, continuousHours: 24")),
                BigDecimal.valueOf(12));
        assertThat(late.kind()).isEqualTo(NOT_MET);
        assertThat(late.cite()).containsExactly("R1/G2");
        assertThat(RoomChecks.generatorEndurance(power(p.formatted(", startMinutes: 9, continuousHours: 12")),
                BigDecimal.valueOf(12)).kind()).isEqualTo(MET);
        assertThat(RoomChecks.generatorEndurance(power(p.formatted(", startMinutes: 9, continuousHours: 11.9")),
                BigDecimal.valueOf(12)).kind()).isEqualTo(NOT_MET);
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

    // ---- P7 vocabularies

    @Test
    void accessControlMethodsAreMatchedGenerouslyAndNegativesNeverCount() {
        String r = "id: R1\nenclosedArea: true\naccessControl: {methods: %s, allEntrances: true}\n";
        for (String ok : List.of("[card]", "[门禁卡]", "[刷卡门禁]", "[指纹识别]", "[人脸识别, 密码]", "[IC卡]", "[电子门禁系统]")) {
            assertThat(RoomChecks.enclosedAccessControl(room(r.formatted(ok))).kind()).as(ok).isEqualTo(MET);
        }
        for (String no : List.of("[无]", "[none]", "[保安值守]", "[key]", "[机械锁]", "[钥匙]", "[]", "[未配备]")) {
            assertThat(RoomChecks.enclosedAccessControl(room(r.formatted(no))).kind()).as(no).isEqualTo(NOT_MET);
        }
        RoomOutcome none = RoomChecks.enclosedAccessControl(room(r.formatted("[none]")));
        assertThat(none.en()).isEqualTo("no access control").doesNotContain("mechanical");
        RoomOutcome guard = RoomChecks.enclosedAccessControl(room(r.formatted("[保安值守]")));
        assertThat(guard.en()).contains("保安值守 is not access control");
        RoomOutcome odd = RoomChecks.enclosedAccessControl(room(r.formatted("[XYZ]")));
        assertThat(odd.kind()).isEqualTo(NOT_MET);
        assertThat(odd.en()).contains("'XYZ' is not a recognised access-control method; recognised: card");
    }

    @Test
    void gasSuppressionIsRecognisedByKindOrAgent() {
        String r = "id: R1\nfireSuppression: [%s]\n";
        for (String ok : List.of("{kind: gas}", "{kind: 气体}", "{kind: 气体灭火系统, agent: 七氟丙烷}", "{kind: 七氟丙烷}",
                "{kind: 气体灭火系统, agent: HFC-227ea}", "{kind: aerosol}", "{kind: 热气溶胶}", "{kind: 自动灭火装置, agent: IG541}",
                "{kind: fixed system, agent: FM-200}", "{kind: 烟烙尽}", "{kind: 二氧化碳灭火系统}")) {
            assertThat(RoomChecks.gasFireSuppression(room(r.formatted(ok))).kind()).as(ok).isEqualTo(MET);
        }
        for (String no : List.of("{kind: extinguisher, agent: CO2}", "{kind: 七氟丙烷灭火器}", "{kind: sprinkler}",
                "{kind: 细水雾, agent: water}", "{kind: 无}", "{agent: water}")) {
            assertThat(RoomChecks.gasFireSuppression(room(r.formatted(no))).kind()).as(no).isEqualTo(NOT_MET);
        }
        RoomOutcome odd = RoomChecks.gasFireSuppression(room(r.formatted("{kind: XYZ}")));
        assertThat(odd.kind()).isEqualTo(NOT_MET);
        assertThat(odd.en()).contains("'XYZ' not a recognised fire-suppression kind");
        assertThat(RoomChecks.gasFireSuppression(room(r.formatted("{automatic: true}"))).kind()).isEqualTo(UNKNOWN);
        // a gas agent without a kind may be a gas system or an extinguisher: missing data, not a pass
        assertThat(RoomChecks.gasFireSuppression(room(r.formatted("{agent: IG541}"))).kind()).isEqualTo(UNKNOWN);
    }

    @Test
    void aPortableExtinguisherIsNeverAutomatic() {
        String r = "id: R1\nfireSuppression: [%s]\n";
        RoomOutcome o = RoomChecks.automaticFireSuppression(room(r.formatted("{kind: extinguisher, agent: CO2}")));
        assertThat(o.kind()).isEqualTo(NOT_MET);
        assertThat(RoomChecks.automaticFireSuppression(room(r.formatted("{kind: 手提式灭火器}"))).kind()).isEqualTo(NOT_MET);
        assertThat(RoomChecks.automaticFireSuppression(room(r.formatted("{kind: gas}"))).kind()).isEqualTo(UNKNOWN);
        assertThat(RoomChecks.automaticFireSuppression(room(r.formatted("{kind: gas}, {kind: extinguisher}"))).missing())
                .containsExactly("machineRooms[R1].fireSuppression[0].automatic");
        // 无 is not a facility at all
        assertThat(RoomChecks.fireFacilities(room("id: R1\nfireDetection: true\nemergencyLighting: true\n"
                + "fireSuppression: [{kind: 无}]\n")).kind()).isEqualTo(NOT_MET);
    }

    @Test
    void indicatorsAndAlarmChannelsAreMatchedGenerously() {
        String r = "id: R1\ncoreSystems: true\nenvironmentMonitoring: {installed: true, indicators: %s, alarmChannels: %s}\n";
        List<String> sms = List.of("sound", "sms");
        assertThat(RoomChecks.environmentMonitoring(room(r.formatted("[电压, 机柜温度]", "[声光报警, 短信报警]")), sms).kind())
                .isEqualTo(MET);
        assertThat(RoomChecks.environmentMonitoring(room(r.formatted("[电流, 湿度]", "[蜂鸣器, 手机短信]")), sms).kind())
                .isEqualTo(MET);
        assertThat(RoomChecks.environmentMonitoring(room(r.formatted("[UPS电池, 漏水]", "[audible, SMS]")), sms).kind())
                .isEqualTo(MET);
        RoomOutcome noPower = RoomChecks.environmentMonitoring(room(r.formatted("[温度, 湿度, XYZ]", "[声光, 短信]")), sms);
        assertThat(noPower.kind()).isEqualTo(NOT_MET);
        assertThat(noPower.en()).contains("lack power").contains("'XYZ'");
        RoomOutcome noSms = RoomChecks.environmentMonitoring(room(r.formatted("[电压, 温度]", "[声光报警, 无]")), sms);
        assertThat(noSms.kind()).isEqualTo(NOT_MET);
        assertThat(noSms.zh()).contains("未实现短信自动报警");
        assertThat(RoomChecks.environmentMonitoring(room(r.formatted("[无]", "[声光, 短信]")), sms).en())
                .contains("no monitored indicators defined");
    }

    // ---- P4 texts

    @Test
    void anUndecidedRoomOpensWithWhatIsMissing() {
        RoomOutcome ups = RoomChecks.onlineUps(power("ups: [{id: U1, online: true}, {id: U2, online: true, enclosedArea: true}]\n"));
        assertThat(ups.kind()).isEqualTo(UNKNOWN);
        assertThat(ups.en()).startsWith("not stated: power.ups[U1].enclosedArea").doesNotContain("in an enclosed area");
        RoomOutcome ac = RoomChecks.airConditioningDualPower(room("id: R1\nairConditioners: [{id: A1, powerFeeds: 2}, {id: A2}]\n"));
        assertThat(ac.kind()).isEqualTo(UNKNOWN);
        assertThat(ac.en()).startsWith("not stated:").doesNotContain("all 2 units");
        RoomOutcome climate = RoomChecks.climateMonitoring(room("id: R1\nclimateMonitoring: {temperature: true, humidity: true, records: []}\n"), AS_OF);
        assertThat(climate.en()).contains("no temperature/humidity record (none listed)").doesNotContain("record records");
    }

    @Test
    void maintainersNameTheFieldsTheyLackNotTheListsGiven() {
        RoomOutcome o = RoomChecks.facilityMaintainers(room("""
                id: R1
                hosted: false
                power: {ups: [{id: U1}]}
                airConditioners: []
                maintenanceContracts: []
                facilityMaintainers: [{name: 张三, covers: [ups]}]
                """), AS_OF);
        assertThat(o.kind()).isEqualTo(UNKNOWN);
        assertThat(o.missing()).containsExactly("machineRooms[R1].facilityMaintainers[张三].qualification");
        assertThat(o.en()).doesNotContain("maintenanceContracts[]");
    }
}
