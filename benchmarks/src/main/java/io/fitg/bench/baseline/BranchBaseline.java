package io.fitg.bench.baseline;

import io.fitg.api.Status;
import io.fitg.model.Profile;
import io.fitg.model.branch.Branch;

import io.fitg.model.management.StaffMember;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static io.fitg.bench.baseline.Tri.NA;
import static io.fitg.bench.baseline.Tri.NO;
import static io.fitg.bench.baseline.Tri.UNKNOWN;

/**
 * x.8 分支机构, by hand. The clauses on 提供现场交易的分支机构 look at the branches offering on-site trading: not
 * applicable when branches are listed and none does; a branch whose on-site trading is not stated is missing data.
 */
final class BranchBaseline {
    static final int MIN_TRADING_LINKS = 2;

    private BranchBaseline() {
    }

    private interface BranchTest {
        Status test(Branch b);
    }

    private static Status everyOnSite(Profile p, BranchTest t) {
        List<Branch> branches = p.branches();
        if (branches == null) {
            return UNKNOWN;
        }
        int covered = 0;
        int failed = 0;
        int unknown = 0;
        for (Branch b : branches) {
            if (Boolean.TRUE.equals(b.onSiteTrading())) {
                covered++;
                Status s = t.test(b);
                if (s == NO) {
                    failed++;
                } else if (s == UNKNOWN) {
                    unknown++;
                }
            } else if (b.onSiteTrading() == null) {
                unknown++;
            }
        }
        if (covered == 0 && unknown == 0) {
            return NA;
        }
        return Tri.every(failed, unknown);
    }

    // ---- x.8.1.2 提供现场交易的分支机构应确保在交易时间内有技术人员负责技术系统保障

    // every technician named is on the staff roster, in post on the as-of date and a technician (the role
    // technician or the technology department); without the roster that cannot be checked
    static Status tradingHoursTechnician(Profile p, LocalDate asOf) {
        List<StaffMember> roster = p.management() == null ? null : p.management().staff();
        return everyOnSite(p, b -> {
            List<String> names = b.tradingHoursTechnicians();
            if (names == null) {
                return UNKNOWN;
            }
            Set<String> named = new LinkedHashSet<>();
            for (String n : names) {
                if (!Tri.blank(n)) {
                    named.add(n.strip());
                }
            }
            if (named.isEmpty()) {
                return NO;
            }
            if (roster == null) {
                return UNKNOWN;
            }
            boolean unknown = false;
            for (String n : named) {
                boolean listed = false;
                boolean inPost = false;
                boolean technician = false;
                boolean maybe = false;
                for (StaffMember m : roster) {
                    if (m.name() == null || !m.name().strip().equals(n)) {
                        continue;
                    }
                    listed = true;
                    if (!m.inPostOn(asOf)) {
                        continue;
                    }
                    inPost = true;
                    if ((m.roles() != null && m.roles().contains("technician")) || Boolean.TRUE.equals(m.techDepartment())) {
                        technician = true;
                    } else if (m.roles() == null || !Boolean.FALSE.equals(m.techDepartment())) {
                        maybe = true;
                    }
                }
                if (!listed || !inPost || (!technician && !maybe)) {
                    return NO;
                }
                unknown |= !technician;
            }
            return unknown ? UNKNOWN : Tri.YES;
        });
    }

    // ---- x.8.2.1 提供现场交易的分支机构应有至少两条交易通信链路

    static Status twoTradingLinks(Profile p) {
        return everyOnSite(p, b -> b.tradingLinks() == null ? UNKNOWN
                : Tri.of(b.tradingLinks().size() >= MIN_TRADING_LINKS));
    }
}
