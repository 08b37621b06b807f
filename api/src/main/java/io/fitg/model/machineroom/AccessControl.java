package io.fitg.model.machineroom;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import java.util.List;

/**
 * A machine room's access control (门禁).
 *
 * @param methods      how entry is authorised
 * @param allEntrances whether every entrance of the room is controlled
 * @param logsEntries  whether the system records each entry (who, when)
 */
public record AccessControl(
        @JsonPropertyDescription("How entry is authorised: card, fingerprint, face, iris, password (electronic access control; Chinese and English names such as 门禁卡, 刷卡, 指纹, 人脸识别, 密码 are understood, see docs/profile/2-machine-room.md); key or a mechanical lock (钥匙, 机械锁) and a guard (保安值守) are not 门禁; 无/none or an empty list means no access control")
        List<String> methods,
        @JsonPropertyDescription("Whether every entrance of the room is under the access control")
        Boolean allEntrances,
        @JsonPropertyDescription("Whether the system logs each entry (who and when)")
        Boolean logsEntries) {

    public AccessControl {
        methods = methods == null ? null : List.copyOf(methods);
    }
}
