package io.fitg.rules.security;

import io.fitg.api.Clause;
import io.fitg.model.company.Company;
import io.fitg.model.security.AntivirusPolicy;
import io.fitg.model.security.DeviceConnection;
import io.fitg.model.security.DeviceConnections;
import io.fitg.model.security.Host;
import io.fitg.model.security.HostKind;
import io.fitg.model.security.IncomingScan;
import io.fitg.model.security.InternetTransfer;
import io.fitg.model.security.PatchManagement;
import io.fitg.model.security.ScanPolicy;
import io.fitg.model.security.Security;
import io.fitg.model.common.ActivityRecord;
import io.fitg.rules.support.Assessment;
import io.fitg.rules.support.Tri;
import io.fitg.rules.support.Verdict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** x.4.2 防病毒、补丁和安全加固: rules over the host inventory and the security policies' periods. */
public final class HostChecks {
    private HostChecks() {
    }

    /** Network services that must not run on production servers (x.4.2.7/x.4.2.8 telnet、ftp等有安全隐患的服务). */
    public static final Set<String> INSECURE_SERVICES = Set.of("telnet", "ftp", "tftp", "rsh", "rlogin", "rexec");
    /** Administration and file-transfer protocols that do not encrypt. */
    public static final Set<String> PLAIN_PROTOCOLS = Set.of("telnet", "ftp", "tftp", "rsh", "rlogin", "rexec", "http",
            "vnc", "snmpv1", "snmpv2c", "x11");
    /** Administration and file-transfer protocols that encrypt (例如SSH). */
    public static final Set<String> ENCRYPTED_PROTOCOLS = Set.of("ssh", "sftp", "scp", "ftps", "https", "rdp", "tls",
            "snmpv3", "ipsec", "winrm-https");

    static String path(Host h, String field) {
        return "security.hosts[" + (h.id() == null ? "?" : h.id()) + "]." + field;
    }

    static String norm(String s) {
        return s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
    }

    /** In scope when a Boolean field is true; unknown when it is null. */
    static Eval flag(Host h, Boolean value, String field) {
        if (value == null) {
            return Eval.unknown(path(h, field), field + " not stated", field + "未说明");
        }
        return value ? Eval.ok() : Eval.fail("", "");
    }

    /** A production server (生产环境服务器). */
    static Eval productionServer(Host h) {
        if (Boolean.FALSE.equals(h.production()) || (h.kind() != null && h.kind() != HostKind.SERVER)) {
            return Eval.fail("", "");
        }
        Eval r = Eval.ok();
        if (h.production() == null) {
            r = r.and(Eval.unknown(path(h, "production"), "whether it is in production is not stated", "是否属于生产环境未说明"));
        }
        if (h.kind() == null) {
            r = r.and(Eval.unknown(path(h, "kind"), "its kind is not stated", "设备类型未说明"));
        }
        return r;
    }

    static Eval noUnneededPorts(Host h) {
        if (h.unneededOpenPorts() == null) {
            return Eval.unknown(path(h, "unneededOpenPorts"), "open unneeded ports not stated", "不需要的端口关闭情况未说明");
        }
        return Eval.check(h.unneededOpenPorts().isEmpty(),
                "unneeded ports still open: " + String.join(", ", h.unneededOpenPorts()),
                "不需要的端口仍开放：" + String.join("、", h.unneededOpenPorts()));
    }

    // ---------------------------------------------------------------- x.4.2.1

