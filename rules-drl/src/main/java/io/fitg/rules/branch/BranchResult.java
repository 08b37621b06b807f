package io.fitg.rules.branch;

import io.fitg.rules.support.Tri;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of one branch office on one clause: TRUE, FALSE or UNKNOWN, why (English and Chinese), and the
 * profile fields that would decide it when UNKNOWN. Parts combine: a failing part makes the branch fail even
 * when another part's data is missing.
 */
public final class BranchResult {
    private Tri tri = Tri.TRUE;
    private final List<String> failEn = new ArrayList<>();
    private final List<String> failZh = new ArrayList<>();
    private final List<String> unknownEn = new ArrayList<>();
    private final List<String> unknownZh = new ArrayList<>();
    private final List<String> okEn = new ArrayList<>();
    private final List<String> okZh = new ArrayList<>();
    private final List<String> missing = new ArrayList<>();

    /** Something seen that meets the clause. */
    public BranchResult ok(String e, String z) {
        okEn.add(e);
        okZh.add(z);
        return this;
    }

    /** A shortfall. */
    public BranchResult fail(String e, String z) {
        tri = tri.and(Tri.FALSE);
        failEn.add(e);
        failZh.add(z);
        return this;
    }

    /** Data needed and not stated; {@code field} is relative to the branch, e.g. {@code tradingLinks}. */
    public BranchResult unknown(String field, String e, String z) {
        tri = tri.and(Tri.UNKNOWN);
        if (!missing.contains(field)) {
            missing.add(field);
        }
        unknownEn.add(e);
        unknownZh.add(z);
        return this;
    }

    /** Shorthand for a field that is not stated at all. */
    public BranchResult missing(String field, String whatZh) {
        return unknown(field, field + " not stated", "未提供" + whatZh);
    }

    public Tri tri() {
        return tri;
    }

    /** What fails, else what is unknown, else what was seen. */
    public String en() {
        return String.join(", ", tri == Tri.FALSE ? failEn : tri == Tri.UNKNOWN ? unknownEn : okEn);
    }

    public String zh() {
        return String.join("，", tri == Tri.FALSE ? failZh : tri == Tri.UNKNOWN ? unknownZh : okZh);
    }

    public List<String> missing() {
        return missing;
    }
}
