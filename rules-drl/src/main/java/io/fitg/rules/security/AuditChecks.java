package io.fitg.rules.security;

import io.fitg.api.Clause;
import io.fitg.model.security.AuditKind;
import io.fitg.model.security.AuditProtection;
import io.fitg.model.security.AuditTrail;
import io.fitg.model.security.Security;
import io.fitg.rules.support.Assessment;
import io.fitg.rules.support.Verdict;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** x.4.7 安全审计. Retention compares the stated period with the clause's years. */
public final class AuditChecks {
    private AuditChecks() {
    }

    static String path(AuditTrail t, String field) {
        return "security.auditTrails[" + (t.id() == null ? "?" : t.id()) + "]." + field;
    }

    static Eval ofKind(AuditTrail t, AuditKind k) {
        if (t.kind() == null) {
            return Eval.unknown(path(t, "kind"), "kind not stated", "审计记录类型未说明");
        }
        return t.kind() == k ? Eval.ok() : Eval.fail("", "");
    }

    static Eval records(AuditTrail t) {
        return t.recordsProduced() == null
                ? Eval.unknown(path(t, "recordsProduced"), "whether audit records are produced is not stated", "是否产生审计记录未说明")
                : Eval.check(t.recordsProduced(), "no audit records produced", "未产生审计记录");
    }

    static Eval retention(AuditTrail t, int years, java.time.LocalDate asOf) {
        Boolean ok = Retention.covers(t.retentionYears(), t.retentionMonths(), t.retentionDays(), years * 12, asOf);
        if (ok == null) {
            return Eval.unknown(path(t, "retentionYears"), "retention not stated", "保存期限未说明");
        }
        return Eval.check(ok, "kept " + Retention.describe(t.retentionYears(), t.retentionMonths(), t.retentionDays())
                        + ", less than " + years + " years",
                "保存" + Retention.describeZh(t.retentionYears(), t.retentionMonths(), t.retentionDays()) + "，不足" + years + "年");
    }

    static String kept(List<AuditTrail> ts) {
        return String.join(", ", ts.stream().map(t -> t.id() + " kept "
                + Retention.describe(t.retentionYears(), t.retentionMonths(), t.retentionDays())).toList());
    }

    static String keptZh(List<AuditTrail> ts) {
        return String.join("，", ts.stream().map(t -> (Common.blank(t.system()) ? t.id() : t.system()) + "保存"
                + Retention.describeZh(t.retentionYears(), t.retentionMonths(), t.retentionDays())).toList());
    }

    /** No audit trail of the kind: the records the clause requires do not exist. */
    static Eval none(Security s, String kind, String zhKind) {
        return Eval.fail((s.auditTrails().isEmpty() ? "no audit trail is listed (security.auditTrails: [])"
                        : "no audit trail of kind " + kind + " is listed") + ": no audit records are shown",
                (s.auditTrails().isEmpty() ? "审计记录清单为空" : "未列出" + zhKind + "的审计记录") + "，无法说明产生审计记录");
    }

    /** x.4.7.1: the trading system's main business operations produce audit records kept at least N years. */
    public static void tradingAudit(Assessment a, Clause c, Security s) {
        Verdict v = a.clause(c);
        // the earlier edition's 4.4.7.1 (核心系统的主要业务操作应产生审计记录) names no retention period: no minYears
        Integer years = c.hasParam("minYears") ? c.intParam("minYears") : null;
        String expected = "the trading system's main business operations produce audit records"
                + (years == null ? "" : ", kept at least " + years + " years");
        if (s.auditTrails() == null) {
            Common.missing(v, expected, "security.auditTrails", "未提供审计记录情况。", s);
            return;
        }
        Items<AuditTrail> items = Items.of(s.auditTrails(), t -> ofKind(t, AuditKind.TRADING),
                t -> years == null ? records(t) : records(t).and(retention(t, years, a.asOf())));
        // the clause requires the records to exist: none of kind trading (or an empty list) fails; trails of unknown
        // kind may be the trading one, so with none known the clause is undecided
        Common.decide(v, expected, items.eval("trading audit trails", "交易系统审计记录", none(s, "trading",
                        "交易系统主要业务操作")),
                "audit records produced" + (years == null ? "" : "; " + kept(items.known())) + items.maybeNote(),
                "交易系统主要业务操作均产生审计记录" + (years == null ? "" : "；" + keptZh(items.known())) + "。",
                items.cited());
    }

