package io.fitg.rules.security;

import io.fitg.api.Clause;
import io.fitg.model.company.Company;
import io.fitg.model.security.HomepageMonitor;
import io.fitg.model.security.OfflineBackup;
import io.fitg.model.security.Publication;
import io.fitg.model.security.Security;
import io.fitg.model.security.SecurityReview;
import io.fitg.model.security.TamperTest;
import io.fitg.model.security.TrojanProtection;
import io.fitg.model.security.Website;
import io.fitg.model.security.WebsiteBackup;
import io.fitg.rules.support.Assessment;
import io.fitg.rules.support.Calc;
import io.fitg.rules.support.Verdict;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * x.4.3 网站安全. No clause of the section states a condition of its own (none says 对于有网站的…): a company with no
 * website ({@code company.hasWebsite} false, or {@code absentNetworks: [website]}) and no website records meets them
 * vacuously — there is nothing to monitor, check, protect or back up — and the finding says so. Website records
 * given although the flag says there is no website are judged (the records win, P1). Only the RPO part of
 * x.4.3.7/x.4.3.8 has a condition of its own: 具备交易功能的网站 ({@code company.websiteTrading}).
 */
public final class WebsiteChecks {
    private WebsiteChecks() {
    }

    /**
     * The website, or null after deciding: COMPLIANT (nothing in scope) when the company has no website and no website
     * records, INSUFFICIENT_DATA when the records are missing. {@code nothing} says what there is not, in English
     * ("no website content to monitor").
     */
    static Website website(Verdict v, String expected, Company co, Security s, String nothing) {
        Website w = s == null ? null : s.website();
        if (noWebsite(co, s) && w == null) {
            v.expected(expected).observed("the company has no website (" + (Boolean.FALSE.equals(co.hasWebsite())
                            ? "company.hasWebsite false" : "security.absentNetworks: [website]") + "): " + nothing
                            + "; the clause states no condition, so it is met")
                    .situation("公司无网站，本条要求的对象不存在。").facts(co).compliant();
            return null;
        }
        if (w == null) {
            Common.missing(v, expected, "security.website", "未提供网站安全情况。", co);
            return null;
        }
        return w;
    }

    static boolean noWebsite(Company co, Security s) {
        return Boolean.FALSE.equals(co.hasWebsite()) || (s != null && s.lacks(io.fitg.model.security.NetworkZone.WEBSITE));
    }

    /** The note put before a finding on website records given although the company states it has no website. */
    static String[] note(Company co, Security s) {
        if (!noWebsite(co, s)) {
            return new String[] {"", ""};
        }
        return new String[] {"company.hasWebsite is false, but security.website describes a website, which is judged: ",
                "公司称无网站，但提供了网站安全情况，据此判断："};
    }

    /** x.4.3.1: named people monitor the website's content. */
    public static void contentMonitor(Assessment a, Clause c, Company co, Security s) {
        Verdict v = a.clause(c);
        String expected = "named staff assigned to monitor the website's content";
        Website w = website(v, expected, co, s, "no website content to monitor");
        if (w == null) {
            return;
        }
        if (w.contentMonitors() == null) {
            Common.missing(v, expected, "security.website.contentMonitors", "未说明网站内容监控人员。", w);
            return;
        }
        Common.decide(v, expected, note(co, s), Eval.check(!w.contentMonitors().isEmpty(), "nobody is assigned to monitor the content",
                        "未安排专人监控网站内容"),
                "content monitored by " + String.join(", ", w.contentMonitors()),
                "由" + String.join("、", w.contentMonitors()) + "专人监控网站内容。", w);
    }

