package io.fitg.model.operations;

import io.fitg.model.validation.PersonalData;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import java.time.LocalDate;

/**
 * One dated record of operating and maintaining machine-room infrastructure (机房基础设施运行维护).
 *
 * @param date        when it was done
 * @param area        which infrastructure
 * @param description what was done
 * @param performedBy who did it (staff, the host, a contractor)
 */
public record InfrastructureMaintenance(
        @JsonPropertyDescription("when it was done, YYYY-MM-DD")
        LocalDate date,
        @JsonPropertyDescription("which infrastructure: ENVIRONMENT (环境), POWER (供电), AIR_CONDITIONING (空调), "
                + "FIRE_PROTECTION (消防), SECURITY (安防)")
        Area area,
        @JsonPropertyDescription("what was done")
        String description,
        @JsonPropertyDescription("who did it (staff, the host, a contractor)")
        @PersonalData String performedBy) {

    /** Machine-room infrastructure named by the guideline. */
    public enum Area {
        ENVIRONMENT, POWER, AIR_CONDITIONING, FIRE_PROTECTION, SECURITY
    }
}
