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
import java.time.temporal.ChronoUnit;

import static io.fitg.bench.baseline.Tri.NA;
import static io.fitg.bench.baseline.Tri.NO;
import static io.fitg.bench.baseline.Tri.UNKNOWN;
import static io.fitg.bench.baseline.Tri.YES;

/** x.4 安全, by hand: audit record retention and customer trading area video, in years + months + days. */
final class SecurityBaseline {
    private SecurityBaseline() {
    }

    /**
     * Whether years + months + days (nulls as 0) keep records at least {@code requiredMonths} months, days standing
     * in for missing months when they reach back that many calendar months from {@code asOf}; unknown when none is
     * given.
     */
    static Status retention(Integer years, Integer months, Integer days, int requiredMonths, LocalDate asOf) {
        if (years == null && months == null && days == null) {
            return UNKNOWN;
        }
        long total = (years == null ? 0L : years * 12L) + (months == null ? 0L : months);
        if (total >= requiredMonths) {
            return YES;
        }
        long d = days == null ? 0 : days;
        return Tri.of(d >= ChronoUnit.DAYS.between(asOf.minusMonths(requiredMonths - total), asOf));
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
        int listed = 0;
        int failed = 0;
        int unknown = 0;
        for (AuditTrail t : s.auditTrails()) {
            if (t.kind() != null && t.kind() != AuditKind.TRADING) {
                continue;
            }
            listed++;
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
        return listed == 0 ? UNKNOWN : Tri.every(failed, unknown);
    }

    // ---- x.4.4.7 / x.4.4.9 客户交易区应安装录像监控设施，覆盖所有交易时段，录像至少保存6个月

    static Status tradingAreaVideo(Profile p, Clause c, LocalDate asOf) {
        Company co = p.company();
        if (co == null) {
            return UNKNOWN;
        }
        if (Boolean.FALSE.equals(co.customerTradingArea())) {
            return NA;
        }
        Security s = p.security();
        if (s == null || s.tradingAreas() == null || s.tradingAreas().isEmpty()) {
            return UNKNOWN;
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
