package io.fitg.rules.security;

import io.fitg.api.Clause;
import io.fitg.model.Sections;
import io.fitg.model.company.Company;
import io.fitg.model.security.Host;
import io.fitg.model.security.Isolation;
import io.fitg.model.security.IsolationMethod;
import io.fitg.model.security.NetworkZone;
import io.fitg.model.security.Security;
import io.fitg.rules.support.Assessment;
import io.fitg.rules.support.Tri;
import io.fitg.rules.support.Verdict;

import java.util.ArrayList;
import java.util.List;

import static io.fitg.rules.security.Common.blank;

/**
 * x.4.1 网络隔离. A pair of networks is effectively isolated (1.4.4) when every isolation record about the pair
 * names a measure other than {@code none} ({@code equivalent} with a description). A pair with no record is
 * INSUFFICIENT_DATA; a network the company states it does not have needs no isolation.
 */
public final class IsolationChecks {
    private IsolationChecks() {
    }

    /** The isolation of {@code a} from {@code b} as one part of a clause. */
    static Eval pair(Security s, NetworkZone a, NetworkZone b, List<Object> cited) {
        String en = a + "–" + b;
        String zh = a.zh() + "与" + b.zh();
        if (s.isolation() == null) {
            return Eval.unknown("security.isolation", "no isolation records", "未提供网络隔离情况");
        }
        List<Isolation> records = s.isolation().stream().filter(i -> i.separates(a, b)).toList();
        // a record without 'between' might be about any pair: it can only stand aside when its measure is effective
        List<Isolation> unplaced = s.isolation().stream()
                .filter(i -> i.between() == null && (i.method() == null || !i.method().effective())).toList();
        cited.addAll(records);
        if (records.isEmpty()) {
            return Eval.unknown("security.isolation", "no isolation record for " + en, "未说明" + zh + "的隔离情况");
        }
        Eval r = Eval.ok();
        for (Isolation i : records) {
            String id = i.id() == null ? "?" : i.id();
            if (i.method() == null) {
                r = r.and(Eval.unknown("security.isolation[" + id + "].method", en + ": " + id + " states no method",
                        zh + "：" + id + "未说明隔离方式"));
            } else if (i.method() == IsolationMethod.NONE) {
                r = r.and(Eval.fail(en + " not isolated (" + id + ")", zh + "未实现隔离（" + id + "）"));
            } else if (i.method() == IsolationMethod.EQUIVALENT && blank(i.description())) {
                r = r.and(Eval.unknown("security.isolation[" + id + "].description",
                        en + ": " + id + " names an equivalent measure without describing it",
                        zh + "：" + id + "称采用等效措施但未说明具体措施"));
            }
        }
        if (r.passes() && !unplaced.isEmpty()) {
            List<String> paths = unplaced.stream()
                    .map(i -> "security.isolation[" + (i.id() == null ? "?" : i.id()) + "].between").toList();
            r = new Eval(Tri.UNKNOWN, List.of("isolation records without networks (" + String.join(", ", paths)
                    + ") might concern " + en), List.of("部分隔离记录未说明所隔离的网络"), paths);
        }
        return r;
    }

    static String describe(Security s, NetworkZone a, NetworkZone b) {
        List<String> m = s.isolation() == null ? List.of() : s.isolation().stream().filter(i -> i.separates(a, b))
                .map(i -> i.method() == null ? "method not stated" : i.method().toString()).distinct().toList();
        return a + "–" + b + ": " + String.join(" + ", m);
    }

    static String describeZh(Security s, NetworkZone a, NetworkZone b) {
        List<String> m = s.isolation() == null ? List.of() : s.isolation().stream().filter(i -> i.separates(a, b))
                .map(i -> i.method() == null ? "未说明的方式" : i.method().zh()).distinct().toList();
        return a.zh() + "与" + b.zh() + "之间采用" + String.join("、", m) + "隔离";
    }