    /** x.4.3.2: a security check of the website within the last year, and its findings handled in time. */
    public static void annualCheck(Assessment a, Clause c, Company co, Security s) {
        Verdict v = a.clause(c);
        LocalDate asOf = a.asOf();
        String expected = "a website security check within 1 year before the as-of date, and every finding remedied "
                + "in time (及时: within the company's remediation deadline and at most " + Common.TIMELY_DAYS
                + " days after the check)";
        Website w = website(v, expected, co, s, "no website to check");
        if (w == null) {
            return;
        }
        List<SecurityReview> checks = w.securityChecks();
        if (checks == null) {
            Common.missing(v, expected, "security.website.securityChecks", "未提供网站安全检查记录。", w);
            return;
        }
        Eval r = Common.recentReview(checks, asOf, asOf.minusYears(1), "1 year", "一年", false,
                "security.website.securityChecks", "website security checks", "网站安全检查")
                .and(Common.remediation(checks, asOf, "security.website.securityChecks", "website security checks",
                        "网站安全检查记录", true));
        LocalDate last = Common.latest(checks, asOf);
        Common.decide(v, expected, note(co, s), r,
                "latest check " + last + "; " + (Common.openFindings(checks, asOf) == 0 ? "every finding remedied"
                        : Common.openFindings(checks, asOf) + " findings open, none past its deadline"
                        + Common.notYetDue(checks, asOf, true)),
                "最近一次网站安全检查为" + last + "；发现的隐患均已整改或在整改期限内。", w, checks);
    }

    /** x.4.3.3: the latest drill or incident stopped tampered content within the limit. */
    public static void tamperStop(Assessment a, Clause c, Company co, Security s) {
        Verdict v = a.clause(c);
        LocalDate asOf = a.asOf();
        BigDecimal max = c.num("maxMinutes");
        String expected = "tampered content stopped within " + Calc.num(max) + " minutes of discovery, as the latest "
                + "drill or incident shows";
        Website w = website(v, expected, co, s, "no website content that could be tampered with");
        if (w == null) {
            return;
        }
        List<TamperTest> tests = w.tamperTests();
        if (tests == null) {
            Common.missing(v, expected, "security.website.tamperTests", "未提供网站防篡改演练记录。", w);
            return;
        }
        List<TamperTest> past = tests.stream().filter(t -> t.date() == null || !t.date().isAfter(asOf)).toList();
        if (past.isEmpty()) {
            v.expected(expected).observed("no drill or incident shows the capability").facts(w)
                    .situation("没有网站防篡改演练或事件处置记录，无法证明能在" + Calc.num(max) + "分钟内停止发布被篡改的内容。")
                    .nonCompliant();
            return;
        }
        // the latest ones decide; an undated one might be the latest, so it counts too
        LocalDate last = past.stream().map(TamperTest::date).filter(d -> d != null).max(LocalDate::compareTo).orElse(null);
        List<TamperTest> latest = past.stream().filter(t -> t.date() == null || t.date().equals(last)).toList();
        Items<TamperTest> items = Items.all(latest, t -> {
            String p = "security.website.tamperTests[" + (t.id() == null ? "?" : t.id()) + "]";
            if (t.date() == null) {
                return t.minutesToStop() != null && t.minutesToStop().compareTo(max) <= 0 ? Eval.ok()
                        : Eval.unknown(p + ".date", "undated", "未注明日期");
            }
            if (t.minutesToStop() == null) {
                return Eval.unknown(p + ".minutesToStop", "time to stop not stated", "停止发布用时未说明");
            }
            return Eval.check(t.minutesToStop().compareTo(max) <= 0,
                    "stopped after " + Calc.num(t.minutesToStop()) + " minutes on " + t.date() + " (limit "
                            + Calc.num(max) + ")",
                    t.date() + "用时" + Calc.num(t.minutesToStop()) + "分钟才停止发布，超过" + Calc.num(max) + "分钟");
        });
        String mins = String.join(", ", latest.stream().map(t -> Calc.num(t.minutesToStop())).toList());
        Common.decide(v, expected, note(co, s), items.eval("latest drills or incidents", "最近一次演练或事件"),
                "latest " + (Boolean.TRUE.equals(latest.get(0).incident()) ? "incident" : "drill") + " " + last
                        + ": stopped in " + mins + " minutes (limit " + Calc.num(max) + ")",
                "最近一次（" + last + "）防篡改" + (Boolean.TRUE.equals(latest.get(0).incident()) ? "事件处置" : "演练")
                        + "用时" + mins + "分钟停止发布被篡改内容，未超过" + Calc.num(max) + "分钟。",
                w, items.cited());
    }

