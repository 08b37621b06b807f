package io.fitg.rules.maintenance;

import io.fitg.model.Identified;
import io.fitg.rules.support.Tri;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Counts the items of an "every X" check: a failing item makes the check FALSE even when another item's data is
 * missing; otherwise a missing item makes it UNKNOWN. Keeps the offending items' ids and reasons for the report.
 */
final class Tally {
    int checked;
    final List<String> failEn = new ArrayList<>();
    final List<String> failZh = new ArrayList<>();
    final List<String> unknownEn = new ArrayList<>();
    final List<String> unknownZh = new ArrayList<>();
    final List<String> noteEn = new ArrayList<>();
    final List<String> noteZh = new ArrayList<>();
    final List<Object> failFacts = new ArrayList<>();
    final List<Object> unknownFacts = new ArrayList<>();
    final Set<String> missing = new LinkedHashSet<>();

    /** Adds one applicable item's result. */
    void add(Object item, Judged j) {
        checked++;
        String id = idOf(item);
        switch (j.tri()) {
            case FALSE -> {
                failEn.add(id + " (" + j.en() + ")");
                failZh.add(id + "（" + j.zh() + "）");
                failFacts.add(item);
            }
            case UNKNOWN -> {
                unknownEn.add(id + " (" + j.en() + ")");
                unknownZh.add(id + "（" + j.zh() + "）");
                unknownFacts.add(item);
                missing.add(j.missing());
            }
            default -> {
                if (j.noted()) {
                    noteEn.add(id + " (" + j.en() + ")");
                    noteZh.add(id + "（" + j.zh() + "）");
                }
            }
        }
    }

    static String idOf(Object item) {
        if (item instanceof Identified i && i.id() != null) {
            return i.id();
        }
        return String.valueOf(item);
    }

    Tri tri() {
        if (!failEn.isEmpty()) {
            return Tri.FALSE;
        }
        return unknownEn.isEmpty() ? Tri.TRUE : Tri.UNKNOWN;
    }

    int failed() {
        return failEn.size();
    }

    int unknown() {
        return unknownEn.size();
    }

    int passed() {
        return checked - failed() - unknown();
    }

    String missingPaths() {
        return String.join(", ", missing);
    }

    /** The offending items in English: failures, then items whose data is missing. */
    String problemsEn() {
        List<String> parts = new ArrayList<>();
        if (!failEn.isEmpty()) {
            parts.add("failing: " + String.join("; ", failEn));
        }
        if (!unknownEn.isEmpty()) {
            parts.add("missing data: " + String.join("; ", unknownEn));
        }
        return String.join("; ", parts);
    }

    String problemsZh() {
        List<String> parts = new ArrayList<>();
        if (!failZh.isEmpty()) {
            parts.add("不符合：" + String.join("、", failZh));
        }
        if (!unknownZh.isEmpty()) {
            parts.add("资料不全：" + String.join("、", unknownZh));
        }
        return String.join("；", parts);
    }

    /** Remarks on items that are met (not yet due…), in English. */
    String notesEn() {
        return String.join("; ", noteEn);
    }

    /**
     * What follows a summary in {@code observed}: "" when every item is met without remark, else "; " and the
     * failures, the items whose data is missing and the remarks ("met: C1 (… not yet due (until …))").
     */
    String suffixEn() {
        List<String> parts = new ArrayList<>();
        if (tri() != Tri.TRUE) {
            parts.add(problemsEn());
        }
        if (!noteEn.isEmpty()) {
            parts.add("met: " + String.join("; ", noteEn));
        }
        return parts.isEmpty() ? "" : "; " + String.join("; ", parts);
    }

    /** As {@link #suffixEn()}, for the 情况说明: "。" or "；…。". */
    String suffixZh() {
        List<String> parts = new ArrayList<>();
        if (tri() != Tri.TRUE) {
            parts.add(problemsZh());
        }
        if (!noteZh.isEmpty()) {
            parts.add("符合：" + String.join("、", noteZh));
        }
        return parts.isEmpty() ? "。" : "；" + String.join("；", parts) + "。";
    }

    List<Object> facts() {
        List<Object> out = new ArrayList<>(failFacts);
        out.addAll(unknownFacts);
        return out;
    }
}
