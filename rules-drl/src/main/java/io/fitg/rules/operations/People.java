package io.fitg.rules.operations;

import io.fitg.model.management.StaffMember;
import io.fitg.rules.support.Roster;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The people x.5 records name — post holders and backups, the staff on a shift, the managers of a tool — looked up in
 * the staff roster ({@code management.staff}, the lead's reading P5): a name counts only when it is on the roster (by
 * name or id) and in post on the day that matters. Without the roster a name cannot be checked: the clause is
 * INSUFFICIENT_DATA unless something else fails it. The roster is indexed once, so a long roster stays linear.
 */
public final class People {
    /** For callers that do not check names against a roster (the checks' older signatures). */
    public static final People UNCHECKED = new People(false, null);

    private final boolean checked;
    private final List<StaffMember> roster;
    private boolean unverified;

    private People(boolean checked, List<StaffMember> roster) {
        this.checked = checked;
        this.roster = roster;
    }

    /** Names checked against {@code roster}; null means the roster is not stated. */
    public static People of(List<StaffMember> roster) {
        return new People(true, roster);
    }

    /**
     * The names of {@code names} (distinct, non-blank) that are on the roster and in post on {@code day}; why each
     * other name does not count is added to {@code whyEn}/{@code whyZh}. Without the roster every name is returned,
     * unverified (see {@link #unverified()}).
     */
    public Set<String> inPost(Collection<String> names, LocalDate day, List<String> whyEn, List<String> whyZh) {
        Set<String> all = OperationsCalc.people(names);
        if (!checked || all.isEmpty()) {
            return all;
        }
        if (roster == null) {
            unverified = true;
            return all;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String n : all) {
            List<StaffMember> found = Roster.byNameOrId(roster, n);
            if (found.isEmpty()) {
                whyEn.add(n + " is not on the staff roster");
                whyZh.add(n + "不在人员名册中");
            } else if (day == null || found.stream().anyMatch(s -> Roster.standing(s, day) == Roster.Standing.IN_POST)) {
                out.add(n);
            } else {
                whyEn.add(Roster.notInPostEn(found.get(0), day));
                whyZh.add(Roster.notInPostZh(found.get(0), day));
            }
        }
        return out;
    }

    /** Whether some name could not be checked because the roster is not stated. */
    public boolean unverified() {
        return unverified;
    }

    /** Records, once per check, that names went unchecked for want of the roster. */
    public void report(Check k, String whoEn, String whoZh) {
        if (unverified) {
            k.unknown("management.staff", "the staff roster (management.staff) is not stated, so whether " + whoEn
                    + " are staff in post cannot be checked", "未提供人员名册，无法确认" + whoZh + "是否为在岗人员");
        }
    }
}
