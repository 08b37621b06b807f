package io.fitg.model.operations;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.common.DocumentRecord;

import java.util.List;

/**
 * One automated operations tool (自动化运维工具) used for daily operations.
 *
 * @param id         a stable id
 * @param name       its name, e.g. Ansible 自动化平台
 * @param managers   its dedicated managers (专门的管理人员), by name; [] when none
 * @param safeguards the document setting up how the tool is kept safe and stable (运行保障机制)
 * @param changes    its deployment and adjustments, each with its change request
 */
public record AutomationTool(
        @JsonPropertyDescription("a stable id")
        String id,
        @JsonPropertyDescription("its name, e.g. Ansible 自动化平台")
        String name,
        @JsonPropertyDescription("its dedicated managers (专门的管理人员), by name; [] when none")
        List<String> managers,
        @JsonPropertyDescription("the document setting up how the tool is kept safe and stable (安全、稳定运行的机制)")
        DocumentRecord safeguards,
        @JsonPropertyDescription("its deployment and adjustments (部署及调整), each with the change request that "
                + "covered it")
        List<ToolChange> changes) {

    public AutomationTool {
        managers = managers == null ? null : List.copyOf(managers);
        changes = changes == null ? null : List.copyOf(changes);
    }

    /** A short label for findings. */
    public String label() {
        return id != null ? id : String.valueOf(name);
    }
}