    /**
     * x.4.2.1: a patch procedure in force, its review period, and a patch review within that period. The guideline's
     * 及时 has no trigger on record (patch releases are not listed), so it is read as a recurring review: the
     * company's period, capped at a year (P2).
     */
    public static void patchManagement(Assessment a, Clause c, Security s) {
        Verdict v = a.clause(c);
        LocalDate asOf = a.asOf();
        PatchManagement p = s.patching();
        Common.Period period = Common.Period.regular(p == null ? null : p.reviewIntervalDays(),
                "security.patching.reviewIntervalDays");
        Integer days = period.days();
        String expected = "a patch management procedure in force, and a review of the core systems' system-software "
                + "patches (learn, assess, test, install) within " + period.en() + " before the as-of date";
        if (p == null) {
            Common.missing(v, expected, "security.patching", "未提供补丁管理情况。", s);
            return;
        }
        Eval policy = Common.inForce(p.policy(), asOf, "security.patching.policy", "patch procedure", "补丁管理制度");
        Eval periodEval = days == null
                ? Eval.unknown("security.patching.reviewIntervalDays", "review period not stated", "补丁评估周期未说明")
                : Eval.ok();
        Eval recent;
        LocalDate last = null;
        if (p.reviews() == null) {
            recent = Eval.unknown("security.patching.reviews", "patch reviews not stated", "未提供补丁评估记录");
        } else {
            last = p.reviews().stream().map(ActivityRecord::date).filter(d -> d != null && !d.isAfter(asOf))
                    .max(LocalDate::compareTo).orElse(null);
            boolean undated = p.reviews().stream().anyMatch(r -> r.date() == null);
            long later = p.reviews().stream().filter(r -> r.date() != null && r.date().isAfter(asOf)).count();
            String laterEn = later == 0 ? "" : " (" + later + " dated after it do not count)";
            String laterZh = later == 0 ? "" : "（" + later + "条晚于评估基准日的记录不计）";
            if (days == null) {
                recent = Eval.ok();
            } else if (last != null && Common.withinDays(last, asOf, days)) {
                recent = Eval.ok();
            } else if (undated) {
                recent = Eval.unknown("security.patching.reviews[].date", "some patch reviews are undated",
                        "部分补丁评估记录未注明日期");
            } else if (last == null) {
                recent = Eval.fail("no patch review on or before " + asOf + laterEn,
                        "评估基准日" + asOf + "前没有补丁了解、评估记录" + laterZh);
            } else {
                recent = Eval.fail("latest patch review " + last + ", more than " + period.en() + " before " + asOf
                                + laterEn,
                        "最近一次补丁评估为" + last + "，距评估基准日超过" + period.zh() + laterZh);
            }
        }
        Common.decide(v, expected, policy.and(periodEval).and(recent),
                "procedure issued " + (p.policy() == null ? "" : p.policy().issued()) + "; latest patch review "
                        + last + ", within " + period.en(),
                "已制定补丁管理制度（" + (p.policy() == null ? "" : p.policy().issued()) + "）；最近一次补丁了解、评估为"
                        + last + "，在" + period.zh() + "内。",
                s, p);
    }

    // ---------------------------------------------------------------- x.4.2.2