    /** x.4.3.4: trojan protection installed and updated within its policy period (定期: at most a year, P2). */
    public static void trojanProtection(Assessment a, Clause c, Company co, Security s) {
        Verdict v = a.clause(c);
        TrojanProtection t0 = s == null || s.website() == null ? null : s.website().trojanProtection();
        Common.Period period = Common.Period.regular(t0 == null ? null : t0.updateIntervalDays(),
                "security.website.trojanProtection.updateIntervalDays");
        String expected = "trojan protection software installed and updated within " + period.en();
        Website w = website(v, expected, co, s, "no website to protect against trojans");
        if (w == null) {
            return;
        }
        TrojanProtection t = w.trojanProtection();
        if (t == null) {
            Common.missing(v, expected, "security.website.trojanProtection", "未提供网站木马防护情况。", w);
            return;
        }
        Eval r;
        if (t.installed() == null) {
            r = Eval.unknown("security.website.trojanProtection.installed", "installation not stated", "是否安装未说明");
        } else if (!t.installed()) {
            r = Eval.fail("no trojan protection installed", "未安装木马防护软件");
        } else {
            r = Common.withinPolicy(t.lastUpdated(), period.days(), a.asOf(),
                    "security.website.trojanProtection.lastUpdated", "security.website.trojanProtection.updateIntervalDays",
                    "last update", "最近一次更新");
        }
        String product = Common.blank(t.product()) ? "" : t.product() + " ";
        Common.decide(v, expected, note(co, s), r,
                product + "installed; last updated " + t.lastUpdated() + ", within " + period.en(),
                "已安装木马防护软件" + (Common.blank(t.product()) ? "" : "（" + t.product() + "）") + "，最近一次更新为"
                        + t.lastUpdated() + "，在" + period.zh() + "内。", t);
    }

    /** x.4.3.5: a review-and-publish procedure in force, and every logged publication reviewed. */
    public static void publishingReview(Assessment a, Clause c, Company co, Security s) {
        Verdict v = a.clause(c);
        LocalDate asOf = a.asOf();
        String expected = "a content review and publishing procedure in force, and every published item reviewed";
        Website w = website(v, expected, co, s, "no website content to publish");
        if (w == null) {
            return;
        }
        Eval proc = Common.inForce(w.publishingProcedure(), asOf, "security.website.publishingProcedure",
                "publishing procedure", "网站内容审核发布制度");
        Eval log;
        Items<Publication> items = null;
        if (w.publications() == null) {
            log = Eval.unknown("security.website.publications", "publishing log not stated", "未提供网站内容发布记录");
        } else {
            items = Items.all(w.publications().stream().filter(p -> p.date() == null || !p.date().isAfter(asOf)).toList(),
                    p -> {
                        String path = "security.website.publications[" + (p.id() == null ? "?" : p.id()) + "]";
                        if (p.reviewed() == null) {
                            return Eval.unknown(path + ".reviewed", "review not stated", "是否审核未说明");
                        }
                        if (!p.reviewed()) {
                            return Eval.fail("published without review", "未经审核即发布");
                        }
                        return Common.blank(p.reviewedBy())
                                ? Eval.unknown(path + ".reviewedBy", "reviewer not recorded", "未记录审核人")
                                : Eval.ok();
                    });
            log = items.eval("published items", "发布内容");
        }
        int n = items == null ? 0 : items.size();
        Common.decide(v, expected, note(co, s), proc.and(log),
                "procedure issued " + (w.publishingProcedure() == null ? "" : w.publishingProcedure().issued()) + "; logged items: "
                        + n + ", each reviewed before publication",
                "已制定网站内容审核和发布制度；记录中" + n + "条发布内容均经审核后发布。",
                w, items == null ? List.of() : items.cited());
    }

