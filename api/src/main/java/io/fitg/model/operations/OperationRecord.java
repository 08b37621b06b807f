package io.fitg.model.operations;

import io.fitg.model.validation.PersonalData;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

import java.time.LocalDate;

/**
 * One dated record of a production operation (日常操作记录): a key operation such as initialisation, settlement or a
 * data backup, or a routine operation, with the signatures on it.
 *
 * @param date        when the operation was done
 * @param kind        what kind of operation it was
 * @param description what was done
 * @param operator    who performed it (the operator's signature); left out when the record is unsigned
 * @param reviewer    who reviewed its steps and result (复核人签名); left out when nobody reviewed it
 */
public record OperationRecord(
        @JsonPropertyDescription("when the operation was done, YYYY-MM-DD")
        LocalDate date,
        @JsonPropertyDescription("kind of operation: INITIALISATION (初始化), SETTLEMENT (结算), DATA_BACKUP (数据备份), "
                + "OTHER_KEY (another key operation), ROUTINE (日常操作), MAINTENANCE (定期维护)")
        Kind kind,
        @JsonPropertyDescription("what was done")
        String description,
        @JsonPropertyDescription("who performed it, as signed on the record; leave out when the record is unsigned")
        @PersonalData String operator,
        @JsonPropertyDescription("who reviewed the steps and the result (复核人), as signed on the record; leave out "
                + "when nobody reviewed it")
        @PersonalData String reviewer) {

    /** Kinds of production operations. */
    public enum Kind {
        INITIALISATION, SETTLEMENT, DATA_BACKUP, OTHER_KEY, ROUTINE, MAINTENANCE;

        /** 初始化、结算、数据备份等关键操作. */
        public boolean key() {
            return this == INITIALISATION || this == SETTLEMENT || this == DATA_BACKUP || this == OTHER_KEY;
        }
    }
}
