package io.fitg.rules.security;

import io.fitg.api.Clause;
import io.fitg.model.common.DocumentRecord;
import io.fitg.model.company.Company;
import io.fitg.model.security.AuthMethod;
import io.fitg.model.security.ContractDisclosure;
import io.fitg.model.security.ContractTopic;
import io.fitg.model.security.CustomerDataProtection;
import io.fitg.model.security.Disclosure;
import io.fitg.model.security.OnlineTrading;
import io.fitg.model.security.Security;
import io.fitg.model.security.TradingAreaVideo;
import io.fitg.model.security.TradingClient;
import io.fitg.model.security.TradingLine;
import io.fitg.rules.support.Assessment;
import io.fitg.rules.support.Tri;
import io.fitg.rules.support.Verdict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * x.4.4 网上交易安全. No clause here is conditional on online trading (the guideline never writes 开展网上交易的): the
 * online-trading records are judged whatever {@code company.onlineTrading} says, and their absence fails a company that
 * states it offers none (see {@link #online}). The customer-information clause applies to every company; the video
 * clause's own condition is a customer trading area (营业场所的客户交易区).
 */
public final class OnlineTradingChecks {
    private OnlineTradingChecks() {
    }

    /**
     * The online-trading section. The x.4.4 clauses carry no condition of their own: the guideline never writes
     * 开展网上交易的 (compare 开展互联网开户的), so they apply to every company and are never NOT_APPLICABLE. Whatever
     * {@code company.onlineTrading} says, the online-trading records given are judged; with none, a company that states
     * it offers no online trading does not have what the clause requires (NON_COMPLIANT), and one that does not say is
     * INSUFFICIENT_DATA. Null after deciding.
     */
    static OnlineTrading online(Verdict v, String expected, Company co, Security s) {
        if (s == null || s.onlineTrading() == null) {
            if (!none(v, expected, co, "no online-trading records", "无网上交易安全情况")) {
                Common.missing(v, expected, "security.onlineTrading", "未提供网上交易安全情况。", co);
            }
            return null;
        }
        return s.onlineTrading();
    }

    /**
     * NON_COMPLIANT when the company states it offers no online trading and the records the clause judges are absent
     * ({@code what}): the clause has no condition that would exempt it. False (nothing decided) otherwise.
     */
    static boolean none(Verdict v, String expected, Company co, String what, String whatZh, Object... facts) {
        if (co == null || !Boolean.FALSE.equals(co.onlineTrading())) {
            return false;
        }
        List<Object> f = new ArrayList<>(List.of(facts));
        f.add(0, co);
        v.expected(expected)
                .observed("the company offers no online trading (company.onlineTrading false) and has " + what
                        + "; the clause has no condition that would exempt it")
                .situation("公司未开展网上交易，" + whatZh + "；本条未设适用条件，不能豁免。")
                .facts(f.toArray()).nonCompliant();
        return true;
    }

    /**
     * A list the clause judges that is not stated ({@link #none} when the company offers no online trading, else
     * INSUFFICIENT_DATA) or empty: a stated empty list is never missing data (P9), and online trading is presumed of
     * every company, so an empty list means the thing the clause requires does not exist: NON_COMPLIANT.
     */
    static void noneOrMissingList(Verdict v, String expected, Company co, String path, List<?> list, String en,
                                  String zh, Object owner) {
        if (list != null) {
            v.expected(expected).observed(path + " is empty: " + en + "; the clause has no condition that would exempt "
                    + "the company").situation(zh + "（清单为空）；本条未设适用条件，不能豁免。").facts(co, owner)
                    .nonCompliant();
            return;
        }
        if (!none(v, expected, co, en, zh, owner)) {
            Common.missing(v, expected, path, zh + "。", owner);
        }
    }

    static String cpath(TradingClient t, String field) {
        return "security.onlineTrading.clients[" + (t.id() == null ? "?" : t.id()) + "]." + field;
    }

    static String methods(List<AuthMethod> m) {
        return m == null ? "methods not stated" : String.join(" + ", m.stream().distinct().map(AuthMethod::toString).toList());
    }

    static String methodsZh(List<AuthMethod> m) {
        return m == null ? "（认证方式未说明）" : String.join("、", m.stream().distinct().map(AuthMethod::zh).toList());
    }

    /** x.4.4.1: every client supports more than one way of authenticating to the server. */
    public static void authenticationMethods(Assessment a, Clause c, Company co, Security s) {
        Verdict v = a.clause(c);
        String expected = "every online-trading client supports several (at least 2) ways of authenticating to the server";
        OnlineTrading o = online(v, expected, co, s);
        if (o == null) {
            return;
        }
        if (o.clients() == null || o.clients().isEmpty()) {
            noneOrMissingList(v, expected, co, "security.onlineTrading.clients", o.clients(), "no online-trading client",
                    "未提供网上交易客户端清单", o);
            return;
        }
        Items<TradingClient> items = Items.all(o.clients(), t -> t.authMethods() == null
                ? Eval.unknown(cpath(t, "authMethods"), "authentication methods not stated", "认证方式未说明")
                : Eval.check(t.authMethods().stream().distinct().count() >= 2,
                "only " + methods(t.authMethods()), "仅支持" + methodsZh(t.authMethods())));
        List<String> en = o.clients().stream().map(t -> t.id() + ": " + methods(t.authMethods())).toList();
        List<String> zh = o.clients().stream().map(t -> t.id() + "支持" + methodsZh(t.authMethods())).toList();
        Common.decide(v, expected, items.eval("online-trading clients", "网上交易客户端"), String.join("; ", en),
                String.join("；", zh) + "。", items.cited());
    }

    /** x.4.4.2: authentication information stored encrypted on the servers. */
    public static void credentialEncryption(Assessment a, Clause c, Company co, Security s) {
        Verdict v = a.clause(c);
        String expected = "customers' authentication information stored encrypted on the servers";
        OnlineTrading o = online(v, expected, co, s);
        if (o == null) {
            return;
        }
        if (o.credentialStorage() == null) {
            if (!none(v, expected, co, "no statement of how credentials are stored", "未说明服务器上用户认证信息的存放方式", o)) {
                Common.missing(v, expected, "security.onlineTrading.credentialStorage", "未说明服务器上用户认证信息的存放方式。", o);
            }
            return;
        }
        Common.decide(v, expected, Eval.check(o.credentialStorage().encrypted(), "stored in plaintext",
                        "服务器上的用户认证信息明文存放"),
                "stored " + o.credentialStorage(), "服务器上的用户认证信息以" + o.credentialStorage().zh() + "方式存放。", o);
    }

    /** x.4.4.3: a customer contract in force stating the four online-trading risk topics. */
    public static void contractRiskTerms(Assessment a, Clause c, Company co, Security s) {
        Verdict v = a.clause(c);
        LocalDate asOf = a.asOf();
        String expected = "customer contracts in force stating the risks of online futures business, the company's and "
                + "the customer's risk controls, and the liability for those risks";
        OnlineTrading o = online(v, expected, co, s);
        if (o == null) {
            return;
        }
        ContractDisclosure k = o.contract();
        if (k == null) {
            if (!none(v, expected, co, "no online-futures contract terms", "未提供客户服务合同情况", o)) {
                Common.missing(v, expected, "security.onlineTrading.contract", "未提供客户服务合同情况。", o);
            }
            return;
        }
        Eval docs;
        if (k.documents() == null) {
            docs = Eval.unknown("security.onlineTrading.contract.documents", "contracts not stated", "未提供合同文本");
        } else {
            Tri any = Tri.FALSE;
            for (DocumentRecord d : k.documents()) {
                any = any.or(d.issued() == null ? (d.markedDraft() ? Tri.FALSE : Tri.UNKNOWN) : Tri.of(d.inForceOn(asOf)));
            }
            docs = switch (any) {
                case TRUE -> Eval.ok();
                case UNKNOWN -> Eval.unknown("security.onlineTrading.contract.documents[].issued",
                        "contract dates not stated", "合同文本未注明日期");
                case FALSE -> Eval.fail("no contract template in force", "没有有效的客户服务合同文本");
            };
        }
        Eval topics;
        if (k.topics() == null) {
            topics = Eval.unknown("security.onlineTrading.contract.topics", "contract topics not stated", "合同载明的内容未说明");
        } else {
            Set<ContractTopic> missing = EnumSet.allOf(ContractTopic.class);
            missing.removeAll(k.topics());
            topics = Eval.check(missing.isEmpty(),
                    "the contracts do not state: " + String.join(", ", missing.stream().map(ContractTopic::toString).toList()),
                    "合同未载明：" + String.join("、", missing.stream().map(ContractTopic::zh).toList()));
        }
        List<String> titles = k.documents() == null ? List.of()
                : k.documents().stream().map(DocumentRecord::title).filter(t -> !Common.blank(t)).toList();
        Common.decide(v, expected, docs.and(topics),
                "contracts (" + String.join(", ", titles) + ") state all four topics",
                "客户服务合同（" + String.join("、", titles) + "）已载明网上期货业务风险、公司和客户应采取的风险控制措施及责任承担。", k);
    }

    /** x.4.4.4: every client shows the reserved verification information at login. */
    public static void reservedVerification(Assessment a, Clause c, Company co, Security s) {
        Verdict v = a.clause(c);
        String expected = "every online-trading client shows the customer's reserved verification information at login";
        OnlineTrading o = online(v, expected, co, s);
        if (o == null) {
            return;
        }
        if (o.clients() == null || o.clients().isEmpty()) {
            noneOrMissingList(v, expected, co, "security.onlineTrading.clients", o.clients(), "no online-trading client",
                    "未提供网上交易客户端清单", o);
            return;
        }
        Items<TradingClient> items = Items.all(o.clients(), t -> t.reservedInfoAtLogin() == null
                ? Eval.unknown(cpath(t, "reservedInfoAtLogin"), "not stated", "未说明")
                : Eval.check(t.reservedInfoAtLogin(), "no reserved verification information at login",
                "登录时不显示预留验证信息"));
        Common.decide(v, expected, items.eval("online-trading clients", "网上交易客户端"),
                "clients: " + items.size() + " (" + items.labels() + "); all show it at login",
                "网上交易客户端" + items.size() + "个（" + items.labels() + "）均在登录时显示预留验证信息。", items.cited());
    }

    /** x.4.4.5 (classes 3, 4): at least one strong authentication mechanism offered. */
    public static void strongAuthentication(Assessment a, Clause c, Company co, Security s) {
        Verdict v = a.clause(c);
        String expected = "at least one strong authentication mechanism (OTP token, digital certificate, USB key or "
                + "biometrics) offered";
        OnlineTrading o = online(v, expected, co, s);
        if (o == null) {
            return;
        }
        if (o.clients() == null || o.clients().isEmpty()) {
            noneOrMissingList(v, expected, co, "security.onlineTrading.clients", o.clients(), "no online-trading client",
                    "未提供网上交易客户端清单", o);
            return;
        }
        Tri any = Tri.FALSE;
        List<String> missing = new ArrayList<>();
        List<TradingClient> strong = new ArrayList<>();
        for (TradingClient t : o.clients()) {
            if (t.authMethods() == null) {
                any = any.or(Tri.UNKNOWN);
                missing.add(cpath(t, "authMethods"));
            } else if (t.authMethods().stream().anyMatch(AuthMethod::strong)) {
                any = Tri.TRUE;
                strong.add(t);
            }
        }
        List<AuthMethod> offered = o.clients().stream().filter(t -> t.authMethods() != null)
                .flatMap(t -> t.authMethods().stream()).distinct().toList();
        List<AuthMethod> strongOnes = offered.stream().filter(AuthMethod::strong).toList();
        Eval r = switch (any) {
            case TRUE -> Eval.ok();
            case FALSE -> Eval.fail("only " + methods(offered) + " offered; none is strong",
                    "仅提供" + methodsZh(offered) + "，没有强度较高的认证方式");
            case UNKNOWN -> new Eval(Tri.UNKNOWN, List.of("some clients' methods are not stated"),
                    List.of("部分客户端认证方式未说明"), missing);
        };
        Common.decide(v, expected, r, "strong methods offered: " + methods(strongOnes) + " (" + String.join(", ",
                        strong.stream().map(TradingClient::id).toList()) + ")",
                "提供" + methodsZh(strongOnes) + "等强度较高的身份认证方式。", strong.isEmpty() ? o : strong);
    }

    /** x.4.4.5 (classes 1, 2) / x.4.4.6 (classes 3, 4): third-party assessment of the online trading system. */
    public static void thirdPartyAssessment(Assessment a, Clause c, Company co, Security s) {
        Verdict v = a.clause(c);
        String expected = "a security assessment or scan of the online trading system by a qualified firm within the "
                + "company's period, and its findings remedied in time";
        OnlineTrading o = online(v, expected, co, s);
        if (o == null) {
            return;
        }
        if (o.thirdPartyAssessments() == null && none(v, expected, co, "no third-party assessment of an online trading "
                + "system", "无网上交易系统第三方安全评估记录", o)) {
            return;
        }
        WebsiteChecks.thirdParty(v, a.asOf(), expected, o.thirdPartyAssessments(), o.thirdPartyIntervalDays(),
                "security.onlineTrading", "third-party online trading assessments", "网上交易系统第三方安全评估",
                new String[] {"", ""}, o);
    }

    /**
     * x.4.4.7 (classes 3, 4): at least one online-trading line of the core systems protected against DDoS: an
     * anti-DDoS device, carrier traffic scrubbing under an agreement in force on the as-of date (与基础运营商签署流量清洗
     * 协议: scrubbing without the agreement on record is not shown), or another described measure (等).
     */
    public static void antiDdos(Assessment a, Clause c, Company co, Security s) {
        Verdict v = a.clause(c);
        LocalDate asOf = a.asOf();
        String expected = "at least one online-trading line of the core systems protected against denial of service "
                + "(anti-DDoS device, or carrier traffic scrubbing under an agreement in force on the as-of date)";
        OnlineTrading o = online(v, expected, co, s);
        if (o == null) {
            return;
        }
        if (o.lines() == null || o.lines().isEmpty()) {
            noneOrMissingList(v, expected, co, "security.onlineTrading.lines", o.lines(), "no online-trading line",
                    "未提供网上交易线路清单", o);
            return;
        }
        Tri any = Tri.FALSE;
        List<String> missing = new ArrayList<>();
        List<String> unknownEn = new ArrayList<>();
        List<String> unknownZh = new ArrayList<>();
        List<String> failEn = new ArrayList<>();
        List<String> failZh = new ArrayList<>();
        List<TradingLine> protectedLines = new ArrayList<>();
        List<String> how = new ArrayList<>();
        List<String> howZh = new ArrayList<>();
        for (TradingLine l : o.lines()) {
            String id = l.id() == null ? "(no id)" : l.id();
            String p = "security.onlineTrading.lines[" + (l.id() == null ? "?" : l.id()) + "]";
            Tri device = Tri.of(l.antiDdosDevice());
            Tri scrub;
            String scrubEn = null;
            String scrubZh = null;
            String scrubMissing = null;
            if (l.trafficScrubbing() == null) {
                scrub = Tri.UNKNOWN;
                scrubMissing = p + ".trafficScrubbing";
                scrubEn = "traffic scrubbing not stated";
                scrubZh = "是否有流量清洗未说明";
            } else if (!l.trafficScrubbing()) {
                scrub = Tri.FALSE;
                scrubEn = "no traffic scrubbing";
                scrubZh = "无流量清洗";
            } else if (l.scrubbingAgreement() == null) {
                scrub = Tri.UNKNOWN;
                scrubMissing = p + ".scrubbingAgreement";
                scrubEn = "traffic scrubbing stated, but no scrubbing agreement with the carrier (流量清洗协议) is given";
                scrubZh = "称有流量清洗，但未提供与基础运营商签署的流量清洗协议";
            } else if (l.scrubbingAgreement().issued() == null && l.scrubbingAgreement().markedDraft()) {
                scrub = Tri.FALSE;
                scrubEn = "the scrubbing agreement is a draft that has not been signed";
                scrubZh = "流量清洗协议为草稿，尚未签署";
            } else if (l.scrubbingAgreement().issued() == null) {
                scrub = Tri.UNKNOWN;
                scrubMissing = p + ".scrubbingAgreement.issued";
                scrubEn = "the scrubbing agreement has no signing date";
                scrubZh = "流量清洗协议未注明签署日期";
            } else if (l.scrubbingAgreement().issued().isAfter(asOf)) {
                scrub = Tri.FALSE;
                scrubEn = "the scrubbing agreement was not signed until " + l.scrubbingAgreement().issued();
                scrubZh = "流量清洗协议于" + l.scrubbingAgreement().issued() + "才签署";
            } else if (!l.scrubbingAgreement().inForceOn(asOf)) {
                scrub = Tri.FALSE;
                scrubEn = "the scrubbing agreement expired on " + l.scrubbingAgreement().expires();
                scrubZh = "流量清洗协议已于" + l.scrubbingAgreement().expires() + "到期";
            } else {
                scrub = Tri.TRUE;
            }
            Tri other = Common.none(l.otherMeasure()) ? Tri.FALSE : Tri.TRUE;
            Tri line = device.or(scrub).or(other);
            if (line == Tri.TRUE) {
                protectedLines.add(l);
                if (device == Tri.TRUE) {
                    how.add(id + ": anti-DDoS device");
                    howZh.add(id + "部署防拒绝服务攻击设备");
                }
                if (scrub == Tri.TRUE) {
                    how.add(id + ": traffic scrubbing (agreement " + l.scrubbingAgreement().issued()
                            + (l.scrubbingAgreement().expires() == null ? "" : "–" + l.scrubbingAgreement().expires())
                            + ")");
                    howZh.add(id + "与基础运营商签署流量清洗协议（" + l.scrubbingAgreement().issued() + "签署）");
                }
                if (other == Tri.TRUE) {
                    how.add(id + ": " + l.otherMeasure());
                    howZh.add(id + "采取" + l.otherMeasure());
                }
            } else {
                List<String> en = new ArrayList<>();
                List<String> zh = new ArrayList<>();
                if (device == Tri.UNKNOWN) {
                    missing.add(p + ".antiDdosDevice");
                    en.add("anti-DDoS device not stated");
                    zh.add("是否部署防拒绝服务攻击设备未说明");
                } else {
                    en.add("no anti-DDoS device");
                    zh.add("未部署防拒绝服务攻击设备");
                }
                if (scrubMissing != null) {
                    missing.add(scrubMissing);
                }
                en.add(scrubEn);
                zh.add(scrubZh);
                if (line == Tri.UNKNOWN) {
                    unknownEn.add(id + " (" + String.join("; ", en) + ")");
                    unknownZh.add(id + "（" + String.join("，", zh) + "）");
                } else {
                    failEn.add(id + " (" + String.join("; ", en) + ")");
                    failZh.add(id + "（" + String.join("，", zh) + "）");
                }
            }
            any = any.or(line);
        }
        Eval r = switch (any) {
            case TRUE -> Eval.ok();
            case FALSE -> Eval.fail("none of the " + o.lines().size() + " lines has an anti-DDoS measure: "
                            + String.join("; ", failEn),
                    "网上交易线路" + o.lines().size() + "条均未部署防拒绝服务攻击措施：" + String.join("；", failZh));
            case UNKNOWN -> new Eval(Tri.UNKNOWN, List.of("no line is known to be protected: "
                    + String.join("; ", unknownEn) + (failEn.isEmpty() ? "" : "; " + String.join("; ", failEn))),
                    List.of("没有确知已部署防拒绝服务攻击措施的线路：" + String.join("；", unknownZh)
                            + (failZh.isEmpty() ? "" : "；" + String.join("；", failZh))), missing);
        };
        Common.decide(v, expected, r, String.join("; ", how), String.join("；", howZh) + "。",
                protectedLines.isEmpty() ? o.lines() : protectedLines);
    }

    /**
     * x.4.4.6 (classes 1, 2) / x.4.4.8 (3, 4): a customer-information protection policy in force, and no trading data
     * or customer information given to anyone but the CSRC, law enforcement or audit authorities without the
     * customer's permission and the company's approval. Applies to every company.
     */
    public static void customerDataProtection(Assessment a, Clause c, Security s) {
        Verdict v = a.clause(c);
        LocalDate asOf = a.asOf();
        String expected = "a customer-information protection policy in force; data given to third parties other than the "
                + "CSRC, law enforcement and audit authorities only with the customer's permission and the company's "
                + "approval";
        CustomerDataProtection d = s.customerData();
        if (d == null) {
            Common.missing(v, expected, "security.customerData", "未提供客户信息保护情况。", s);
            return;
        }
        Eval policy = Common.inForce(d.policy(), asOf, "security.customerData.policy", "protection policy",
                "客户信息保护制度");
        Eval log;
        Items<Disclosure> items = null;
        if (d.disclosures() == null) {
            log = Eval.unknown("security.customerData.disclosures", "disclosure log not stated", "未提供对外提供数据的记录");
        } else {
            // disclosures dated after the as-of date have not happened yet (P3)
            List<Disclosure> past = d.disclosures().stream().filter(x -> x.date() == null || !x.date().isAfter(asOf))
                    .toList();
            items = Items.all(past, x -> disclosure(x));
            log = items.eval("disclosures", "对外提供数据");
        }
        int n = items == null ? 0 : items.size();
        Common.decide(v, expected, policy.and(log),
                "policy issued " + (d.policy() == null ? "" : d.policy().issued()) + "; " + (n == 0
                        ? "no disclosure on or before " + asOf : n + " disclosures on or before " + asOf
                        + ", each exempt or with consent and approval"),
                "已制定客户信息保护制度；" + (n == 0 ? "评估基准日前未对外提供交易数据或客户信息。"
                        : n + "次对外提供交易数据或客户信息均为向监管、执法、审计机关提供或经客户允许和公司审批。"),
                d, items == null ? List.of() : items.cited());
    }

    static Eval disclosure(Disclosure x) {
        String p = "security.customerData.disclosures[" + (x.id() == null ? "?" : x.id()) + "]";
        if (x.recipientKind() != null && x.recipientKind().exempt()) {
            return Eval.ok();
        }
        Tri consent = Tri.of(x.customerConsent());
        Tri approval = Tri.of(x.companyApproval());
        Tri both = consent.and(approval);
        if (both == Tri.TRUE) {
            return Eval.ok();
        }
        String to = Common.blank(x.recipient()) ? "a third party" : x.recipient();
        if (x.recipientKind() == null) {
            return Eval.unknown(p + ".recipientKind", "given to " + to + " without consent and approval on record; "
                    + "recipient kind not stated", "向" + to + "提供数据，接收方类型未说明");
        }
        if (both == Tri.FALSE) {
            List<String> lacking = new ArrayList<>();
            List<String> lackingZh = new ArrayList<>();
            if (consent == Tri.FALSE) {
                lacking.add("customer's permission");
                lackingZh.add("客户允许");
            }
            if (approval == Tri.FALSE) {
                lacking.add("company's approval");
                lackingZh.add("公司审批");
            }
            return Eval.fail("given to " + to + " without the " + String.join(" and the ", lacking),
                    x.date() + "未经" + String.join("和", lackingZh) + "向" + to + "提供数据");
        }
        List<String> m = new ArrayList<>();
        if (consent == Tri.UNKNOWN) {
            m.add(p + ".customerConsent");
        }
        if (approval == Tri.UNKNOWN) {
            m.add(p + ".companyApproval");
        }
        return new Eval(Tri.UNKNOWN, List.of("consent or approval not stated"), List.of("客户允许或公司审批情况未说明"), m);
    }

    /**
     * x.4.4.7 (classes 1, 2) / x.4.4.9 (3, 4): video in every customer trading area, all sessions, kept long enough.
     * The condition (营业场所的客户交易区) follows the records as well as {@code company.customerTradingArea} (P1): listed
     * trading areas are judged whatever the flag says; NOT_APPLICABLE only when the flag is false, or unstated with
     * {@code tradingAreas: []}, and no area is listed.
     */
    public static void tradingAreaVideo(Assessment a, Clause c, Company co, Security s) {
        Verdict v = a.clause(c);
        int months = c.intParam("minMonths");
        String expected = "video surveillance in every customer trading area, covering all trading sessions, recordings "
                + "kept at least " + months + " months";
        Boolean flag = co.customerTradingArea();
        List<TradingAreaVideo> areas = s == null ? null : s.tradingAreas();
        if (areas == null || areas.isEmpty()) {
            if (Boolean.FALSE.equals(flag)) {
                Common.notApplicable(v, expected, "no customer trading area (company.customerTradingArea false)",
                        "营业场所未设客户交易区。", co);
            } else if (areas == null) {
                Common.missing(v, expected, "security.tradingAreas", "security.tradingAreas not stated",
                        flag == null ? "未说明是否设有客户交易区及其录像监控情况。" : "营业场所设有客户交易区，但未提供其录像监控情况。", co);
            } else if (flag == null) {
                Common.notApplicable(v, expected, "no customer trading area (security.tradingAreas is empty; "
                        + "company.customerTradingArea not stated)", "营业场所未设客户交易区。", co, s);
            } else {
                Common.missing(v, expected, "company.customerTradingArea, security.tradingAreas",
                        "company.customerTradingArea is true, but security.tradingAreas is empty: the two disagree",
                        "公司称设有客户交易区，但客户交易区清单为空，二者不一致。", co, s);
            }
            return;
        }
        Items<TradingAreaVideo> items = Items.all(areas, t -> {
            String p = "security.tradingAreas[" + (t.id() == null ? "?" : t.id()) + "]";
            Eval installed = t.installed() == null
                    ? Eval.unknown(p + ".installed", "video installation not stated", "是否安装录像监控未说明")
                    : Eval.check(t.installed(), "no video surveillance", "未安装录像监控设施");
            Eval sessions = t.coversAllTradingSessions() == null
                    ? Eval.unknown(p + ".coversAllTradingSessions", "coverage of trading sessions not stated", "是否覆盖所有交易时段未说明")
                    : Eval.check(t.coversAllTradingSessions(), "does not cover all trading sessions", "未覆盖所有交易时段");
            Boolean kept = Retention.covers(t.retentionYears(), t.retentionMonths(), t.retentionDays(), months, a.asOf());
            Eval retention = kept == null
                    ? Eval.unknown(p + ".retentionDays", "retention not stated", "录像保存期限未说明")
                    : Eval.check(kept, "recordings kept " + Retention.describe(t.retentionYears(), t.retentionMonths(),
                            t.retentionDays()) + ", less than " + months + " months",
                    "录像保存" + Retention.describeZh(t.retentionYears(), t.retentionMonths(), t.retentionDays()) + "，不足"
                            + months + "个月");
            return installed.and(sessions).and(retention);
        });
        String[] note = Boolean.FALSE.equals(flag)
                ? new String[] {"company.customerTradingArea is false, but security.tradingAreas lists "
                        + String.join(", ", areas.stream().map(Items::label).toList()) + ", which "
                        + (areas.size() == 1 ? "is" : "are") + " judged: ",
                        "公司称未设客户交易区，但提供了客户交易区" + String.join("、", areas.stream().map(Items::label).toList())
                                + "，据此判断："}
                : new String[] {"", ""};
        List<String> en = areas.stream().map(t -> Items.label(t) + " kept "
                + Retention.describe(t.retentionYears(), t.retentionMonths(), t.retentionDays())).toList();
        List<String> zh = areas.stream().map(t -> (Common.blank(t.premises()) ? Items.label(t) : t.premises())
                + "录像保存" + Retention.describeZh(t.retentionYears(), t.retentionMonths(), t.retentionDays())).toList();
        Common.decide(v, expected, note, items.eval("customer trading areas", "客户交易区"),
                "customer trading areas: " + items.size() + "; all filmed over all sessions; " + String.join(", ", en),
                "客户交易区" + items.size() + "处均安装录像监控并覆盖所有交易时段；" + String.join("，", zh) + "。",
                co, items.cited());
    }
}
