package io.fitg.model.operations;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import java.time.LocalDate;
import java.util.List;

/**
 * One shift of the operations duty roster (每日值班表): who was on duty, on which date and session.
 *
 * @param date          the date of the shift (a night session is dated on the evening it starts)
 * @param session       the session or shift name, e.g. 日盘, 夜盘, 早班
 * @param duringTrading whether the shift covers trading hours (交易期间)
 * @param staff         everyone on duty in the shift, by name; [] when nobody was rostered
 * @param onSite        whether the shift's staff are on site (现场) rather than on call off site
 */
public record DutyShift(
        @JsonPropertyDescription("date of the shift, YYYY-MM-DD (a night session is dated on the evening it starts)")
        LocalDate date,
        @JsonPropertyDescription("session or shift name, e.g. 日盘, 夜盘, 早班")
        String session,
        @JsonPropertyDescription("whether the shift covers trading hours (交易期间)")
        Boolean duringTrading,
        @JsonPropertyDescription("everyone on duty in the shift, by name; [] when nobody was rostered")
        List<String> staff,
        @JsonPropertyDescription("whether the shift's staff work on site (现场保障) rather than on call off site")
        Boolean onSite) {

    public DutyShift {
        staff = staff == null ? null : List.copyOf(staff);
    }

    /** A short label for findings: {@code 2026-11-20 夜盘}. */
    public String label() {
        return (date == null ? "undated" : date.toString()) + (session == null || session.isBlank() ? "" : " " + session);
    }
}
