package io.fitg.model.trading;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One switch-over drill (切换演练) of a system or a network device, with what it measured.
 *
 * @param date        when the drill took place
 * @param rtoSeconds  measured recovery time: seconds from the failure until service was restored
 * @param rpoSeconds  measured data loss window in seconds (0 when no committed data was lost); systems only
 * @param description what was failed over
 * @param reference   the drill record's document number or file
 */
public record FailoverDrill(
        @JsonPropertyDescription("When the drill took place.") LocalDate date,
        @JsonPropertyDescription("Measured recovery time in seconds, from the failure until service was restored.") BigDecimal rtoSeconds,
        @JsonPropertyDescription("Measured data-loss window in seconds (0 when no committed data was lost); for systems, not network devices.") BigDecimal rpoSeconds,
        @JsonPropertyDescription("What was failed over, e.g. 'CTP primary to standby'.") String description,
        @JsonPropertyDescription("The drill record's document number or file.") String reference) {
}
