package io.fitg.model.maintenance;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

import java.time.LocalDate;

/**
 * One item of an action register: an improvement plan of a capacity assessment (改进计划), an improvement measure
 * after a technical incident (改进措施), the handling of a risk found by a risk assessment (风险隐患的处理).
 * An item without {@code completed} is still open.
 *
 * @param id          the item's number in the register
 * @param description what is to be done (for a risk: the risk found and how it is handled)
 * @param proposed    when the item was proposed or decided
 * @param due         the date it is due to be completed
 * @param completed   when it was completed; null while it is open
 * @param evaluated   when its result was tracked and evaluated (对执行结果进行跟踪和评估)
 */
public record Action(
        @JsonPropertyDescription("The item's number in the register.")
        String id,
        @JsonPropertyDescription("What is to be done; for a risk, the risk found and how it is handled.")
        String description,
        @JsonPropertyDescription("When the item was proposed or decided (提出).")
        LocalDate proposed,
        @JsonPropertyDescription("The date the item is due to be completed.")
        LocalDate due,
        @JsonPropertyDescription("When the item was completed (落实/执行完毕); leave out while it is open.")
        LocalDate completed,
        @JsonPropertyDescription("When the result was tracked and evaluated (对执行结果进行跟踪和评估).")
        LocalDate evaluated) implements Identified {
}
