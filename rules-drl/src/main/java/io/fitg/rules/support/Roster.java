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
        List<StaffMember> out = new ArrayList<>();
        if (roster == null || id == null || id.isBlank()) {
            return out;
        }
        for (StaffMember s : roster) {
            if (s.id() != null && s.id().strip().equals(id.strip())) {
                out.add(s);
            }
        }
        return out;
    }

    /** The roster entries a free-text reference names: by name, or by id when it is written as one. */
    public static List<StaffMember> byNameOrId(List<StaffMember> roster, String ref) {
        List<StaffMember> out = new ArrayList<>();
        if (roster == null || ref == null || ref.isBlank()) {
            return out;
        }
        String r = ref.strip();
        for (StaffMember s : roster) {
            if ((s.name() != null && s.name().strip().equals(r)) || (s.id() != null && s.id().strip().equals(r))) {
                out.add(s);
            }
        }
        return out;
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
