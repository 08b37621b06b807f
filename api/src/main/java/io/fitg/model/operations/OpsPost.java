package io.fitg.model.operations;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import java.util.List;

/**
 * One operations post (岗位) with the people who hold it and their backups (备岗).
 *
 * @param id      a stable id of the post
 * @param name    the post's name, e.g. 网络运维岗
 * @param area    what the post is responsible for
 * @param holders the people holding the post (主岗), by name; [] when vacant
 * @param backups the designated backups (备岗), by name; [] when none
 */
public record OpsPost(
        @JsonPropertyDescription("a stable id of the post")
        String id,
        @JsonPropertyDescription("the post's name, e.g. 网络运维岗")
        String name,
        @JsonPropertyDescription("what the post is responsible for: OPERATIONS_SUPPORT (专门运行保障岗位), DUTY_LEAD "
                + "(运维值班负责人), NETWORK, HOST, DATABASE, APPLICATION (关键技术岗位), OTHER")
        Area area,
        @JsonPropertyDescription("the people holding the post (主岗), by name; [] when vacant")
        List<String> holders,
        @JsonPropertyDescription("the designated backups (备岗), by name; [] when none")
        List<String> backups) {

    public OpsPost {
        holders = holders == null ? null : List.copyOf(holders);
        backups = backups == null ? null : List.copyOf(backups);
    }

    /** What an operations post is responsible for. */
    public enum Area {
        /** 专门运行保障岗位 */
        OPERATIONS_SUPPORT,
        /** 运维值班负责人 */
        DUTY_LEAD,
        /** 网络运行维护 */
        NETWORK,
        /** 主机运行维护 */
        HOST,
        /** 数据库运行维护 */
        DATABASE,
        /** 应用系统运行维护 */
        APPLICATION,
        OTHER
    }
}
