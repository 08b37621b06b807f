package io.fitg.model.machineroom;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.common.DocumentRecord;

import java.util.List;

/** A maintenance contract with a professional organisation for machine-room facilities (维护合同). */
public record MaintenanceContract(
        @JsonPropertyDescription("The maintenance provider (专业机构)")
        String provider,
        @JsonPropertyDescription("The contract: title, signing date (issued) and end date (expires)")
        DocumentRecord contract,
        @JsonPropertyDescription("What it covers: ids of UPS and air-conditioning units, or ups / air-conditioning for all units of that kind in the room")
        List<String> covers) {

    public MaintenanceContract {
        covers = covers == null ? null : List.copyOf(covers);
    }
}
