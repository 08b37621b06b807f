package io.fitg.model.operations;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * One monitoring tool or service and what it watches (实时监控).
 *
 * @param id                 a stable id
 * @param name               its name, e.g. Zabbix, 机房动环监控
 * @param target             what it watches
 * @param realTime           whether it watches in real time
 * @param recorded           whether what it sees (states, events) is recorded
 * @param alarms             whether it raises alarms (报警) to the duty staff
 * @param availability       whether it watches availability (可用性)
 * @param performance        whether it watches performance (性能)
 * @param coversTradingHours whether it runs throughout trading hours
 * @param hoursPerDay        hours a day it is watched (24 for around the clock)
 * @param daysPerWeek        days a week it is watched (7 for every day)
 */
public record Monitor(
        @JsonPropertyDescription("a stable id")
        String id,
        @JsonPropertyDescription("its name, e.g. Zabbix, 机房动环监控")
        String name,
        @JsonPropertyDescription("what it watches: CORE_SYSTEM (核心系统), NETWORK (网络系统), SECURITY_EVENTS "
                + "(网络安全事件), MACHINE_ROOM (机房), WEBSITE (网站), OTHER")
        Target target,
        @JsonPropertyDescription("whether it watches in real time")
        Boolean realTime,
        @JsonPropertyDescription("whether what it sees (states, events) is recorded")
        Boolean recorded,
        @JsonPropertyDescription("whether it raises alarms to the duty staff")
        Boolean alarms,
        @JsonPropertyDescription("whether it watches availability (可用性)")
        Boolean availability,
        @JsonPropertyDescription("whether it watches performance (性能)")
        Boolean performance,
        @JsonPropertyDescription("whether it runs throughout trading hours")
        Boolean coversTradingHours,
        @JsonPropertyDescription("hours a day it is watched, 0 to 24 (24 for around the clock)")
        Integer hoursPerDay,
        @JsonPropertyDescription("days a week it is watched, 0 to 7")
        Integer daysPerWeek) {

    public Monitor {
        if (hoursPerDay != null && hoursPerDay > 24) {
            throw new IllegalArgumentException("hoursPerDay: hours a day, 0 to 24, not " + hoursPerDay);
        }
        if (daysPerWeek != null && daysPerWeek > 7) {
            throw new IllegalArgumentException("daysPerWeek: days a week, 0 to 7, not " + daysPerWeek);
        }
    }

    /** What a monitor watches. */
    public enum Target {
        CORE_SYSTEM, NETWORK, SECURITY_EVENTS, MACHINE_ROOM, WEBSITE, OTHER
    }

    /** A short label for findings. */
    public String label() {
        return id != null ? id : name != null ? name : String.valueOf(target);
    }
}
