package io.fitg.rules.machineroom;

import io.fitg.model.machineroom.MachineRoom;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds a {@link RoomOutcome} from the conditions a requirement sets for one room: any failed condition makes
 * the room NOT_MET (even when other data is missing); otherwise any unknown condition makes it UNKNOWN; otherwise
 * MET. Texts of met conditions are kept, so that the 情况说明 states what is in place as well as what is not.
 */
public final class RoomCheck {
    private final MachineRoom room;
    private final List<String> okEn = new ArrayList<>();
    private final List<String> okZh = new ArrayList<>();
    private final List<String> failEn = new ArrayList<>();
    private final List<String> failZh = new ArrayList<>();
    private final Set<String> missing = new LinkedHashSet<>();
    private final Set<String> cite = new LinkedHashSet<>();

    public RoomCheck(MachineRoom room) {
        this.room = room;
    }

    /** The profile path of a field of this room, e.g. {@code machineRooms[SH-HQ-1].power.ups}. */
    public String path(String field) {
        return "machineRooms[" + room.label() + "]." + field;
    }

    /** A condition: true = met, false = not met, null = not known ({@code field} is missing). */
    public RoomCheck cond(Boolean holds, String field, String okEn, String okZh, String failEn, String failZh) {
        if (holds == null) {
            missing(field);
        } else if (holds) {
            ok(okEn, okZh);
        } else {
            fail(failEn, failZh);
        }
        return this;
    }

    public RoomCheck ok(String en, String zh) {
        if (en != null && !en.isEmpty()) {
            okEn.add(en);
        }
        if (zh != null && !zh.isEmpty()) {
            okZh.add(zh);
        }
        return this;
    }

    public RoomCheck fail(String en, String zh) {
        failEn.add(en);
        if (zh != null && !zh.isEmpty()) {
            failZh.add(zh);
        }
        return this;
    }

    /** Records that {@code field} (relative to the room) is needed and not stated. */
    public RoomCheck missing(String field) {
        missing.add(path(field));
        return this;
    }

    /** Cites an item of the room (a UPS, a generator…) in the finding's facts, as {@code room/item}. */
    public RoomCheck cite(String itemId) {
        if (itemId != null) {
            cite.add(room.label() + "/" + itemId);
        }
        return this;
    }

    public boolean failed() {
        return !failEn.isEmpty();
    }

    public boolean hasMissing() {
        return !missing.isEmpty();
    }

    public RoomOutcome outcome() {
        List<String> zh = new ArrayList<>(okZh);
        zh.addAll(failZh);
        if (failed()) {
            return new RoomOutcome(room, RoomOutcome.Kind.NOT_MET, String.join("; ", failEn), String.join("，", zh),
                    List.copyOf(missing), List.copyOf(cite));
        }
        if (hasMissing()) {
            // an undecided room opens with what is missing, never with a claim that the requirement is met (P4)
            String en = "not stated: " + String.join(", ", missing.stream().map(RoomCheck::relative).toList())
                    + (okEn.isEmpty() ? "" : "; stated: " + String.join("; ", okEn));
            List<String> zhu = new ArrayList<>();
            zhu.add("未提供" + String.join("、", missing.stream().map(m -> Zh.field(relative(m))).toList()) + "信息");
            zhu.addAll(zh);
            return new RoomOutcome(room, RoomOutcome.Kind.UNKNOWN, en, String.join("，", zhu), List.copyOf(missing),
                    List.of());
        }
        return new RoomOutcome(room, RoomOutcome.Kind.MET, String.join("; ", okEn), String.join("，", zh), List.of(),
                List.of());
    }

    /** A field path without its {@code machineRooms[...]} prefix. */
    private static String relative(String path) {
        int i = path.indexOf("].");
        return i < 0 ? path : path.substring(i + 2);
    }

    /** The clause's own condition does not hold for this room. */
    public static RoomOutcome notApplicable(MachineRoom room, String en, String zh) {
        return new RoomOutcome(room, RoomOutcome.Kind.NOT_APPLICABLE, en, zh, List.of(), List.of());
    }
}
