package io.fitg.bench.baseline;

import io.fitg.api.Clause;
import io.fitg.api.Status;
import io.fitg.model.Profile;
import io.fitg.model.machineroom.Generator;
import io.fitg.model.machineroom.MachineRoom;
import io.fitg.model.machineroom.PowerSupply;
import io.fitg.model.machineroom.Ups;
import io.fitg.model.machineroom.VideoSurveillance;

import java.math.BigDecimal;
import java.util.List;

import static io.fitg.bench.baseline.Tri.NA;
import static io.fitg.bench.baseline.Tri.NO;
import static io.fitg.bench.baseline.Tri.UNKNOWN;
import static io.fitg.bench.baseline.Tri.YES;

/**
 * x.2 机房建设, by hand. Every room hosting production must meet the clause: a failing room fails it, otherwise a room
 * with missing data leaves it undecided; no room listed is missing data.
 */
final class MachineRoomBaseline {
    private MachineRoomBaseline() {
    }

    private interface RoomTest {
        /** YES met, NO not met, UNKNOWN data missing. */
        Status test(MachineRoom r);
    }

    private static Status everyRoom(Profile p, RoomTest t) {
        List<MachineRoom> rooms = p.machineRooms();
        if (rooms == null || rooms.isEmpty()) {
            return UNKNOWN;
        }
        boolean unknown = false;
        boolean met = false;
        boolean failed = false;
        for (MachineRoom r : rooms) {
            Status s = t.test(r);
            if (s == NO) {
                failed = true;
            } else if (s == UNKNOWN) {
                unknown = true;
            } else if (s == YES) {
                met = true;
            }
        }
        return failed ? NO : unknown ? UNKNOWN : met ? YES : NA;
    }

    // ---- x.2.1.2 机房承重应达到300(500)公斤每平方米

    static Status floorLoad(Profile p, Clause c) {
        BigDecimal min = Tri.num(c, "minKgPerSqm");
        return everyRoom(p, r -> r.floorLoadKgPerSqm() == null ? UNKNOWN
                : Tri.of(r.floorLoadKgPerSqm().compareTo(min) >= 0));
    }

    // ---- x.2.1.5 机房出入口和内部应安装7×24小时录像监控设施，录像至少保存90天

    static Status videoSurveillance(Profile p, Clause c) {
        int days = Tri.intParam(c, "daysPerWeek");
        int hours = Tri.intParam(c, "hoursPerDay");
        int keep = c.params().containsKey("retentionWeeks") ? 7 * Tri.intParam(c, "retentionWeeks")
                : Tri.intParam(c, "retentionDays");
        return everyRoom(p, r -> {
            VideoSurveillance v = r.video();
            if (v == null) {
                return UNKNOWN;
            }
            Status s = Tri.and(Tri.of(v.coversEntrances()), Tri.of(v.coversInterior()));
            if (v.hoursPerDay() == null || v.daysPerWeek() == null) {
                s = Tri.and(s, UNKNOWN);
            } else {
                s = Tri.and(s, Tri.of(v.hoursPerDay() >= hours && v.daysPerWeek() >= days));
            }
            return Tri.and(s, v.retentionDays() == null ? UNKNOWN : Tri.of(v.retentionDays() >= keep));
        });
    }

    // ---- x.2.2.4 发电机应能够提供不少于6(12)小时的连续供电，满负载UPS供电时间应超过从断电到发电机开始供电的间隔

    static Status generatorEndurance(Profile p, Clause c) {
        BigDecimal minHours = Tri.num(c, "minHours");
        if (Tri.flag(c, "withUps", false)) {
            throw new IllegalArgumentException("the earlier edition's UPS-and-generator reading is not hand-written");
        }
        return everyRoom(p, r -> {
            PowerSupply ps = r.power();
            if (ps == null || ps.generators() == null) {
                return UNKNOWN;
            }
            if (ps.generators().isEmpty()) {
                return NO;
            }
            // the room counts on the shortest full-load runtime of its UPS units
            boolean failed = false;
            boolean missing = false;
            int full = Integer.MAX_VALUE;
            boolean fullKnown = false;
            List<Ups> ups = ps.ups();
            if (ups == null) {
                missing = true;
            } else if (ups.isEmpty()) {
                failed = true;
            } else {
                fullKnown = true;
                for (Ups u : ups) {
                    if (u.fullLoadRuntimeMinutes() == null) {
                        fullKnown = false;
                        break;
                    }
                    full = Math.min(full, u.fullLoadRuntimeMinutes());
                }
                missing |= !fullKnown;
            }
            // every generator the room relies on must give the hours and start within the UPS runtime
            Status all = YES;
            for (Generator g : ps.generators()) {
                Status hoursOk = g.continuousHours() == null ? UNKNOWN
                        : Tri.of(g.continuousHours().compareTo(minHours) >= 0);
                Status bridged;
                if (ups != null && ups.isEmpty()) {
                    bridged = NO;
                } else if (g.startMinutes() == null || !fullKnown) {
                    bridged = UNKNOWN;
                } else {
                    bridged = Tri.of(BigDecimal.valueOf(full).compareTo(g.startMinutes()) > 0);
                }
                all = Tri.and(all, Tri.and(hoursOk, bridged));
            }
            if (all == NO || failed) {
                return NO;
            }
            return all == YES ? YES : UNKNOWN;
        });
    }
}
