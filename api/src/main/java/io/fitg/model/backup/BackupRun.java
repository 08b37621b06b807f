package io.fitg.model.backup;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import java.time.LocalDate;

/**
 * One post-settlement backup (结算后数据备份) of the trading and settlement data, from the duty log.
 *
 * @param date              the trading day whose post-settlement data was backed up, i.e. the day it ran
 * @param medium            the id of the medium it was written to, if any
 * @param successful        whether the backup completed successfully
 * @param restoreVerifiedOn when this backup was restored and checked (恢复验证); null when it was not
 */
public record BackupRun(
        @JsonPropertyDescription("the day the post-settlement backup ran") LocalDate date,
        @JsonPropertyDescription("the id of the medium it was written to") String medium,
        @JsonPropertyDescription("whether the backup completed successfully") Boolean successful,
        @JsonPropertyDescription("when this backup was restored and checked (恢复验证); null when it was not") LocalDate restoreVerifiedOn) {
}
