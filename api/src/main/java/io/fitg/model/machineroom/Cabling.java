package io.fitg.model.machineroom;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.common.ActivityRecord;
import io.fitg.model.validation.Checked;

/**
 * A machine room's cabling (布线), as found by the latest cabling survey or inspection. More labelled data cables
 * than data cables is impossible and rejected at input.
 */
public record Cabling(
        @JsonPropertyDescription("The survey or inspection these facts come from (date, who)")
        ActivityRecord survey,
        @JsonPropertyDescription("Whether power (强电) and data (弱电) cabling run separately: separate trays or a separation distance")
        Boolean powerDataSeparated,
        @JsonPropertyDescription("Number of data (弱电) cables in the cabling schedule")
        Integer dataCables,
        @JsonPropertyDescription("How many of them carry clear labels (清晰的线标) at both ends; at most dataCables")
        Integer labelledDataCables,
        @JsonPropertyDescription("Whether power cables are shielded or isolated (屏蔽或隔离), e.g. armoured cable, closed metal trays")
        Boolean powerCablesShieldedOrIsolated,
        @JsonPropertyDescription("Number of cable runs found outside conduits or trays (管道或桥架); 0 when all cabling is in conduits or trays")
        Integer runsOutsideConduits) implements Checked {

    @Override
    public Problem problem() {
        return Checked.when(dataCables != null && labelledDataCables != null && labelledDataCables > dataCables,
                "labelledDataCables", "at most the " + dataCables + " data cables in total (dataCables), not "
                        + labelledDataCables);
    }
}
