package io.fitg.rules.operations;

import io.fitg.model.operations.DutyShift;
import io.fitg.model.operations.Operations;
import io.fitg.model.operations.OpsPost;
import io.fitg.rules.support.Tri;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DutyChecksTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 21);

    static Operations roster(List<DutyShift> shifts) {
        return new Operations(null, null, shifts, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
    }

    static Operations posts(OpsPost... posts) {
        return new Operations(null, List.of(posts), null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
    }

    @Test
    void doubleDutyIsJudgedOnEveryShiftOfTheLast30Days() {
        List<DutyShift> shifts = new ArrayList<>();
        for (int i = 0; i <= 30; i++) {
            shifts.add(new DutyShift(AS_OF.minusDays(i), "日盘", true, List.of("张伟", "王芳"), true));
        }
        assertThat(DutyChecks.doubleDuty(roster(shifts), AS_OF, 2).result()).isEqualTo(Tri.TRUE);
        // a single-person shift 31 days back is outside the window
        shifts.add(new DutyShift(AS_OF.minusDays(31), "日盘", true, List.of("张伟"), true));
        assertThat(DutyChecks.doubleDuty(roster(shifts), AS_OF, 2).result()).isEqualTo(Tri.TRUE);
        // one 30 days back is inside
        shifts.add(new DutyShift(AS_OF.minusDays(30), "夜盘", true, List.of("张伟"), true));
        Check k = DutyChecks.doubleDuty(roster(shifts), AS_OF, 2);
        assertThat(k.result()).isEqualTo(Tri.FALSE);
        assertThat(k.observed()).contains("1 of 32 shift(s)").contains("2026-10-22 夜盘 (张伟)");
    }

    @Test
    void aFailingShiftOutweighsOneWithUnstatedStaff() {
        List<DutyShift> shifts = List.of(new DutyShift(AS_OF, "日盘", true, null, true),
                new DutyShift(AS_OF, "夜盘", true, List.of("张伟"), true));
        Check k = DutyChecks.doubleDuty(roster(shifts), AS_OF, 2);
        assertThat(k.result()).isEqualTo(Tri.FALSE);
        assertThat(DutyChecks.doubleDuty(roster(List.of(shifts.get(0))), AS_OF, 2).missingFields())
                .isEqualTo("operations.dutyRoster[].staff");
    }

    @Test
    void aBackupMustBeSomeoneOtherThanTheHolders() {
        OpsPost selfBackup = new OpsPost("P", "网络运维岗", OpsPost.Area.NETWORK, List.of("刘洋"), List.of("刘洋"));
        Check k = new Check();
        DutyChecks.posts(k, List.of(selfBackup), OpsPost.Area.NETWORK, true);
        assertThat(k.result()).isEqualTo(Tri.FALSE);

        OpsPost ok = new OpsPost("P", "网络运维岗", OpsPost.Area.NETWORK, List.of("刘洋", "杨静"), List.of("杨静", "郭强"));
        k = new Check();
        DutyChecks.posts(k, List.of(ok), OpsPost.Area.NETWORK, true);
        assertThat(k.result()).isEqualTo(Tri.TRUE);
        assertThat(k.observed()).contains("backup 郭强");
    }

    @Test
    void allFourKeyPostsNeedABackup() {
        OpsPost net = new OpsPost("N", "网络", OpsPost.Area.NETWORK, List.of("a"), List.of("b"));
        OpsPost host = new OpsPost("H", "主机", OpsPost.Area.HOST, List.of("c"), List.of("d"));
        OpsPost db = new OpsPost("D", "数据库", OpsPost.Area.DATABASE, List.of("e"), List.of("f"));
        OpsPost app = new OpsPost("A", "应用", OpsPost.Area.APPLICATION, List.of("g"), List.of("h"));
        assertThat(DutyChecks.keyPostBackup(posts(net, host, db, app)).result()).isEqualTo(Tri.TRUE);
        assertThat(DutyChecks.keyPostBackup(posts(net, host, db)).result()).isEqualTo(Tri.FALSE);
        OpsPost appUnknown = new OpsPost("A", "应用", OpsPost.Area.APPLICATION, List.of("g"), null);
        assertThat(DutyChecks.keyPostBackup(posts(net, host, db, appUnknown)).result()).isEqualTo(Tri.UNKNOWN);
    }
}