    /**
     * Production isolated from each of {@code others}; networks the company states it lacks are skipped (nothing is
     * connected to them), and when it lacks all of them the clause is met — never NOT_APPLICABLE, as the isolation
     * clauses state no condition.
     */
    static void fromProduction(Verdict v, Security s, String expected, NetworkZone... others) {
        List<Object> cited = new ArrayList<>();
        cited.add(s);
        List<Eval> parts = new ArrayList<>();
        List<String> okEn = new ArrayList<>();
        List<String> okZh = new ArrayList<>();
        List<String> absentEn = new ArrayList<>();
        List<String> absentZh = new ArrayList<>();
        for (NetworkZone z : others) {
            if (s.lacks(z)) {
                absentEn.add(z.toString());
                absentZh.add(z.zh());
                continue;
            }
            parts.add(pair(s, NetworkZone.PRODUCTION, z, cited));
            okEn.add(describe(s, NetworkZone.PRODUCTION, z));
            okZh.add(describeZh(s, NetworkZone.PRODUCTION, z));
        }
        if (parts.isEmpty()) {
            // the clause has no condition: a network that does not exist is connected to nothing (物理分隔)
            v.expected(expected).observed("the company has no " + String.join(" or ", absentEn)
                            + " network (security.absentNetworks): nothing to isolate")
                    .situation("公司无" + String.join("、", absentZh) + "，生产网与其不存在连接。").facts(cited.toArray())
                    .compliant();
            return;
        }
        String absent = absentEn.isEmpty() ? "" : "; no " + String.join(", ", absentEn) + " network";
        String absentZhText = absentZh.isEmpty() ? "" : "；公司无" + String.join("、", absentZh);
        Common.decide(v, expected, Eval.all(parts), String.join("; ", okEn) + absent,
                String.join("；", okZh) + absentZhText + "。", cited);
    }

    public static void productionInternet(Assessment a, Clause c, Security s) {
        fromProduction(a.clause(c), s, "production network effectively isolated from the internet (1.4.4)",
                NetworkZone.INTERNET);
    }

    public static void productionOffice(Assessment a, Clause c, Security s) {
        fromProduction(a.clause(c), s, "production network effectively isolated from the office network (1.4.4)",
                NetworkZone.OFFICE);
    }

    public static void productionExternal(Assessment a, Clause c, Security s) {
        if (!c.flag("customerNetworks", true)) {
            // the earlier edition's 4.4.1.5: 生产网与交易所、银行等外联单位网络应实现有效隔离 (no customers' networks)
            fromProduction(a.clause(c), s, "production network effectively isolated from the networks of the exchanges, "
                    + "the banks and other external parties (1.4.4)", NetworkZone.EXCHANGE, NetworkZone.BANK);
            return;
        }
        fromProduction(a.clause(c), s, "production network effectively isolated from the exchanges', the banks' and "
                + "customers' networks (1.4.4)", NetworkZone.EXCHANGE, NetworkZone.BANK, NetworkZone.CUSTOMER);
    }

    public static void productionDevTest(Assessment a, Clause c, Security s) {
        fromProduction(a.clause(c), s, "production network effectively isolated from the development and test "
                + "networks (1.4.4)", NetworkZone.DEVELOPMENT, NetworkZone.TEST);
    }

    /**
     * x.4.1.4: like the other isolation clauses it states no condition: with no branch ({@code branches: []}) or no
     * branch network ({@code absentNetworks: [branch]}) there is nothing to isolate, so the clause is met.
     */
    public static void productionBranch(Assessment a, Clause c, Sections sections, List<?> branches, Security s) {
        Verdict v = a.clause(c);
        String expected = "HQ production network effectively isolated from the branches' networks (1.4.4)";
        if (sections != null && sections.has("branches") && branches.isEmpty()) {
            v.expected(expected).observed("the company has no branch (branches: []): no branch network, nothing to "
                            + "isolate").situation("公司无分支机构，总部生产网与分支机构网络不存在连接。")
                    .facts(sections).compliant();
            return;
        }
        if (s == null) {
            Common.missing(v, expected, "security.isolation", "未提供网络隔离情况。");
            return;
        }
        fromProduction(v, s, expected, NetworkZone.BRANCH);
    }

