package io.fitg.rules.maintenance;

import io.fitg.model.maintenance.RoleHolder;
import io.fitg.model.management.Management;
import io.fitg.model.management.StaffMember;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * People the x.7 records refer to (test owners, configuration owners, members of the emergency organisation) must
 * be people in post: on the staff roster ({@code management.staff}) and in post on the as-of date. A holder with a
 * staff id is looked up by it, one without by name. Not on the roster, or left (or not yet joined): the holder
 * fails, saying which; the roster not stated, or a holder with neither id nor name: missing data.
 */
final class People {
    static final String ROSTER = "management.staff";

    private People() {
    }

    /** The roster among the facts the rule collected (the Management section), or null when it is not stated. */
    static List<StaffMember> roster(Collection<?> facts) {
        if (facts != null) {
            for (Object o : facts) {
                if (o instanceof Management m) {
                    return m.staff();
                }
            }
        }
        return null;
    }

    static boolean given(String s) {
        return s != null && !s.isBlank();
    }

    /** Whether the holder's appointment covers {@code date}: appointed on or before it (or undated), not ended before it. */
    static boolean appointedOn(RoleHolder h, LocalDate date) {
        return (h.appointed() == null || !h.appointed().isAfter(date)) && (h.until() == null || !h.until().isBefore(date));
    }

    /** How a holder is named in texts: name, staff id, or "a holder without a name". */
    static String label(RoleHolder h) {
        if (given(h.name())) {
            return h.name() + (given(h.staffId()) ? " (" + h.staffId() + ")" : "");
        }
        return given(h.staffId()) ? h.staffId() : "a holder without a name";
    }

    static String labelZh(RoleHolder h) {
        if (given(h.name())) {
            return h.name() + (given(h.staffId()) ? "（" + h.staffId() + "）" : "");
        }
        return given(h.staffId()) ? h.staffId() : "未注明姓名的人员";
    }

    static StaffMember find(RoleHolder h, List<StaffMember> roster) {
        List<StaffMember> found = given(h.staffId()) ? io.fitg.rules.support.Roster.byId(roster, h.staffId())
                : io.fitg.rules.support.Roster.byName(roster, h.name());
        return found.isEmpty() ? null : found.get(0);
    }

    /** One holder whose appointment covers {@code asOf}: on the roster and in post on it. */
    static Judged inPost(RoleHolder h, List<StaffMember> roster, LocalDate asOf, String path) {
        if (!given(h.name()) && !given(h.staffId())) { // P5: a missing name is missing data
            return Judged.unknown("neither a name nor a staff id stated", "未注明姓名或工号", path + ".name");
        }
        if (roster == null) {
            return Judged.unknown("the staff roster (" + ROSTER + ") is not stated, so being in post cannot be checked",
                    "未提供人员名册，无法核对是否在岗", ROSTER);
        }
        StaffMember s = find(h, roster);
        if (s == null) {
            return Judged.fail("not on the staff roster (" + ROSTER + ")", "不在人员名册中");
        }
        if (s.leftBy(asOf)) {
            return Judged.fail("left on " + s.left(), "已于" + s.left() + "离岗");
        }
        if (!s.inPostOn(asOf)) {
            return Judged.fail("takes up the post only on " + s.joined(), s.joined() + "才到岗");
        }
        return Judged.ok();
    }
}