    /** x.4.3.6 (classes 3, 4): automatic homepage monitoring that detects tampering within the limit. */
    public static void tamperDetection(Assessment a, Clause c, Company co, Security s) {
        Verdict v = a.clause(c);
        BigDecimal max = c.num("maxMinutes");
        String expected = "automatic homepage monitoring checking at least every " + Calc.num(max) + " minutes";
        Website w = website(v, expected, co, s, "no website homepage to monitor");
        if (w == null) {
            return;
        }
        HomepageMonitor m = w.homepageMonitor();
        if (m == null) {
            Common.missing(v, expected, "security.website.homepageMonitor", "未提供网站主页自动监控情况。", w);
            return;
        }
        Eval auto = m.automatic() == null
                ? Eval.unknown("security.website.homepageMonitor.automatic", "automatic monitoring not stated", "是否自动监控未说明")
                : Eval.check(m.automatic(), "the homepage is not monitored automatically", "未对网站主页实现自动监控");
        Eval interval = m.checkIntervalMinutes() == null
                ? Eval.unknown("security.website.homepageMonitor.checkIntervalMinutes", "check interval not stated",
                "检测间隔未说明")
                : Eval.check(m.checkIntervalMinutes().compareTo(max) <= 0,
                "checks every " + Calc.num(m.checkIntervalMinutes()) + " minutes (limit " + Calc.num(max) + ")",
                "检测间隔" + Calc.num(m.checkIntervalMinutes()) + "分钟，超过" + Calc.num(max) + "分钟");
        String tool = Common.blank(m.tool()) ? "" : m.tool() + " ";
        Common.decide(v, expected, note(co, s), auto.and(interval),
                tool + "checks the homepage automatically every " + Calc.num(m.checkIntervalMinutes()) + " minutes",
                "网站主页由" + (Common.blank(m.tool()) ? "监控工具" : m.tool()) + "自动监控，每"
                        + Calc.num(m.checkIntervalMinutes()) + "分钟检测一次，能在" + Calc.num(max) + "分钟内检测到篡改。", m);
    }

    /**
     * Third-party assessments (网站 x.4.3.6/x.4.3.7, 网上交易 x.4.4.5/x.4.4.6): one by a qualified firm within the
     * company's own period, capped at a year (定期, P2), and findings remedied in time.
     */
    static void thirdParty(Verdict v, LocalDate asOf, String expected, List<SecurityReview> reviews, Integer companyDays,
                           String path, String en, String zh, String[] note, Object owner) {
        Common.Period period = Common.Period.regular(companyDays, path + ".thirdPartyIntervalDays");
        Integer days = period.days();
        String exp = expected + " (the period applied: " + period.en() + ")";
        if (reviews == null) {
            Common.missing(v, exp, path + ".thirdPartyAssessments", "未提供专业安全机构的评估或扫描记录。", owner);
            return;
        }
        Eval periodEval = days == null
                ? Eval.unknown(path + ".thirdPartyIntervalDays", "the period is not stated", "定期评估的周期未说明")
                : Common.recentReview(reviews, asOf, asOf.minusDays(days), period.en(), period.zh(), true,
                path + ".thirdPartyAssessments", en, zh);
        Eval r = periodEval.and(Common.remediation(reviews, asOf, path + ".thirdPartyAssessments", en, zh + "记录"));
        LocalDate last = Common.latest(reviews, asOf);
        String firm = reviews.stream().filter(x -> last != null && last.equals(x.date())).map(SecurityReview::performedBy)
                .filter(x -> !Common.blank(x)).findFirst().orElse("a firm not named");
        String firmZh = reviews.stream().filter(x -> last != null && last.equals(x.date())).map(SecurityReview::performedBy)
                .filter(x -> !Common.blank(x)).findFirst().orElse("专业安全机构");
        Common.decide(v, exp, note, r,
                "latest assessment " + last + " by " + firm + ", within " + period.en() + "; findings remedied or "
                        + "within their deadlines",
                "最近一次由" + firmZh + "于" + last + "进行安全评估，在" + period.zh() + "内；发现的漏洞均已整改或在整改期限内。",
                owner, reviews);
    }

    /** x.4.3.6 (classes 1, 2) / x.4.3.7 (classes 3, 4). */
    public static void thirdPartyAssessment(Assessment a, Clause c, Company co, Security s) {
        Verdict v = a.clause(c);
        String expected = "a security assessment or scan of the website by a qualified firm within the company's "
                + "period, and its findings remedied in time";
        Website w = website(v, expected, co, s, "no website to assess");
        if (w == null) {
            return;
        }
        thirdParty(v, a.asOf(), expected, w.thirdPartyAssessments(), w.thirdPartyIntervalDays(), "security.website",
                "third-party website assessments", "网站第三方安全评估", note(co, s), w);
    }

