package io.fitg.api;

/** The status of one finding, exactly as the outward contract names them. */
public enum Status {
    /** The facts show the requirement is met. */
    COMPLIANT,
    /** The facts show it is not met. */
    NON_COMPLIANT,
    /** The clause's own condition does not hold for this company. */
    NOT_APPLICABLE,
    /** The facts needed to decide are missing. Never counts as met. */
    INSUFFICIENT_DATA,
    /** A recorded, unexpired waiver covers it. */
    WAIVED;

    /** True for the statuses that let a mandatory clause count towards an achieved class. */
    public boolean passes() {
        return this == COMPLIANT || this == NOT_APPLICABLE || this == WAIVED;
    }

    /** The Chinese label used in the self-assessment workpaper. */
    public String zh() {
        return switch (this) {
            case COMPLIANT -> "符合";
            case NON_COMPLIANT -> "不符合";
            case NOT_APPLICABLE -> "不适用";
            case INSUFFICIENT_DATA -> "待补充材料";
            case WAIVED -> "已豁免";
        };
    }
}
