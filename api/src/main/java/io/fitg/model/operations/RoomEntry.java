package io.fitg.model.operations;

import io.fitg.model.validation.PersonalData;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import java.time.LocalDate;
import java.util.List;

/**
 * One entry of the access register of the machine room or the duty operations room (出入登记).
 *
 * @param date             the date of the entry
 * @param place            where
 * @param person           who entered
 * @param technicalStaff   whether the person belongs to the technology department (技术部门人员)
 * @param purpose          why
 * @param duringTrading    whether the entry was during trading hours
 * @param approvedBy       who approved the entry; left out when not approved
 * @param escortedBy       the technology-department person who accompanied the visitor; left out when nobody did
 * @param carriedEquipment whether the person brought equipment in or took it out
 * @param equipment        the equipment registered for the entry; [] when none was registered
 */
public record RoomEntry(
        @JsonPropertyDescription("date of the entry, YYYY-MM-DD")
        LocalDate date,
        @JsonPropertyDescription("where: MACHINE_ROOM (机房) or DUTY_ROOM (值班操作间)")
        Place place,
        @JsonPropertyDescription("who entered")
        @PersonalData String person,
        @JsonPropertyDescription("whether the person belongs to the technology department (技术部门人员)")
        Boolean technicalStaff,
        @JsonPropertyDescription("why: INSPECTION (巡检), EMERGENCY (应急), MAINTENANCE, INSTALLATION, VISIT, OTHER")
        Purpose purpose,
        @JsonPropertyDescription("whether the entry was during trading hours (交易期间)")
        Boolean duringTrading,
        @JsonPropertyDescription("who approved the entry (审批); leave out when it was not approved")
        @PersonalData String approvedBy,
        @JsonPropertyDescription("the technology-department person who accompanied the visitor (陪同), by name or "
                + "staff id as on the staff roster (management.staff), where they must be in post on the day and in the "
                + "technology department; leave out when nobody did")
        String escortedBy,
        @JsonPropertyDescription("whether the person brought equipment in or took it out")
        Boolean carriedEquipment,
        @JsonPropertyDescription("the equipment registered for the entry (设备登记); [] when none was registered")
        List<String> equipment) {

    public RoomEntry {
        equipment = equipment == null ? null : List.copyOf(equipment);
    }

    /** Where an entry was. */
    public enum Place {
        MACHINE_ROOM, DUTY_ROOM
    }

    /** Why someone entered. */
    public enum Purpose {
        INSPECTION, EMERGENCY, MAINTENANCE, INSTALLATION, VISIT, OTHER
    }

    /** A short label for findings: {@code 2026-11-03 李四}. */
    public String label() {
        return (date == null ? "undated" : date.toString()) + " " + (person == null ? "?" : person);
    }
}