    /**
     * x.4.2.2: every Windows machine has antivirus, fresh signatures and a recent full check. The condition
     * (使用Windows平台的计算机) follows the records as well as {@code company.usesWindows} (P1): a host with
     * {@code windows: true} is judged whatever the flag says; NOT_APPLICABLE only when the flag is false, or unstated
     * with an inventory that shows no Windows machine, and no host shows one.
     */
    public static void windowsAntivirus(Assessment a, Clause c, Company co, Security s) {
        Verdict v = a.clause(c);
        LocalDate asOf = a.asOf();
        AntivirusPolicy p = s == null ? null : s.antivirus();
        String pp = "security.antivirus";
        Common.Period scan = Common.Period.regular(p == null ? null : p.fullScanIntervalDays(), pp + ".fullScanIntervalDays");
        Common.Period sig = Common.Period.timely(p == null ? null : p.signatureMaxAgeDays(), pp + ".signatureMaxAgeDays");
        Integer scanDays = scan.days();
        Integer sigDays = sig.days();
        String expected = "antivirus on every Windows machine, a full check within " + scan.en()
                + " and virus signatures no older than " + sig.en();
        Boolean flag = co.usesWindows();
        List<Host> hosts = s == null ? null : s.hosts();
        if (hosts == null) {
            if (Boolean.FALSE.equals(flag)) {
                Common.notApplicable(v, expected, "the company does not use the Windows platform (company.usesWindows "
                        + "false)", "公司未使用Windows平台。", co);
            } else {
                Common.missing(v, expected, "security.hosts", "未提供主机清单。", co);
            }
            return;
        }
        Items<Host> items = Items.of(hosts, h -> flag(h, h.windows(), "windows"), h -> {
            if (h.antivirus() == null) {
                return Eval.unknown(path(h, "antivirus"), "antivirus not stated", "是否部署防病毒软件未说明");
            }
            if (!h.antivirus()) {
                return Eval.fail("no antivirus", "未部署防病毒软件");
            }
            return Common.withinPolicy(h.signaturesUpdated(), sigDays, asOf, path(h, "signaturesUpdated"),
                            pp + ".signatureMaxAgeDays", "virus signatures", "病毒库")
                    .and(Common.withinPolicy(h.lastFullVirusScan(), scanDays, asOf, path(h, "lastFullVirusScan"),
                            pp + ".fullScanIntervalDays", "last full check", "最近一次全面检查"));
        });
        List<Object> cited = new ArrayList<>(List.of(co));
        cited.addAll(items.cited());
        if (items.known().isEmpty()) {
            if (Boolean.FALSE.equals(flag)) {
                Common.notApplicable(v, expected, "the company does not use the Windows platform (company.usesWindows "
                        + "false) and no host in security.hosts is marked windows: true", "公司未使用Windows平台，主机清单中也没有Windows计算机。", co);
                return;
            }
            if (items.maybe().isEmpty()) {
                if (flag == null) {
                    Common.notApplicable(v, expected, "no host in the inventory runs Windows (" + (hosts.isEmpty()
                                    ? "security.hosts is empty" : "every entry of security.hosts has windows: false")
                                    + "; company.usesWindows not stated)", "主机清单中没有使用Windows平台的计算机。",
                            co, s);
                } else {
                    Common.missing(v, expected, "company.usesWindows, security.hosts", "company.usesWindows is true, but "
                            + "no host in security.hosts runs Windows: the two disagree", "公司称使用Windows平台，但主机清单"
                            + "中没有Windows计算机，二者不一致。", cited);
                }
                return;
            }
        }
        String disagree = Boolean.FALSE.equals(flag) && !items.known().isEmpty()
                ? "company.usesWindows is false, but " + items.labels() + (items.size() == 1 ? " runs" : " run")
                + " Windows; " : "";
        String disagreeZh = Boolean.FALSE.equals(flag) && !items.known().isEmpty()
                ? "公司称未使用Windows平台，但" + items.labels() + "使用Windows平台；" : "";
        Eval r = items.eval("Windows machines", "Windows计算机", Eval.unknown("security.hosts[].windows",
                "whether any host runs Windows is not stated", "是否有Windows计算机未说明"));
        if (!disagree.isEmpty() && !r.passes()) {
            r = new Eval(r.t(), List.of(disagree + r.enText()), List.of(disagreeZh + r.zhText()), r.missing());
        }
        Common.decide(v, expected, r,
                disagree + "Windows machine entries: " + items.size() + " (" + items.labels() + "); all run antivirus, "
                        + "signatures within " + sig.en() + ", full check within " + scan.en() + items.maybeNote(),
                disagreeZh + "Windows计算机" + items.size() + "项（" + items.labels() + "）均已部署防病毒软件，病毒库在"
                        + sig.zh() + "内更新，" + scan.zh() + "内做过全面检查" + items.maybeNoteZh() + "。", cited);
    }

    // ---------------------------------------------------------------- x.4.2.3

    /**
     * x.4.2.3: every production server scanned and hardening re-checked within the policy's period (at most a year),
     * no unneeded port open. Every futures company runs its core systems on production servers: an inventory
     * without any is NON_COMPLIANT; hosts whose production status or kind is not stated may be the production
     * servers, so with none known the clause is INSUFFICIENT_DATA.
     */
    public static void serverScanHardening(Assessment a, Clause c, Security s) {
        Verdict v = a.clause(c);
        LocalDate asOf = a.asOf();
        ScanPolicy p = s.scanning();
        Common.Period period = Common.Period.regular(p == null ? null : p.serverIntervalDays(),
                "security.scanning.serverIntervalDays");
        Integer days = period.days();
        String expected = "every production server security-scanned and hardened within " + period.en()
                + ", unneeded ports closed";
        if (s.hosts() == null) {
            Common.missing(v, expected, "security.hosts", "未提供主机清单。", s);
            return;
        }
        Items<Host> items = Items.of(s.hosts(), HostChecks::productionServer, h ->
                Common.withinPolicy(h.lastSecurityScan(), days, asOf, path(h, "lastSecurityScan"),
                                "security.scanning.serverIntervalDays", "last security scan", "最近一次安全扫描")
                        .and(Common.withinPolicy(h.lastHardening(), days, asOf, path(h, "lastHardening"),
                                "security.scanning.serverIntervalDays", "last hardening", "最近一次加固"))
                        .and(noUnneededPorts(h)));
        List<Object> cited = new ArrayList<>(items.cited());
        if (p != null) {
            cited.add(0, p);
        }
        cited.add(0, s);
        Common.decide(v, expected, items.eval("production servers", "生产环境服务器", noProductionServer(s)),
                "production server entries: " + items.size() + " (" + items.labels() + "); all scanned and hardened "
                        + "within " + period.en() + ", no unneeded port open" + items.maybeNote(),
                "生产环境服务器" + items.size() + "项（" + items.labels() + "）均在" + period.zh()
                        + "内完成安全扫描和加固，无不需要的开放端口" + items.maybeNoteZh() + "。", cited);
    }