    /** x.4.7.2: every audit trail protected against deletion, modification and overwriting. */
    public static void protection(Assessment a, Clause c, Security s) {
        Verdict v = a.clause(c);
        String expected = "audit records protected against deletion, modification and overwriting";
        if (s.auditTrails() == null) {
            Common.missing(v, expected, "security.auditTrails", "未提供审计记录情况。", s);
            return;
        }
        if (s.auditTrails().isEmpty()) {
            // audit records are required (x.4.7.1): with none there is no protected audit record to show
            v.expected(expected).observed("no audit trail is listed (security.auditTrails: []): no audit records are "
                    + "shown protected").situation("审计记录清单为空，无法说明防止删除、修改或覆盖审计记录的措施。")
                    .facts(s).nonCompliant();
            return;
        }
        Items<AuditTrail> items = Items.all(s.auditTrails(), t -> {
            if (t.protectedAgainst() == null) {
                return Eval.unknown(path(t, "protectedAgainst"), "protection not stated", "保护措施未说明");
            }
            Set<AuditProtection> missing = EnumSet.allOf(AuditProtection.class);
            missing.removeAll(t.protectedAgainst());
            return Eval.check(missing.isEmpty(),
                    "not protected against " + String.join(", ", missing.stream().map(AuditProtection::toString).toList()),
                    "未防止" + String.join("、", missing.stream().map(AuditProtection::zh).toList()));
        });
        List<String> how = s.auditTrails().stream().map(AuditTrail::mechanism).filter(x -> !Common.blank(x)).distinct().toList();
        Common.decide(v, expected, items.eval("audit trails", "审计记录"),
                "audit trails: " + items.size() + "; all protected against deletion, modification and overwriting"
                        + (how.isEmpty() ? "" : " (" + String.join("; ", how) + ")"),
                "审计记录" + items.size() + "类均已采取措施防止删除、修改或覆盖"
                        + (how.isEmpty() ? "" : "（" + String.join("；", how) + "）") + "。",
                items.cited());
    }

    /** x.4.7.3 (classes 3, 4): main operations work authenticated and audited, records kept at least N years. */
    public static void operationsAudit(Assessment a, Clause c, Security s) {
        Verdict v = a.clause(c);
        // the earlier edition's 4.4.7.3 names no retention period: no minYears
        Integer years = c.hasParam("minYears") ? c.intParam("minYears") : null;
        String expected = "main operations work authenticated and producing audit records"
                + (years == null ? "" : ", kept at least " + years + " years");
        if (s.auditTrails() == null) {
            Common.missing(v, expected, "security.auditTrails", "未提供审计记录情况。", s);
            return;
        }
        Items<AuditTrail> items = Items.of(s.auditTrails(), t -> ofKind(t, AuditKind.OPERATIONS), t -> {
            Eval auth = t.operatorsAuthenticated() == null
                    ? Eval.unknown(path(t, "operatorsAuthenticated"), "authentication not stated", "认证措施未说明")
                    : Eval.check(t.operatorsAuthenticated(), "operators not authenticated individually", "运维操作未采取恰当的认证措施");
            return years == null ? auth.and(records(t)) : auth.and(records(t)).and(retention(t, years, a.asOf()));
        });
        Common.decide(v, expected, items.eval("operations audit trails", "运维审计记录", none(s, "operations",
                        "主要运维操作")),
                "operators authenticated, audit records produced" + (years == null ? "" : "; " + kept(items.known()))
                        + items.maybeNote(),
                "主要运维操作均采取认证措施并产生审计记录" + (years == null ? "" : "；" + keptZh(items.known())) + "。",
                items.cited());
    }
}
