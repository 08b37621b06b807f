package io.fitg.model.security;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;
import io.fitg.model.common.DocumentRecord;

import java.util.List;

/** x.4.2.4 接入生产环境前的安全检查: the procedure and the log of devices connected to production. */
public record DeviceConnections(
        @JsonPropertyDescription("The procedure for checking computers and storage devices before they join production "
                + "(外来计算机及存储设备安全管理办法).")
        DocumentRecord procedure,
        @JsonPropertyDescription("Every computer or storage device connected to production, with its check; [] when none "
                + "was connected.")
        List<DeviceConnection> log) implements Identified {

    public DeviceConnections {
        log = log == null ? null : List.copyOf(log);
    }

    @Override
    public String id() {
        return "security.deviceConnections";
    }
}
