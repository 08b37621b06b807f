package io.fitg.rules.machineroom;

import io.fitg.model.machineroom.MachineRoom;

import java.util.List;

/**
 * What one requirement found in one machine room.
 *
 * @param room    the room
 * @param kind    met, not met, not known (data missing) or not applicable (the clause's own condition does not hold)
 * @param en      what was observed, in English, with the numbers
 * @param zh      the same for the 情况说明, in Chinese
 * @param missing profile paths whose absence leaves the room undecided
 * @param cite    ids of the room's items that fail (UPS units, generators…), cited beside the room
 */
public record RoomOutcome(MachineRoom room, Kind kind, String en, String zh, List<String> missing, List<String> cite) {

    public enum Kind { MET, NOT_MET, UNKNOWN, NOT_APPLICABLE }

    public RoomOutcome {
        missing = List.copyOf(missing);
        cite = List.copyOf(cite);
    }
}
