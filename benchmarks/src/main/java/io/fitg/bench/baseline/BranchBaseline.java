package io.fitg.bench.baseline;

import io.fitg.api.Status;
import io.fitg.model.Profile;
import io.fitg.model.branch.Branch;

import java.util.List;

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

    static Status tradingHoursTechnician(Profile p) {
        return everyOnSite(p, b -> {
            List<String> names = b.tradingHoursTechnicians();
            if (names == null) {
                return UNKNOWN;
            }
            for (String n : names) {
                if (!Tri.blank(n)) {
                    return Tri.YES;
                }
            }
            return NO;
        });
    }

    // ---- x.8.2.1 提供现场交易的分支机构应有至少两条交易通信链路

    static Status twoTradingLinks(Profile p) {
        return everyOnSite(p, b -> b.tradingLinks() == null ? UNKNOWN
                : Tri.of(b.tradingLinks().size() >= MIN_TRADING_LINKS));
    }
}
