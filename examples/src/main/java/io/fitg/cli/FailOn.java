package io.fitg.cli;

import io.fitg.api.Finding;
import io.fitg.api.FitgInputException;
import io.fitg.api.Report;
import io.fitg.api.Status;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
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

    /** True when a finding of {@code classLevel} (every reported class when null) or of a custom control is at this level. */
    boolean triggered(Report r, Integer classLevel) {
        return why(r, classLevel) != null;
    }

    /**
     * Why the gate is met, in one line ("3 findings at that level: class 3: 2 NON_COMPLIANT; custom controls:
     * 1 NON_COMPLIANT"), or null when it is not. Findings of custom controls (class 0) count whatever the class.
     */
    String why(Report r, Integer classLevel) {
        Map<String, Map<Status, Integer>> counts = new TreeMap<>();
        int total = 0;
        for (Finding f : r.findings()) {
            if ((classLevel == null || f.classLevel() == classLevel) && statuses.contains(f.status())) {
                counts.computeIfAbsent("class " + f.classLevel(), k -> new EnumMap<>(Status.class))
                        .merge(f.status(), 1, Integer::sum);
                total++;
            }
        }
        for (Finding f : r.customFindings()) {
            if (statuses.contains(f.status())) {
                counts.computeIfAbsent("~custom controls", k -> new EnumMap<>(Status.class)).merge(f.status(), 1, Integer::sum);
                total++;
            }
        }
        if (total == 0) {
            return null;
        }
        StringJoiner j = new StringJoiner("; ");
        counts.forEach((where, m) -> {
            StringJoiner k = new StringJoiner(", ");
            m.forEach((s, n) -> k.add(n + " " + s.name()));
            j.add(where.replace("~", "") + ": " + k);
        });
        return total + (total == 1 ? " finding" : " findings") + " at that level (" + j + ")";
    }
}
