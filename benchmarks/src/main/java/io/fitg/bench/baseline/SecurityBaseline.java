package io.fitg.bench.baseline;

import io.fitg.api.Clause;
import io.fitg.api.Status;
import io.fitg.model.Profile;
import io.fitg.model.company.Company;
import io.fitg.model.security.AuditKind;
import io.fitg.model.security.AuditTrail;
import io.fitg.model.security.Security;
import io.fitg.model.security.TradingAreaVideo;

import java.time.LocalDate;

import static io.fitg.bench.baseline.Tri.NA;
import static io.fitg.bench.baseline.Tri.NO;
import static io.fitg.bench.baseline.Tri.UNKNOWN;
import static io.fitg.bench.baseline.Tri.YES;

/** x.4 安全, by hand: audit record retention and customer trading area video, in years + months + days. */
final class SecurityBaseline {
    private SecurityBaseline() {
    }

    /**
     * Whether years + months + days (nulls as 0) keep records at least {@code requiredMonths} months: going back from
     * {@code asOf} by the months, then the days, reaches at least as far as the required months; unknown when none
     * is given.
     */
    static Status retention(Integer years, Integer months, Integer days, int requiredMonths, LocalDate asOf) {
        if (years == null && months == null && days == null) {
            return UNKNOWN;
        }
        long total = (years == null ? 0L : years * 12L) + (months == null ? 0L : months);
        if (total >= requiredMonths) {
            return YES;
        }
        LocalDate reached = asOf.minusMonths(total).minusDays(days == null ? 0 : days);
        return Tri.of(!reached.isAfter(asOf.minusMonths(requiredMonths)));
    }

    // ---- x.4.7.1 交易系统的主要业务操作应产生审计记录，审计记录保存期限至少为2年

    static Status tradingAuditRecords(Profile p, Clause c, LocalDate asOf) {
        Security s = p.security();
        if (s == null || s.auditTrails() == null) {
            return UNKNOWN;
        }
        if (!c.params().containsKey("minYears")) {
            throw new IllegalArgumentException("the earlier edition's records-only reading is not hand-written");
        }
        int months = Tri.intParam(c, "minYears") * 12;
        int known = 0;
        int maybe = 0;
        int failed = 0;
        int unknown = 0;
        for (AuditTrail t : s.auditTrails()) {
            if (t.kind() != null && t.kind() != AuditKind.TRADING) {
                continue;
            }
            if (t.kind() == null) {
                maybe++;
            } else {
                known++;
            }
            Status r = Tri.and(Tri.of(t.recordsProduced()),
                    retention(t.retentionYears(), t.retentionMonths(), t.retentionDays(), months, asOf));
            if (t.kind() == null && r != YES) {
                r = UNKNOWN; // of unknown kind: passes only when it would pass anyway
            }
            if (r == NO) {
                failed++;
            } else if (r == UNKNOWN) {
                unknown++;
            }
        }
        if (known == 0) {
            // the records are required: none of kind trading fails; one of unknown kind might be it
            return maybe == 0 ? NO : UNKNOWN;
        }
        return Tri.every(failed, unknown);
    }

    // ---- x.4.4.7 / x.4.4.9 客户交易区应安装录像监控设施，覆盖所有交易时段，录像至少保存6个月

    static Status tradingAreaVideo(Profile p, Clause c, LocalDate asOf) {
        Company co = p.company();
        if (co == null) {
            return UNKNOWN;
        }
        Boolean flag = co.customerTradingArea();
        Security s = p.security();
        if (s == null || s.tradingAreas() == null || s.tradingAreas().isEmpty()) {
            // the listed areas show the condition whatever the flag says; none listed: the flag (or the empty list)
            if (Boolean.FALSE.equals(flag)) {
                return NA;
            }
            if (s == null || s.tradingAreas() == null) {
                return UNKNOWN;
            }
            return flag == null ? NA : UNKNOWN;
        }
        int months = Tri.intParam(c, "minMonths");
        int failed = 0;
        int unknown = 0;
        for (TradingAreaVideo t : s.tradingAreas()) {
            Status r = Tri.and(Tri.and(Tri.of(t.installed()), Tri.of(t.coversAllTradingSessions())),
                    retention(t.retentionYears(), t.retentionMonths(), t.retentionDays(), months, asOf));
            if (r == NO) {
                failed++;
            } else if (r == UNKNOWN) {
                unknown++;
            }
        }
        return Tri.every(failed, unknown);
    }
}