    /** The result of a production-server clause with no production server in the inventory. */
    static Eval noProductionServer(Security s) {
        return Eval.fail((s.hosts().isEmpty() ? "the host inventory is empty (security.hosts: [])"
                        : "no production server in the host inventory (security.hosts)")
                        + ": the core systems every futures company runs have no production server shown",
                (s.hosts().isEmpty() ? "主机清单为空" : "主机清单中没有生产环境服务器") + "，无法说明核心系统所在服务器的情况");
    }

    // ---------------------------------------------------------------- x.4.2.4

    /** x.4.2.4: a procedure in force, and every device connected to production checked (and passed) beforehand. */
    public static void deviceCheck(Assessment a, Clause c, Security s) {
        Verdict v = a.clause(c);
        LocalDate asOf = a.asOf();
        String expected = "a procedure in force, and every computer or storage device security-checked before it "
                + "joined production";
        DeviceConnections dc = s.deviceConnections();
        if (dc == null) {
            Common.missing(v, expected, "security.deviceConnections", "未提供设备接入生产环境前的安全检查情况。", s);
            return;
        }
        Eval proc = Common.inForce(dc.procedure(), asOf, "security.deviceConnections.procedure",
                "device check procedure", "设备接入安全检查制度");
        Eval log;
        Items<DeviceConnection> items = null;
        if (dc.log() == null) {
            log = Eval.unknown("security.deviceConnections.log", "connection log not stated", "未提供设备接入记录");
        } else {
            List<DeviceConnection> past = dc.log().stream()
                    .filter(e -> e.connected() == null || !e.connected().isAfter(asOf)).toList();
            items = Items.all(past, e -> {
                String p = "security.deviceConnections.log[" + (e.id() == null ? "?" : e.id()) + "]";
                if (e.connected() == null) {
                    return Eval.unknown(p + ".connected", "connection date not stated", "接入日期未说明");
                }
                if (e.checked() == null) {
                    return Eval.unknown(p + ".checked", "check date not stated", "安全检查日期未说明");
                }
                if (e.checked().isAfter(e.connected())) {
                    return Eval.fail("checked " + e.checked() + ", after it was connected on " + e.connected(),
                            e.connected() + "接入，" + e.checked() + "才检查");
                }
                if (e.passed() == null) {
                    return Eval.unknown(p + ".passed", "check result not stated", "检查结果未说明");
                }
                return Eval.check(e.passed(), "connected although it failed the check", "检查未通过仍接入");
            });
            log = items.eval("connected devices", "接入生产环境的设备");
        }
        int n = items == null ? 0 : items.size();
        Common.decide(v, expected, proc.and(log),
                "procedure issued " + (dc.procedure() == null ? "" : dc.procedure().issued()) + "; devices connected: " + n
                        + ", each checked and passed beforehand",
                "已制定设备接入安全检查制度；记录中" + n + "台设备接入生产环境前均经安全检查并通过。",
                dc, items == null ? List.of() : items.cited());
    }

    // ---------------------------------------------------------------- x.4.2.5

