package io.fitg.bench.baseline;

import io.fitg.api.Clause;
import io.fitg.api.Status;
import io.fitg.model.Profile;
import io.fitg.model.management.StaffMember;
import io.fitg.model.operations.DutyShift;
import io.fitg.model.operations.LogStore;
import io.fitg.model.operations.Operations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.fitg.bench.baseline.Tri.NO;
import static io.fitg.bench.baseline.Tri.UNKNOWN;

/** x.5 日常运维, by hand: application log retention and double duty. */
final class OperationsBaseline {
    /** Daily practices are judged on the shifts of the last 30 days, as-of date included. */
    static final int RECENT_DAYS = 30;
    /** 双人值班. */
    static final int ON_DUTY = 2;

    private OperationsBaseline() {
    }

    // ---- x.5.2.5 应保留应用系统的操作日志记录，保存期限至少为2年

    static Status applicationLogRetention(Profile p, Clause c, LocalDate asOf) {
        Operations o = p.operations();
        if (o == null || o.logStores() == null) {
            return UNKNOWN;
        }
        if (!c.params().containsKey("minYears")) {
            throw new IllegalArgumentException("the earlier edition's logs-kept reading is not hand-written");
        }
        int years = Tri.intParam(c, "minYears");
        // logs kept for a period reach back to asOf - period; they must reach asOf - years
        LocalDate mustReach = asOf.minusYears(years);
        int stores = 0;
        boolean kindUnknown = false;
        int failed = 0;
        int unknown = 0;
        for (LogStore s : o.logStores()) {
            if (s.kind() == null) {
                kindUnknown = true;
            }
            if (s.kind() != LogStore.Kind.APPLICATION_OPERATION) {
                continue;
            }
            stores++;
            if (s.retention() == null || s.retentionUnit() == null) {
                unknown++;
                continue;
            }
            LocalDate reach = switch (s.retentionUnit()) {
                case DAYS -> asOf.minusDays(s.retention());
                case MONTHS -> asOf.minusMonths(s.retention());
                case YEARS -> asOf.minusYears(s.retention());
            };
            if (reach.isAfter(mustReach)) {
                failed++;
            }
        }
        if (stores == 0) {
            return kindUnknown ? UNKNOWN : NO;
        }
        return Tri.every(failed, unknown);
    }

    // ---- x.5.1.4 / x.5.1.5 应实现双人日常值班

    static Status doubleDuty(Profile p, LocalDate asOf) {
        Operations o = p.operations();
        if (o == null || o.dutyRoster() == null) {
            return UNKNOWN;
        }
        // the people on a shift count when on the staff roster and in post on its day (P5); without the roster
        // they cannot be checked
        List<StaffMember> roster = p.management() == null ? null : p.management().staff();
        Map<String, List<StaffMember>> byRef = roster == null ? null : byNameOrId(roster);
        LocalDate from = asOf.minusDays(RECENT_DAYS);
        Set<LocalDate> shiftDays = new HashSet<>();
        int shifts = 0;
        int thin = 0;
        int unstated = 0;
        boolean unverified = false;
        for (DutyShift s : o.dutyRoster()) {
            if (!Tri.between(s.date(), from, asOf)) {
                continue;
            }
            shifts++;
            shiftDays.add(s.date());
            List<String> staff = s.staff();
            if (staff == null) {
                unstated++;
                continue;
            }
            Set<String> names = new HashSet<>();
            for (String n : staff) {
                if (!Tri.blank(n)) {
                    names.add(n.strip());
                }
            }
            int counted = 0;
            for (String n : names) {
                if (roster == null) {
                    unverified = true;
                    counted++;
                } else if (inPost(byRef.get(n), s.date())) {
                    counted++;
                }
            }
            if (counted < ON_DUTY) {
                thin++;
            }
        }
        if (shifts == 0) {
            return NO;
        }
        // every trading day the records show has a shift (P10)
        int bare = 0;
        for (LocalDate d : TradingDayRecords.judged(p, asOf)) {
            if (!shiftDays.contains(d)) {
                bare++;
            }
        }
        return Tri.every(thin + bare, unstated + (unverified ? 1 : 0));
    }

    /** The roster by stripped name and by stripped id, built once per check rather than scanned per name. */
    private static Map<String, List<StaffMember>> byNameOrId(List<StaffMember> roster) {
        Map<String, List<StaffMember>> out = new HashMap<>();
        for (StaffMember m : roster) {
            if (m.name() != null) {
                out.computeIfAbsent(m.name().strip(), k -> new ArrayList<>(1)).add(m);
            }
            if (m.id() != null && !m.id().strip().equals(m.name() == null ? null : m.name().strip())) {
                out.computeIfAbsent(m.id().strip(), k -> new ArrayList<>(1)).add(m);
            }
        }
        return out;
    }

    private static boolean inPost(List<StaffMember> named, LocalDate day) {
        if (named != null) {
            for (StaffMember m : named) {
                if (m.inPostOn(day)) {
                    return true;
                }
            }
        }
        return false;
    }
}
