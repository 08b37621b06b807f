package io.fitg.rules.support;

import io.fitg.model.management.Management;
import io.fitg.model.management.StaffMember;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * People referred to by other records (a custodian, an escort…) looked up in the staff roster
 * ({@code management.staff}), the lead's reading P5: the person must be on the roster and in post on the day that
 * matters. A reference by staff id is matched against the roster's ids; a reference by name against its ids and
 * names (surrounding blanks ignored).
 */
public final class Roster {
    private Roster() {
    }

    /** The roster, or null when it is not stated (no management section or no staff list). */
    public static List<StaffMember> of(Management m) {
        return m == null ? null : m.staff();
    }

    /** The roster entries whose id is {@code id}. */
    public static List<StaffMember> byId(List<StaffMember> roster, String id) {
        if (roster == null || id == null || id.isBlank()) {
            return new ArrayList<>();
        }
        return new ArrayList<>(index(roster).byId.getOrDefault(id.strip(), List.of()));
    }

    /** The roster entries named {@code name} (compared without surrounding blanks). */
    public static List<StaffMember> byName(List<StaffMember> roster, String name) {
        if (roster == null || name == null || name.isBlank()) {
            return new ArrayList<>();
        }
        return new ArrayList<>(index(roster).byName.getOrDefault(name.strip(), List.of()));
    }

    /** The roster entries a free-text reference names: by name, or by id when it is written as one. */
    public static List<StaffMember> byNameOrId(List<StaffMember> roster, String ref) {
        if (roster == null || ref == null || ref.isBlank()) {
            return new ArrayList<>();
        }
        String r = ref.strip();
        Index ix = index(roster);
        List<StaffMember> named = ix.byName.getOrDefault(r, List.of());
        List<StaffMember> ided = ix.byId.getOrDefault(r, List.of());
        if (ided.isEmpty()) {
            return new ArrayList<>(named);
        }
        // both, in roster order, each entry once
        java.util.Set<StaffMember> both = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        both.addAll(named);
        both.addAll(ided);
        List<StaffMember> out = new ArrayList<>();
        for (StaffMember s : roster) {
            if (both.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * The roster's entries by stripped name and by stripped id, in roster order. Rules look people up for every
     * branch, custodian, escort and role holder; with thousands of staff a scan per reference would make those
     * checks grow with references × staff, so the index is built once per roster and kept, per thread, for the
     * roster last looked at (the same list object all through an assessment; held weakly, so a finished profile
     * is not kept alive).
     */
    private static Index index(List<StaffMember> roster) {
        Index last = LAST.get();
        if (last != null && last.roster.get() == roster) {
            return last;
        }
        Index ix = new Index(roster);
        LAST.set(ix);
        return ix;
    }

    private static final ThreadLocal<Index> LAST = new ThreadLocal<>();

    private static final class Index {
        final java.lang.ref.WeakReference<List<StaffMember>> roster;
        final java.util.Map<String, List<StaffMember>> byName = new java.util.HashMap<>();
        final java.util.Map<String, List<StaffMember>> byId = new java.util.HashMap<>();

        Index(List<StaffMember> roster) {
            this.roster = new java.lang.ref.WeakReference<>(roster);
            for (StaffMember s : roster) {
                if (s.name() != null) {
                    byName.computeIfAbsent(s.name().strip(), k -> new ArrayList<>(1)).add(s);
                }
                if (s.id() != null) {
                    byId.computeIfAbsent(s.id().strip(), k -> new ArrayList<>(1)).add(s);
                }
            }
        }
    }

    /** How a roster entry stands on a day. */
    public enum Standing {
        IN_POST, LEFT, NOT_YET_JOINED
    }

    public static Standing standing(StaffMember s, LocalDate day) {
        if (s.leftBy(day)) {
            return Standing.LEFT;
        }
        if (s.joined() != null && s.joined().isAfter(day)) {
            return Standing.NOT_YET_JOINED;
        }
        return Standing.IN_POST;
    }

    /** A short description for findings: {@code 黄敏 (T08)}. */
    public static String label(StaffMember s) {
        String n = s.name() == null || s.name().isBlank() ? null : s.name().strip();
        String id = s.id() == null || s.id().isBlank() ? null : s.id().strip();
        if (n != null && id != null) {
            return n + " (" + id + ")";
        }
        return n != null ? n : id != null ? id : "an unnamed roster entry";
    }

    /** Why a roster entry is not in post on {@code day}, in English; null when in post. */
    public static String notInPostEn(StaffMember s, LocalDate day) {
        return switch (standing(s, day)) {
            case LEFT -> label(s) + " left on " + s.left();
            case NOT_YET_JOINED -> label(s) + " joined only on " + s.joined() + ", after " + day;
            case IN_POST -> null;
        };
    }

    /** Why a roster entry is not in post on {@code day}, in Chinese; null when in post. */
    public static String notInPostZh(StaffMember s, LocalDate day) {
        String n = s.name() != null ? s.name() : s.id();
        return switch (standing(s, day)) {
            case LEFT -> n + "已于" + s.left() + "离岗";
            case NOT_YET_JOINED -> n + "于" + s.joined() + "才到岗，晚于" + day;
            case IN_POST -> null;
        };
    }
}
