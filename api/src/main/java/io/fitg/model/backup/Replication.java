package io.fitg.model.backup;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fitg.model.Identified;

/**
 * One transfer of data over a communication network to another site (数据复制 / 实时传送): storage or database
 * replication, log shipping, file synchronisation.
 *
 * @param id              a stable id, e.g. {@code REP-CTP-DB}
 * @param data            what it carries, e.g. 交易与结算数据库
 * @param keyBusinessData whether it carries the key business data (关键业务数据: trading and settlement data)
 * @param method          how, e.g. Oracle Data Guard 同步, 存储远程复制
 * @param realTime        whether the data is sent in real time (continuously, as it is written), not in batches
 * @param target          where it goes: the id of a disaster-recovery centre (drCentres) or a site name
 * @param targetCity      the target's city; when {@code target} names a disaster-recovery centre its city is used
 */
public record Replication(
        @JsonPropertyDescription("a stable id of the replication") String id,
        @JsonPropertyDescription("what it carries, e.g. 交易与结算数据库") String data,
        @JsonPropertyDescription("whether it carries the key business data (关键业务数据)") Boolean keyBusinessData,
        @JsonPropertyDescription("how, e.g. 数据库同步复制, 存储远程复制") String method,
        @JsonPropertyDescription("whether data is sent in real time (continuously, as written), not in batches") Boolean realTime,
        @JsonPropertyDescription("where it goes: the id of a disaster-recovery centre (drCentres) or a site name") String target,
        @JsonPropertyDescription("the target's city; a disaster-recovery centre's own city is used when target names one") String targetCity)
        implements Identified {
}