    /** x.4.3.7 (classes 1, 2) / x.4.3.8 (classes 3, 4): backup RTO, and RPO for a website that trades. */
    public static void backupRecovery(Assessment a, Clause c, Company co, Security s) {
        Verdict v = a.clause(c);
        BigDecimal maxRto = c.num("maxRtoMinutes");
        BigDecimal maxRpo = c.num("maxRpoMinutes");
        String expected = "website backup system with RTO <= " + Calc.num(maxRto) + " minutes; RPO <= " + Calc.num(maxRpo)
                + " minutes when the website has trading functions";
        Website w = website(v, expected, co, s, "no website to back up");
        if (w == null) {
            return;
        }
        WebsiteBackup b = w.backup();
        if (b == null) {
            Common.missing(v, expected, "security.website.backup", "未提供网站备份系统情况。", co, w);
            return;
        }
        if (b.tested() != null && b.tested().isAfter(a.asOf())) {
            // figures measured after the as-of date tell nothing about the state on it (P3)
            Common.missing(v, expected, "security.website.backup.tested", "the backup figures were measured on "
                    + b.tested() + ", after the as-of date " + a.asOf() + ": what the backup system achieved on "
                    + a.asOf() + " is not known", "网站备份系统的RTO、RPO于" + b.tested() + "测得，晚于评估基准日"
                    + a.asOf() + "，无法说明基准日的情况。", co, b);
            return;
        }
        Eval rto = b.rtoMinutes() == null
                ? Eval.unknown("security.website.backup.rtoMinutes", "RTO not stated", "RTO未说明")
                : Eval.check(b.rtoMinutes().compareTo(maxRto) <= 0,
                "RTO " + Calc.num(b.rtoMinutes()) + " minutes (limit " + Calc.num(maxRto) + ")",
                "RTO为" + Calc.num(b.rtoMinutes()) + "分钟，超过" + Calc.num(maxRto) + "分钟");
        Eval rpo;
        boolean rpoOk = b.rpoMinutes() != null && b.rpoMinutes().compareTo(maxRpo) <= 0;
        if (Boolean.FALSE.equals(co.websiteTrading()) || rpoOk) {
            rpo = Eval.ok();
        } else if (co.websiteTrading() == null) {
            rpo = Eval.unknown("company.websiteTrading", "whether the website trades (then RPO <= " + Calc.num(maxRpo)
                    + ") is not stated", "网站是否具备交易功能未说明");
        } else if (b.rpoMinutes() == null) {
            rpo = Eval.unknown("security.website.backup.rpoMinutes", "RPO of a trading website not stated",
                    "具备交易功能的网站RPO未说明");
        } else {
            rpo = Eval.fail("RPO " + Calc.num(b.rpoMinutes()) + " minutes on a trading website (limit "
                    + Calc.num(maxRpo) + ")", "网站具备交易功能，RPO为" + Calc.num(b.rpoMinutes()) + "分钟，超过"
                    + Calc.num(maxRpo) + "分钟");
        }
        String rpoEn = b.rpoMinutes() == null ? "" : ", RPO " + Calc.num(b.rpoMinutes()) + " minutes";
        String rpoZh = b.rpoMinutes() == null ? "" : "，RPO为" + Calc.num(b.rpoMinutes()) + "分钟";
        String trades = Boolean.TRUE.equals(co.websiteTrading()) ? " (trading website)" : "";
        Common.decide(v, expected, note(co, s), rto.and(rpo),
                "RTO " + Calc.num(b.rtoMinutes()) + " minutes" + rpoEn + trades + (b.tested() == null ? ""
                        : ", measured " + b.tested()),
                "网站备份系统RTO为" + Calc.num(b.rtoMinutes()) + "分钟" + rpoZh
                        + (Boolean.TRUE.equals(co.websiteTrading()) ? "（网站具备交易功能）" : "") + "。", co, b);
    }