    /** x.4.2.5: every internet-facing device or system scanned within the policy's period, unneeded ports closed. */
    public static void internetFacingScan(Assessment a, Clause c, Company co, Security s) {
        Verdict v = a.clause(c);
        LocalDate asOf = a.asOf();
        ScanPolicy p = s.scanning();
        Common.Period period = Common.Period.regular(p == null ? null : p.internetFacingIntervalDays(),
                "security.scanning.internetFacingIntervalDays");
        Integer days = period.days();
        String expected = "every device and system serving the internet security-scanned within " + period.en()
                + ", unneeded ports closed";
        if (s.hosts() == null) {
            Common.missing(v, expected, "security.hosts", "未提供主机清单。", s);
            return;
        }
        Items<Host> items = Items.of(s.hosts(), h -> flag(h, h.internetFacing(), "internetFacing"), h ->
                Common.withinPolicy(h.lastSecurityScan(), days, asOf, path(h, "lastSecurityScan"),
                                "security.scanning.internetFacingIntervalDays", "last security scan", "最近一次安全扫描")
                        .and(noUnneededPorts(h)));
        List<Object> cited = new ArrayList<>(items.cited());
        // The clause states no condition; online trading is presumed of every company (x.4.4 applies to all), so
        // a company that states it has no website, no online trading and no internet account opening still has
        // no scanned internet service to show: NON_COMPLIANT, never NOT_APPLICABLE.
        Tri serves = Tri.of(co.hasWebsite()).or(Tri.of(co.onlineTrading())).or(Tri.of(co.internetAccountOpening()));
        Eval none;
        if (serves == Tri.FALSE) {
            none = Eval.fail("no internet-facing host, no website, no online trading and no internet account opening: "
                            + "no online trading system is scanned; the clause has no condition that would exempt it",
                    "公司无通过互联网向外提供服务的设备和系统，未开展网上交易；本条未设适用条件，不能豁免");
        } else if (serves == Tri.TRUE) {
            List<String> says = new ArrayList<>();
            if (Boolean.TRUE.equals(co.hasWebsite())) {
                says.add("company.hasWebsite");
            }
            if (Boolean.TRUE.equals(co.onlineTrading())) {
                says.add("company.onlineTrading");
            }
            if (Boolean.TRUE.equals(co.internetAccountOpening())) {
                says.add("company.internetAccountOpening");
            }
            List<String> m = new ArrayList<>(says);
            m.add("security.hosts[].internetFacing");
            none = new Eval(Tri.UNKNOWN, List.of(String.join(" and ", says) + " " + (says.size() == 1 ? "is" : "are")
                    + " true, but no host in security.hosts is internet-facing: the two disagree"),
                    List.of("公司有网站、网上交易或互联网开户，但主机清单中没有通过互联网向外提供服务的设备，二者不一致"), m);
        } else {
            none = new Eval(Tri.UNKNOWN, List.of("no internet-facing host is listed, and whether the company has a "
                    + "website, online trading or internet account opening is not stated"),
                    List.of("主机清单中没有通过互联网向外提供服务的设备，公司是否有网站、网上交易或互联网开户未说明"),
                    List.of("company.hasWebsite", "company.onlineTrading", "company.internetAccountOpening",
                            "security.hosts[].internetFacing"));
        }
        Common.decide(v, expected, items.eval("internet-facing systems", "通过互联网提供服务的设备和系统", none),
                "internet-facing entries: " + items.size() + " (" + items.labels() + "); all scanned within "
                        + period.en() + ", no unneeded port open" + items.maybeNote(),
                "通过互联网提供服务的设备和系统" + items.size() + "项（" + items.labels() + "）均在" + period.zh()
                        + "内完成安全扫描，无不需要的开放端口" + items.maybeNoteZh() + "。", co, s, cited);
    }

    // ---------------------------------------------------------------- x.4.2.6

    /** x.4.2.6: removable media, files from the network and mail are virus-checked before use. */
    public static void incomingVirusCheck(Assessment a, Clause c, Security s) {
        Verdict v = a.clause(c);
        String expected = "virus check before reading removable media and before opening files or mail received "
                + "from the network";
        IncomingScan i = s.incomingScan();
        if (i == null) {
            Common.missing(v, expected, "security.incomingScan", "未提供移动存储介质、网络文件和邮件的病毒检查情况。", s);
            return;
        }
        Eval r = part(i.removableMedia(), "security.incomingScan.removableMedia", "removable media", "移动存储设备")
                .and(part(i.networkFiles(), "security.incomingScan.networkFiles", "files from the network", "网络接收的文件"))
                .and(part(i.email(), "security.incomingScan.email", "mail", "邮件"));
        String how = Common.blank(i.mechanism()) ? "" : " (" + i.mechanism() + ")";
        Common.decide(v, expected, r, "removable media, network files and mail are all scanned first" + how,
                "读取移动存储设备数据、接收网络文件和邮件前均先进行病毒检查" + (Common.blank(i.mechanism()) ? "" : "（" + i.mechanism() + "）") + "。", i);
    }