    /**
     * x.4.1.2: the clause states no condition. Without a website ({@code company.hasWebsite} false or
     * {@code absentNetworks: [website]}) and no isolation record about it there is nothing to isolate: met. Online
     * trading is no condition either (the guideline never writes 开展网上交易的): the isolation records are judged
     * whatever {@code company.onlineTrading} says; a company that states it offers no online trading (or lists
     * online-trading among its absent networks) and has no website–online-trading record fails, as it has no online
     * trading system isolated from its website.
     */
    public static void websiteOnlineTrading(Assessment a, Clause c, Company co, Security s) {
        Verdict v = a.clause(c);
        String expected = "website effectively isolated from the online trading system (1.4.4)";
        boolean records = s != null && s.isolation() != null
                && s.isolation().stream().anyMatch(i -> i.separates(NetworkZone.WEBSITE, NetworkZone.ONLINE_TRADING));
        boolean noWebsite = Boolean.FALSE.equals(co.hasWebsite()) || (s != null && s.lacks(NetworkZone.WEBSITE));
        if (noWebsite && !records) {
            v.expected(expected).observed("the company has no website (" + (Boolean.FALSE.equals(co.hasWebsite())
                            ? "company.hasWebsite false" : "security.absentNetworks: [website]") + "): nothing to isolate")
                    .situation("公司无网站，网站与网上交易系统不存在连接。").facts(co).compliant();
            return;
        }
        boolean noOnline = Boolean.FALSE.equals(co.onlineTrading()) || (s != null && s.lacks(NetworkZone.ONLINE_TRADING));
        if (noOnline && !records) {
            v.expected(expected)
                    .observed("the company offers no online trading and has no website–online-trading isolation; the "
                            + "clause has no condition that would exempt it")
                    .situation("公司未开展网上交易，无网站与网上交易系统的隔离；本条未设适用条件，不能豁免。")
                    .facts(s == null ? new Object[] {co} : new Object[] {co, s}).nonCompliant();
            return;
        }
        if (s == null) {
            Common.missing(v, expected, "security.isolation", "未提供网络隔离情况。", co);
            return;
        }
        List<Object> cited = new ArrayList<>();
        cited.add(co);
        Eval r = pair(s, NetworkZone.WEBSITE, NetworkZone.ONLINE_TRADING, cited);
        if (co.hasWebsite() == null && !r.passes()) {
            r = r.and(Eval.unknown("company.hasWebsite", "whether the company has a website", "是否有网站未说明"));
        }
        Common.decide(v, expected, r, describe(s, NetworkZone.WEBSITE, NetworkZone.ONLINE_TRADING),
                describeZh(s, NetworkZone.WEBSITE, NetworkZone.ONLINE_TRADING) + "。", cited);
    }

    /**
     * x.4.1.7 (class 4): a separate management network (isolated from production) through which every device
     * supporting the core systems is managed.
     */
    public static void managementNetwork(Assessment a, Clause c, Security s) {
        Verdict v = a.clause(c);
        String expected = "a separate management network, isolated from production, through which every network and "
                + "host device supporting the core systems is managed";
        List<Object> cited = new ArrayList<>();
        cited.add(s);
        Eval net;
        if (s.lacks(NetworkZone.MANAGEMENT)) {
            net = Eval.fail("the company states it has no management network", "公司无独立的管理网络");
        } else {
            net = pair(s, NetworkZone.PRODUCTION, NetworkZone.MANAGEMENT, cited);
        }
        Eval devices;
        Items<Host> items = null;
        if (s.hosts() == null) {
            devices = Eval.unknown("security.hosts", "no host inventory", "未提供主机设备清单");
        } else {
            items = Items.of(s.hosts(), h -> coreDevice(h), h -> h.managedOutOfBand() == null
                    ? Eval.unknown(HostChecks.path(h, "managedOutOfBand"), "management path not stated", "管理方式未说明")
                    : Eval.check(h.managedOutOfBand(), "managed in band, over the production network",
                    "通过生产网进行管理"));
            // every futures company has devices supporting its core systems: an inventory without any fails
            devices = items.eval("devices supporting the core systems", "支持核心业务的网络、主机设备",
                    Eval.fail((s.hosts().isEmpty() ? "the host inventory is empty (security.hosts: [])"
                                    : "no device supporting the core systems in the host inventory")
                                    + ": none is shown managed through the management network",
                            (s.hosts().isEmpty() ? "主机清单为空" : "设备清单中没有支持核心业务的网络、主机设备")
                                    + "，无法说明其通过独立管理网络管理"));
            cited.addAll(items.cited());
        }
        int n = items == null ? 0 : items.size();
        Common.decide(v, expected, net.and(devices),
                describe(s, NetworkZone.PRODUCTION, NetworkZone.MANAGEMENT) + "; devices supporting the core systems: " + n
                        + " (" + (items == null ? "" : items.labels()) + "), all managed out of band"
                        + (items == null ? "" : items.maybeNote()),
                describeZh(s, NetworkZone.PRODUCTION, NetworkZone.MANAGEMENT) + "；支持核心业务的" + n
                        + "项网络、主机设备均通过独立管理网络管理" + (items == null ? "" : items.maybeNoteZh()) + "。", cited);
    }

    /** Devices "supporting core business": core hosts, network devices and storage (any kind) marked core. */
    static Eval coreDevice(Host h) {
        if (h.core() == null) {
            return Eval.unknown(HostChecks.path(h, "core"), "whether it supports the core systems is not stated",
                    "是否支持核心业务未说明");
        }
        return h.core() ? Eval.ok() : Eval.fail("", "");
    }
}