    /** x.4.3.8 (classes 1, 2) / x.4.3.9 (3, 4): an offline backup on the as-of date or the day before, media kept safe. */
    public static void offlineBackup(Assessment a, Clause c, Company co, Security s) {
        Verdict v = a.clause(c);
        LocalDate asOf = a.asOf();
        String expected = "a daily offline backup of the website's data (latest on the as-of date or the day before), "
                + "media stored securely";
        Website w = website(v, expected, co, s, "no website data to back up");
        if (w == null) {
            return;
        }
        OfflineBackup b = w.offlineBackup();
        if (b == null) {
            Common.missing(v, expected, "security.website.offlineBackup", "未提供网站数据离线备份情况。", w);
            return;
        }
        Eval daily;
        if (b.latest() == null) {
            daily = Eval.unknown("security.website.offlineBackup.latest", "latest offline backup not stated",
                    "最近一次离线备份日期未说明");
        } else if (b.latest().isAfter(asOf)) {
            daily = Eval.unknown("security.website.offlineBackup.latest", "latest offline backup dated " + b.latest()
                    + ", after the as-of date " + asOf + ": whether one was made on " + asOf + " or the day before "
                    + "is not known", "最近一次离线备份日期" + b.latest() + "晚于评估基准日" + asOf + "，无法说明基准日的情况");
        } else {
            daily = Eval.check(Calc.withinDays(b.latest(), asOf, 1),
                    "latest offline backup " + b.latest() + ", not on " + asOf + " or the day before",
                    "最近一次离线备份为" + b.latest() + "，未做到每天备份");
        }
        Eval safe = b.storedSecurely() == null
                ? Eval.unknown("security.website.offlineBackup.storedSecurely", "media storage not stated", "介质存放情况未说明")
                : Eval.check(b.storedSecurely(), "offline media not stored securely", "离线介质未安全存放");
        String where = Common.blank(b.storage()) ? "" : " in " + b.storage();
        Common.decide(v, expected, note(co, s), daily.and(safe),
                "latest offline backup " + b.latest() + (Common.blank(b.medium()) ? "" : " on " + b.medium())
                        + "; media stored securely" + where,
                "网站数据每天离线备份，最近一次为" + b.latest() + "；离线介质安全存放"
                        + (Common.blank(b.storage()) ? "" : "于" + b.storage()) + "。", b);
    }

    /** x.4.3.9 (classes 1, 2) / x.4.3.10 (3, 4): web and database services on different servers. */
    public static void webDbSeparation(Assessment a, Clause c, Company co, Security s) {
        Verdict v = a.clause(c);
        String expected = "the website's web service and database service on different servers";
        Website w = website(v, expected, co, s, "no website services to deploy");
        if (w == null) {
            return;
        }
        if (w.databaseServers() != null && w.databaseServers().isEmpty()) {
            // no database service: it cannot share a server with the web service (never NOT_APPLICABLE: the
            // clause's only condition-like word is the website itself)
            v.expected(expected).observed("the website has no database service (databaseServers: []): nothing "
                    + "shares the web servers").situation("网站不使用数据库服务，WEB服务不与数据库服务共用服务器。")
                    .facts(w).compliant();
            return;
        }
        Eval r = Eval.ok();
        if (w.webServers() == null || w.webServers().isEmpty()) {
            r = r.and(Eval.unknown("security.website.webServers", "web servers not stated", "WEB服务所在服务器未说明"));
        }
        if (w.databaseServers() == null) {
            r = r.and(Eval.unknown("security.website.databaseServers", "database servers not stated", "数据库服务所在服务器未说明"));
        }
        if (w.webServers() != null && w.databaseServers() != null) {
            Set<String> shared = new HashSet<>();
            for (String x : w.webServers()) {
                for (String y : w.databaseServers()) {
                    if (HostChecks.norm(x).equals(HostChecks.norm(y))) {
                        shared.add(x);
                    }
                }
            }
            List<String> sh = new ArrayList<>(shared);
            java.util.Collections.sort(sh);
            r = r.and(Eval.check(shared.isEmpty(), "web and database services share " + String.join(", ", sh),
                    "WEB服务与数据库服务部署在同一服务器：" + String.join("、", sh)));
        }
        String web = w.webServers() == null ? "servers not stated" : String.join(", ", w.webServers());
        String db = w.databaseServers() == null ? "servers not stated" : String.join(", ", w.databaseServers());
        Common.decide(v, expected, note(co, s), r, "web on " + web + "; database on " + db,
                "网站WEB服务部署在" + web + "，数据库服务部署在" + db + "，分别部署在不同服务器上。", w);
    }
}
