package io.fitg.rules.machineroom;

import io.fitg.api.Clause;
import io.fitg.api.Status;
import io.fitg.model.machineroom.MachineRoom;
import io.fitg.rules.support.Assessment;
import io.fitg.rules.support.Decision;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RoomFindingsTest {
    static final Clause CLAUSE = new Clause("2.2.1.2", "current", 1, true, true, "机房建设", "基本", "text",
            "machine-room.floor-load", "machine-room.floor-load", Map.of());

    static Decision decide(RoomFindings f, String naWhy) {
        Assessment a = new Assessment(LocalDate.of(2026, 11, 21), "current", Map.of());
        f.decide(a.clause(CLAUSE).expected("e"), naWhy);
        return a.decisions().get("2.2.1.2");
    }

    static MachineRoom room(String id) {
        return Rooms.room("id: " + id + "\nname: 机房" + id + "\n");
    }

    static RoomOutcome met(String id) {
        return new RoomCheck(room(id)).ok("ok", "符合").outcome();
    }

    static RoomOutcome failed(String id) {
        return new RoomCheck(room(id)).fail("bad", "不符合").cite("UPS-1").outcome();
    }

    static RoomOutcome unknown(String id) {
        return new RoomCheck(room(id)).missing("floorLoadKgPerSqm").outcome();
    }

    @Test
    void noRoomIsMissingData() {
        Decision d = decide(new RoomFindings(), null);
        assertThat(d.status()).isEqualTo(Status.INSUFFICIENT_DATA);
        assertThat(d.message()).contains("machineRooms");
    }

    @Test
    void aFailingRoomOutweighsMissingDataAndIsCited() {
        Decision d = decide(new RoomFindings().add(unknown("B")).add(failed("A")).add(met("C")), null);
        assertThat(d.status()).isEqualTo(Status.NON_COMPLIANT);
        assertThat(d.facts()).containsExactly("A", "A/UPS-1");
        assertThat(d.observed()).startsWith("not met in A — A: bad");
        assertThat(d.situation()).contains("机房A（A）：不符合");
    }

    @Test
    void missingDataWithoutFailureIsInsufficientAndNamesTheField() {
        Decision d = decide(new RoomFindings().add(met("A")).add(unknown("B")), null);
        assertThat(d.status()).isEqualTo(Status.INSUFFICIENT_DATA);
        assertThat(d.message()).contains("machineRooms[B].floorLoadKgPerSqm");
    }

    @Test
    void everyRoomMeetingItComplies() {
        Decision d = decide(new RoomFindings().add(met("A")).add(met("B")), null);
        assertThat(d.status()).isEqualTo(Status.COMPLIANT);
        assertThat(d.facts()).containsExactly("A", "B");
    }

    @Test
    void notApplicableOnlyWhenNoRoomIsConcerned() {
        RoomOutcome na = RoomCheck.notApplicable(room("A"), "no core systems", "未部署核心系统");
        assertThat(decide(new RoomFindings().add(na), "no core room").status()).isEqualTo(Status.NOT_APPLICABLE);
        Decision mixed = decide(new RoomFindings().add(na).add(met("B")), "no core room");
        assertThat(mixed.status()).isEqualTo(Status.COMPLIANT);
        assertThat(mixed.facts()).containsExactly("B");
        RoomOutcome na2 = RoomCheck.notApplicable(room("C"), "no core systems", "未部署核心系统");
        assertThat(decide(new RoomFindings().add(na2).add(unknown("D")), "x").status())
                .isEqualTo(Status.INSUFFICIENT_DATA);
    }

    @Test
    void theCheckBuilderLetsAFailureOutweighMissingFields() {
        RoomCheck k = new RoomCheck(room("A"));
        k.cond(null, "enclosedArea", "", "", "", "").cond(false, "antiStatic", "", "", "no anti-static", "无防静电");
        RoomOutcome o = k.outcome();
        assertThat(o.kind()).isEqualTo(RoomOutcome.Kind.NOT_MET);
        assertThat(o.en()).isEqualTo("no anti-static");
        assertThat(o.missing()).containsExactly("machineRooms[A].enclosedArea");
    }

    @Test
    void aRoomWithoutIdIsLabelledByName() {
        MachineRoom r = Rooms.room("name: 备用机房\n");
        assertThat(r.label()).isEqualTo("备用机房");
        assertThat(Rooms.room("floorLoadKgPerSqm: 300\n").label()).isEqualTo("(unnamed room)");
        assertThat(List.of(r.displayName())).containsExactly("备用机房");
    }
}
