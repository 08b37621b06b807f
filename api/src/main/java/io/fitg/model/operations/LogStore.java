package io.fitg.model.operations;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * Where one kind of log is kept and for how long (the configured retention period).
 *
 * @param id            a stable id
 * @param system        the system whose logs these are
 * @param kind          what the logs are
 * @param retention     how long they are kept, in {@code retentionUnit}s
 * @param retentionUnit the unit of {@code retention}
 */
public record LogStore(
        @JsonPropertyDescription("a stable id")
        String id,
        @JsonPropertyDescription("the system whose logs these are")
        String system,
        @JsonPropertyDescription("what the logs are: SYSTEM (系统日志, including monitoring logs), "
                + "APPLICATION_OPERATION (应用系统的操作日志), OTHER")
        Kind kind,
        @JsonPropertyDescription("how long the logs are kept, in retentionUnit units")
        Integer retention,
        @JsonPropertyDescription("unit of retention: DAYS, MONTHS or YEARS")
        Unit retentionUnit) {

    /** Kinds of logs. */
    public enum Kind {
        SYSTEM, APPLICATION_OPERATION, OTHER
    }

    /** Units of a retention period. */
    public enum Unit {
        DAYS, MONTHS, YEARS
    }

    /** A short label for findings. */
    public String label() {
        return id != null ? id : system != null ? system : String.valueOf(kind);
    }
}
