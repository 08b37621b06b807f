package io.fitg.model.management;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

import java.time.LocalDate;
import java.util.List;

/**
 * A cross-department body for IT planning and network security (e.g. 信息技术治理委员会, 网络安全领导小组).
 *
 * @param id          a stable id
 * @param name        its name
 * @param established date of the notice that set it up (成立的通知)
 * @param departments the departments its members come from
 * @param duties      its duties (codes or Chinese names)
 */
public record GovernanceBody(
        @JsonPropertyDescription("A stable id; findings cite it.")
        String id,
        @JsonPropertyDescription("Its name (e.g. 信息技术治理委员会).")
        String name,
        @JsonPropertyDescription("Date of the notice that set it up (成立的通知).")
        LocalDate established,
        @JsonPropertyDescription("The departments its members come from (跨部门: at least two).")
        List<String> departments,
        @JsonPropertyDescription("Its duties as its charter states them: system-planning (系统规划), "
                + "security-management (安全管理), it-governance (IT治理); others may be listed.")
        List<String> duties) implements Identified {

    public GovernanceBody {
        departments = departments == null ? null : List.copyOf(departments);
        duties = duties == null ? null : List.copyOf(duties);
    }
}