    private static Eval part(Boolean b, String path, String en, String zh) {
        if (b == null) {
            return Eval.unknown(path, en + ": not stated", zh + "：未说明");
        }
        return Eval.check(b, en + " not virus-checked first", zh + "使用前未进行病毒检查");
    }

    // ---------------------------------------------------------------- x.4.2.7 (classes 3, 4)

    /** x.4.2.7: trading and settlement data sent over the internet is encrypted. */
    public static void internetDataEncryption(Assessment a, Clause c, Company co, Security s) {
        Verdict v = a.clause(c);
        String expected = "trading and settlement data sent over the internet is encrypted";
        List<InternetTransfer> t = s.internetTransfers();
        if (t == null) {
            Common.missing(v, expected, "security.internetTransfers", "未说明通过互联网传送的交易及结算数据。", s);
            return;
        }
        if (t.isEmpty()) {
            // no condition of its own: trading data goes over the internet with online trading, which every company
            // is presumed to offer (x.4.4 applies to all)
            if (Boolean.FALSE.equals(co.onlineTrading())) {
                v.expected(expected).observed("the company offers no online trading and lists no internet data flow; "
                                + "the clause has no condition that would exempt it")
                        .situation("公司未开展网上交易，无通过互联网传送交易及结算数据的加密手段；本条未设适用条件，不能豁免。")
                        .facts(co, s).nonCompliant();
            } else if (Boolean.TRUE.equals(co.onlineTrading())) {
                Common.missing(v, expected, "company.onlineTrading, security.internetTransfers", "company.onlineTrading "
                        + "is true, but security.internetTransfers is empty (no trading data sent over the internet): "
                        + "the two disagree", "公司开展网上交易，但互联网数据传送清单为空，二者不一致。", co, s);
            } else {
                Common.missing(v, expected, "company.onlineTrading", "security.internetTransfers is empty and whether "
                        + "the company offers online trading (company.onlineTrading) is not stated",
                        "未说明是否开展网上交易，互联网数据传送清单为空。", co, s);
            }
            return;
        }
        Items<InternetTransfer> items = Items.all(t, x -> x.encrypted() == null
                ? Eval.unknown("security.internetTransfers[" + (x.id() == null ? "?" : x.id()) + "].encrypted",
                "encryption not stated", "是否加密未说明")
                : Eval.check(x.encrypted(), "sent unencrypted", "未加密传送"));
        List<String> methods = t.stream().map(InternetTransfer::method).filter(m -> !Common.blank(m)).distinct().toList();
        String how = methods.isEmpty() ? "" : " (" + String.join(", ", methods) + ")";
        String howZh = methods.isEmpty() ? "" : "（" + String.join("、", methods) + "）";
        Common.decide(v, expected, items.eval("internet data flows", "互联网数据传送"),
                "internet data flows: " + items.size() + "; all encrypted" + how,
                "通过互联网传送的交易及结算数据" + items.size() + "项均已加密" + howZh + "。",
                items.cited());
    }

    // ---------------------------------------------------------------- x.4.2.7 (classes 1, 2) / x.4.2.8 (3, 4)

    /** No telnet/ftp-like service on production servers, and only encrypted administration protocols. */
    public static void insecureServices(Assessment a, Clause c, Security s) {
        Verdict v = a.clause(c);
        String expected = "no telnet, ftp or similar insecure service on production servers, and administration "
                + "over encrypted protocols (e.g. SSH) only";
        if (s.hosts() == null) {
            Common.missing(v, expected, "security.hosts", "未提供主机清单。", s);
            return;
        }
        Items<Host> items = Items.of(s.hosts(), HostChecks::productionServer, HostChecks::servicesAndProtocols);
        Common.decide(v, expected, items.eval("production servers", "生产环境服务器", noProductionServer(s)),
                "production server entries: " + items.size() + " (" + items.labels() + "); no insecure service, "
                        + "administration encrypted" + items.maybeNote(),
                "生产环境服务器" + items.size() + "项（" + items.labels() + "）均未开启telnet、ftp等服务，均采用加密方式通信"
                        + items.maybeNoteZh() + "。", items.cited());
    }

