package io.fitg.cli;

import io.fitg.api.Finding;
import io.fitg.api.FitgInputException;
import io.fitg.api.Report;
import io.fitg.api.Status;

import java.util.EnumSet;
import java.util.Set;

/** The CI gate of {@code assess --fail-on}: which statuses make the command exit 1. */
enum FailOn {
    NON_COMPLIANT(EnumSet.of(Status.NON_COMPLIANT)),
    INSUFFICIENT_DATA(EnumSet.of(Status.NON_COMPLIANT, Status.INSUFFICIENT_DATA));

    private final Set<Status> statuses;

    FailOn(Set<Status> statuses) {
        this.statuses = statuses;
    }

    static FailOn parse(String s) {
        if (s == null) {
            return null;
        }
        return switch (s) {
            case "non-compliant" -> NON_COMPLIANT;
            case "insufficient-data" -> INSUFFICIENT_DATA;
            default -> throw new FitgInputException("<command line>", "--fail-on",
                    "non-compliant or insufficient-data, not '" + s + "'");
        };
    }

    /** True when a mandatory or optional finding of {@code classLevel} (every reported class when null) is at this level. */
    boolean triggered(Report r, Integer classLevel) {
        for (Finding f : r.findings()) {
            if ((classLevel == null || f.classLevel() == classLevel) && statuses.contains(f.status())) {
                return true;
            }
        }
        return false;
    }
}
