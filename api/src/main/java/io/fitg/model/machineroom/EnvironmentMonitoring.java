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
        @JsonPropertyDescription("The monitored indicators defined in the system (监测指标): power indicators such as utility-power, power-distribution, ups, battery, generator (any name with 电, 动力, UPS…: 电压, 电流, 市电); environment indicators such as temperature, humidity, leak, smoke, air-conditioning, access (any name with 温, 湿, 漏水, 烟, 空调, 门禁…: 机柜温度); see docs/profile/2-machine-room.md")
        List<String> indicators,
        @JsonPropertyDescription("Channels of automatic alarms (自动报警): sound, sms, phone, email, app, light; names such as 声光报警 (sound and light), 短信报警, 蜂鸣器 are understood; 无/none is no channel")
        List<String> alarmChannels) {

    public EnvironmentMonitoring {
        indicators = indicators == null ? null : List.copyOf(indicators);
        alarmChannels = alarmChannels == null ? null : List.copyOf(alarmChannels);
    }
}