    static Eval servicesAndProtocols(Host h) {
        Eval r;
        if (h.services() == null) {
            r = Eval.unknown(path(h, "services"), "enabled services not stated", "开启的服务未说明");
        } else {
            List<String> bad = h.services().stream().filter(x -> INSECURE_SERVICES.contains(norm(x))).toList();
            r = Eval.check(bad.isEmpty(), "insecure services enabled: " + String.join(", ", bad),
                    "开启了有安全隐患的服务：" + String.join("、", bad));
        }
        if (h.adminProtocols() == null) {
            return r.and(Eval.unknown(path(h, "adminProtocols"), "administration protocols not stated", "管理通信方式未说明"));
        }
        List<String> plain = h.adminProtocols().stream().filter(x -> PLAIN_PROTOCOLS.contains(norm(x))).toList();
        List<String> unknown = h.adminProtocols().stream()
                .filter(x -> !PLAIN_PROTOCOLS.contains(norm(x)) && !ENCRYPTED_PROTOCOLS.contains(norm(x))).toList();
        r = r.and(Eval.check(plain.isEmpty(), "unencrypted administration: " + String.join(", ", plain),
                "采用未加密方式通信：" + String.join("、", plain)));
        if (!unknown.isEmpty()) {
            r = r.and(Eval.unknown(path(h, "adminProtocols"), "cannot tell whether " + String.join(", ", unknown)
                    + " is encrypted (use ssh, sftp, scp, ftps, https, rdp, tls, snmpv3…)", "无法判断"
                    + String.join("、", unknown) + "是否加密"));
        }
        return r;
    }

    // ---------------------------------------------------------------- x.4.2.9 (class 4)

    /** x.4.2.9: USB storage and disc burning controlled on every machine holding important production data. */
    public static void removableMediaControl(Assessment a, Clause c, Security s) {
        Verdict v = a.clause(c);
        String expected = "USB storage and disc burning controlled on every computer holding important production data";
        if (s.hosts() == null) {
            Common.missing(v, expected, "security.hosts", "未提供主机清单。", s);
            return;
        }
        Items<Host> items = Items.of(s.hosts(), h -> flag(h, h.holdsKeyProductionData(), "holdsKeyProductionData"),
                h -> {
                    Eval usb = h.usbStorageControlled() == null
                            ? Eval.unknown(path(h, "usbStorageControlled"), "USB control not stated", "USB接口控制未说明")
                            : Eval.check(h.usbStorageControlled(), "USB storage not controlled", "USB接口未控制");
                    Eval disc = h.discBurningControlled() == null
                            ? Eval.unknown(path(h, "discBurningControlled"), "disc burning control not stated", "光盘刻录控制未说明")
                            : Eval.check(h.discBurningControlled(), "disc burning not controlled", "光盘刻录未控制");
                    return usb.and(disc);
                });
        if (items.known().isEmpty() && items.maybe().isEmpty()) {
            // not a condition of the clause (it is its object): with no such computer nothing can be copied
            v.expected(expected).observed((s.hosts().isEmpty() ? "the host inventory is empty (security.hosts: [])"
                            : "no computer in the host inventory holds important production data "
                            + "(holdsKeyProductionData false on every entry)") + ": nothing to control")
                    .situation(s.hosts().isEmpty() ? "主机清单为空，没有存有重要生产数据的计算机。"
                            : "主机清单中没有存有重要生产数据的计算机。").facts(s).compliant();
            return;
        }
        Common.decide(v, expected, items.eval("computers holding important production data", "存有重要生产数据的计算机",
                        Eval.ok()),
                "entries holding important production data: " + items.size() + " (" + items.labels()
                        + "); USB storage and disc burning controlled on all" + items.maybeNote(),
                "存有重要生产数据的计算机" + items.size() + "项（" + items.labels() + "）均已控制USB接口和光盘刻录"
                        + items.maybeNoteZh() + "。",
                items.cited());
    }
}
