package io.fitg.rules.branch;

import io.fitg.model.Sections;
import io.fitg.model.branch.Branch;
import io.fitg.rules.support.Tri;
import io.fitg.rules.support.Verdict;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Decides a chapter x.8 clause over every branch office in one pass (linear in the number of branches): the
 * clauses on 提供现场交易的分支机构 look at the branches offering on-site trading, x.8.1.6 at every branch.
 * <ul>
 *   <li>branches not stated at all → INSUFFICIENT_DATA;</li>
 *   <li>no branch the clause covers (none offers on-site trading, or no branches) → NOT_APPLICABLE;</li>
 *   <li>a covered branch that fails → NON_COMPLIANT, citing the failing branches, even when others lack data;</li>
 *   <li>otherwise a covered branch lacking data, or a branch whose on-site trading is not stated →
 *       INSUFFICIENT_DATA;</li>
 *   <li>otherwise COMPLIANT.</li>
 * </ul>
 */
public final class BranchRules {
    /** Branches named in a finding before "and N more". */
    static final int SHOWN = 10;

    private BranchRules() {
    }

    static String label(Branch b) {
        if (b.id() != null && b.name() != null) {
            return b.id() + " " + b.name();
        }
        return b.id() != null ? b.id() : b.name() != null ? b.name() : "branch";
    }

    /** A branch's field path; fields outside the branch (the staff roster, {@code management.…}) stay as they are. */
    static String path(Branch b, String field) {
        if (field.startsWith("management.")) {
            return field;
        }
        return "branches[" + (b.id() != null ? b.id() : b.name()) + "]." + field;
    }

    /** The branches among the facts (the DRL hands a raw collect list), sorted by id. */
    public static List<Branch> branches(Collection<?> facts) {
        List<Branch> out = new ArrayList<>();
        for (Object o : facts) {
            if (o instanceof Branch b) {
                out.add(b);
            }
        }
        // working memory hands facts in no particular order: findings list branches by id
        out.sort(java.util.Comparator.comparing(BranchRules::label));
        return out;
    }

    /**
     * Decides {@code v} over the branches.
     *
     * @param onSiteOnly true for 提供现场交易的分支机构 clauses, false for clauses on every branch
     * @param test       the per-branch check
     */
    public static void decide(Verdict v, Sections sections, Collection<?> facts, boolean onSiteOnly,
                              Function<Branch, BranchResult> test) {
        if (sections == null || !sections.has("branches")) {
            v.facts(sections).insufficient("branches");
            return;
        }
        List<Branch> all = branches(facts);
        List<Branch> covered = new ArrayList<>();
        List<Branch> unknownCondition = new ArrayList<>();
        for (Branch b : all) {
            if (!onSiteOnly || Boolean.TRUE.equals(b.onSiteTrading())) {
                covered.add(b);
            } else if (b.onSiteTrading() == null) {
                unknownCondition.add(b);
            }
        }
        String scope = onSiteOnly ? "on-site-trading branch" : "branch";
        String scopeZh = onSiteOnly ? "提供现场交易的分支机构" : "分支机构";
        if (covered.isEmpty() && unknownCondition.isEmpty()) {
            if (all.isEmpty()) {
                v.observed("no branch offices").situation("公司未设立分支机构。").notApplicable("the company has no branch offices");
            } else {
                v.observed("none of " + all.size() + " branch(es) offers on-site trading")
                        .situation("公司" + all.size() + "家分支机构均不提供现场交易。")
                        .notApplicable("no branch offers on-site trading (现场交易, 1.4.5)");
            }
            return;
        }
        List<Branch> failing = new ArrayList<>();
        List<Branch> unknown = new ArrayList<>();
        List<String> failEn = new ArrayList<>();
        List<String> failZh = new ArrayList<>();
        List<String> unknownEn = new ArrayList<>();
        List<String> okEn = new ArrayList<>();
        List<String> okZh = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Branch b : covered) {
            BranchResult r = test.apply(b);
            if (r.tri() == Tri.FALSE) {
                failing.add(b);
                failEn.add(label(b) + ": " + r.en());
                failZh.add(label(b) + "（" + r.zh() + "）");
            } else if (r.tri() == Tri.UNKNOWN) {
                unknown.add(b);
                unknownEn.add(label(b) + ": " + r.en());
                r.missing().forEach(f -> missing.add(path(b, f)));
            } else {
                okEn.add(label(b) + ": " + r.en());
                okZh.add(label(b) + "（" + r.zh() + "）");
            }
        }
        for (Branch b : unknownCondition) {
            unknown.add(b);
            unknownEn.add(label(b) + ": whether it offers on-site trading is not stated");
            missing.add(path(b, "onSiteTrading"));
        }
        int n = covered.size();
        if (!failing.isEmpty()) {
            v.facts(failing)
                    .observed(failing.size() + " of " + n + " " + scope + "(es) fall short: " + shown(failEn, "; "))
                    .situation(scopeZh + "共" + n + "家，其中" + failing.size() + "家不符合：" + shownZh(failZh) + "。")
                    .nonCompliant();
        } else if (!unknown.isEmpty()) {
            v.facts(unknown)
                    .observed("data missing for " + unknown.size() + " branch(es): " + shown(unknownEn, "; "))
                    .situation(scopeZh + "共" + n + "家，其中" + unknown.size() + "家资料不全，无法判断。")
                    .insufficient(shown(missing, ", "));
        } else {
            v.facts(covered)
                    .observed("all " + n + " " + scope + "(es) meet it: " + shown(okEn, "; "))
                    .situation(scopeZh + "共" + n + "家，均符合要求：" + shownZh(okZh) + "。")
                    .compliant();
        }
    }

    static String shown(List<String> l, String sep) {
        if (l.size() <= SHOWN) {
            return String.join(sep, l);
        }
        return String.join(sep, l.subList(0, SHOWN)) + sep + "and " + (l.size() - SHOWN) + " more";
    }

    static String shownZh(List<String> l) {
        if (l.size() <= SHOWN) {
            return String.join("；", l);
        }
        return String.join("；", l.subList(0, SHOWN)) + "等" + l.size() + "家";
    }
}
