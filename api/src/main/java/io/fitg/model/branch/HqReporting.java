package io.fitg.model.branch;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.validation.Checked;

import java.time.LocalDate;

/**
 * How headquarters learns a branch office's running state (总部了解分支机构运行情况的机制).
 *
 * @param channel             how: e.g. 总部集中监控, 每日运行日报
 * @param intervalWorkingDays how often, in working days (Monday to Friday), the branch's state reaches headquarters
 * @param lastReport          the latest date headquarters received the branch's state
 */
public record HqReporting(
        @JsonPropertyDescription("how headquarters learns the branch's state, e.g. 总部集中监控, 每日运行日报")
        String channel,
        @JsonPropertyDescription("how often, in working days (Monday to Friday), the branch's state reaches "
                + "headquarters under the mechanism; 1 for daily")
        Integer intervalWorkingDays,
        @JsonPropertyDescription("the latest date headquarters received the branch's state, YYYY-MM-DD")
        LocalDate lastReport) implements Checked {

    /** A mechanism reporting every 0 working days is no interval at all: 1 is daily. */
    @Override
    public Problem problem() {
        return Checked.when(intervalWorkingDays != null && intervalWorkingDays < 1, "intervalWorkingDays",
                "at least 1 working day (1 = daily), not " + intervalWorkingDays);
    }
}
