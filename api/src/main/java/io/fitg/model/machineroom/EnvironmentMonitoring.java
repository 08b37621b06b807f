package io.fitg.model.machineroom;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import java.util.List;

/**
 * A machine room's environment and power monitoring system (机房环境动力监测系统, 动环监控).
 *
 * @param installed     whether such a system is installed
 * @param system        product or system name
 * @param indicators    the monitored indicators the system defines
 * @param alarmChannels how alarms are raised automatically
 */
public record EnvironmentMonitoring(
        @JsonPropertyDescription("Whether an environment and power monitoring system is installed for the room")
        Boolean installed,
        @JsonPropertyDescription("Product or system name")
        String system,
        @JsonPropertyDescription("The monitored indicators defined in the system (监测指标): power indicators such as utility-power, power-distribution, ups, battery, generator; environment indicators such as temperature, humidity, leak, smoke, air-conditioning, access")
        List<String> indicators,
        @JsonPropertyDescription("Channels of automatic alarms (自动报警): sound, sms, phone, email, app, light")
        List<String> alarmChannels) {

    public EnvironmentMonitoring {
        indicators = indicators == null ? null : List.copyOf(indicators);
        alarmChannels = alarmChannels == null ? null : List.copyOf(alarmChannels);
    }
}
