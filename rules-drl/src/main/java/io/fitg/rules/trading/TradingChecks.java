package io.fitg.rules.trading;

import io.fitg.api.Clause;
import io.fitg.model.company.Company;
import io.fitg.model.common.ActivityRecord;
import io.fitg.model.trading.AccountOpeningChannel;
import io.fitg.model.trading.AlertThreshold;
import io.fitg.model.trading.BackupMode;
import io.fitg.model.trading.BankTransfer;
import io.fitg.model.trading.BusinessIndicator;
import io.fitg.model.trading.ExchangeMembership;
import io.fitg.model.trading.FailoverDrill;
import io.fitg.model.trading.LinkPurpose;
import io.fitg.model.trading.LinkRole;
import io.fitg.model.trading.MarketDataService;
import io.fitg.model.trading.MonitoringTool;
import io.fitg.model.trading.NetworkDevice;
import io.fitg.model.trading.PasswordSecurity;
import io.fitg.model.trading.SystemBackup;
import io.fitg.model.trading.SystemKind;
import io.fitg.model.trading.Trading;
import io.fitg.model.trading.TradingLink;
import io.fitg.model.trading.TradingSystem;
import io.fitg.model.trading.VendorInterface;
import io.fitg.rules.support.Calc;
import io.fitg.rules.support.Tri;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import static io.fitg.rules.trading.TradingCalc.n;

/**
 * The checks of chapter x.3 交易系统, one per requirement. Each returns a decided {@link Check}; the DRL rule of
 * the same name hands it to the clause. Class parameters come in as arguments (read from the clause by the rule).
 */
public final class TradingChecks {
    private TradingChecks() {
    }

    /** A boolean class parameter of a clause; fails loudly when the catalog does not carry it. */
    public static boolean flag(Clause c, String name) {
        Object v = c.params().get(name);
        if (v instanceof Boolean b) {
            return b;
        }
        throw new IllegalStateException("clause " + c.id() + " has no boolean parameter '" + name + "'");
    }

    // ---------------------------------------------------------------- scopes and names

    static Boolean tradingScope(TradingSystem s) {
        return s.kind() == null ? null : s.kind() == SystemKind.TRADING;
    }

    static Boolean coreScope(TradingSystem s) {
        return s.coreSystem();
    }

    static Boolean kindScope(TradingSystem s, SystemKind k) {
        return s.kind() == null ? null : s.kind() == k;
    }

    static Boolean purposeScope(TradingLink l, LinkPurpose p) {
        return l.purpose() == null ? null : l.purpose() == p;
    }

    static String zh(TradingSystem s) {
        return s.name() != null ? s.name() : String.valueOf(s.id());
    }

    static Each<TradingSystem> tradingSystems(Trading t) {
        return Each.of(t.systems(), "trading.systems")
                .scope(TradingChecks::tradingScope, "kind", "trading system", "交易系统").zhName(TradingChecks::zh);
    }

    static Each<TradingSystem> coreSystems(Trading t) {
        return Each.of(t.systems(), "trading.systems")
                .scope(TradingChecks::coreScope, "core", "core system", "核心系统").zhName(TradingChecks::zh);
    }

    /** The same carrier once normalised (中国电信 = 电信 = China Telecom, P7); a negative names no carrier. */
    private static boolean same(String a, String b) {
        String ka = Carriers.key(a);
        return ka != null && ka.equals(Carriers.key(b));
    }

    private static Boolean nonEmpty(List<?> l) {
        return l == null ? null : !l.isEmpty();
    }

    private static Boolean isEmpty(List<?> l) {
        return l == null ? null : l.isEmpty();
    }

    // ---------------------------------------------------------------- x.3.1 功能

    /** x.3.1.1 交易系统应实现数据与应用分离，防止客户终端绕过应用程序界面直接访问核心数据。 */
    public static Check dataAppSeparation(Trading t) {
        Check c = Check.expecting("every trading system separates data from the application, so client terminals "
                + "cannot reach core data bypassing the application");
        return tradingSystems(t).ok("separate data from the application").decide(c,
                TradingSystem::dataApplicationSeparated, "dataApplicationSeparated", "已实现数据与应用分离",
                "data not separated from the application", "未实现数据与应用分离");
    }

    /** x.3.1.2 交易系统应具备对客户进行实时风险控制的功能。 */
    public static Check realTimeRiskControl(Trading t) {
        Check c = Check.expecting("every trading system controls clients' risk in real time");
        return tradingSystems(t).ok("have real-time risk control").decide(c,
                TradingSystem::realTimeRiskControl, "realTimeRiskControl", "具备客户实时风险控制功能",
                "no real-time risk control", "不具备客户实时风险控制功能");
    }

    /** x.3.1.3 交易系统应产生、记录并存储必要的日志信息供审计使用。日志信息保存期限至少为2年。 */
    /**
     * The earlier edition's 4.3.1.3 (交易系统应产生、记录并存储必要的日志信息供审计使用。) names no retention period:
     * every trading system produces and stores audit logs.
     */
    public static Check auditLogging(Trading t) {
        Check c = Check.expecting("every trading system produces, records and stores audit logs");
        return tradingSystems(t).ok("produce and store audit logs").decide(c, s -> {
            Eval e = new Eval();
            if (s.auditLogging() == null) {
                e.missing("auditLogging");
            } else if (s.auditLogging()) {
                e.zh("产生并存储审计日志");
            } else {
                e.fail("does not produce and store audit logs", "未产生并存储供审计使用的日志");
            }
            return e;
        });
    }

    public static Check auditLogRetention(Trading t, int minYears, LocalDate asOf) {
        long need = TradingCalc.daysInYearsBefore(asOf, minYears);
        Check c = Check.expecting("every trading system produces and stores audit logs, kept at least " + minYears
                + " years (" + need + " days as of " + asOf + ")");
        return tradingSystems(t).ok("keep audit logs long enough").decide(c, s -> {
            Eval e = new Eval();
            if (s.auditLogging() == null) {
                e.missing("auditLogging");
            } else if (s.auditLogging()) {
                e.zh("产生并存储审计日志");
            } else {
                e.fail("does not produce and store audit logs", "未产生并存储供审计使用的日志");
            }
            Integer days = s.logRetentionDays();
            if (days == null) {
                e.missing("logRetentionDays");
            } else if (TradingCalc.retentionCovers(days, minYears, asOf)) {
                e.zh("日志保存" + days + "天");
            } else {
                e.fail("logs kept " + days + " days, less than " + minYears + " years (" + need + " days)",
                        "日志仅保存" + days + "天，不足" + minYears + "年（" + need + "天）");
            }
            return e;
        });
    }

    /** x.3.1.4 核心系统应具备向期货市场监控中心上报规定数据的功能。 */
    public static Check cfmmcReporting(Trading t) {
        Check c = Check.expecting("a core system reports the prescribed data to 期货市场监控中心");
        return anyCore(t, c, TradingSystem::reportsToCfmmc, "reportsToCfmmc", "reports to 期货市场监控中心",
                "具备向期货市场监控中心上报规定数据的功能", "不具备向期货市场监控中心上报数据的功能");
    }

    /** x.3.1.5 不应具有篡改、伪造交易系统数据或其他可能导致数据失真的功能。 */
    public static Check noDataTampering(Trading t) {
        Check c = Check.expecting("no system has a function able to alter or forge trading data");
        return Each.of(t.systems(), "trading.systems").scope(s -> Boolean.TRUE, "", "system", "系统").vacuous()
                .zhName(TradingChecks::zh).ok("have no function able to alter or forge trading data")
                .decide(c, s -> {
                    Eval e = new Eval();
                    List<String> f = s.dataAlteringFunctions();
                    if (f == null) {
                        return e.missing("dataAlteringFunctions");
                    }
                    if (f.isEmpty()) {
                        return e.zh("无篡改、伪造交易数据的功能");
                    }
                    return e.fail("can alter or forge trading data: " + String.join(", ", f),
                            "具有可篡改、伪造交易数据的功能：" + String.join("、", f));
                });
    }

    /** x.3.1.6 交易系统应有授权管理功能。 */
    public static Check authorisationManagement(Trading t) {
        Check c = Check.expecting("every trading system has authorisation management");
        return tradingSystems(t).ok("have authorisation management").decide(c,
                TradingSystem::authorisationManagement, "authorisationManagement", "具备授权管理功能",
                "no authorisation management", "不具备授权管理功能");
    }

    /** x.3.1.7 核心系统应有运行监控措施。 */
    public static Check runtimeMonitoring(Trading t) {
        Check c = Check.expecting("every core system has run-time monitoring");
        return coreSystems(t).ok("are monitored at run time").decide(c, s -> {
            Eval e = new Eval();
            List<String> m = s.monitoredBy();
            if (m == null) {
                return e.missing("monitoredBy");
            }
            if (m.isEmpty()) {
                return e.fail("no run-time monitoring", "无运行监控措施");
            }
            return e.zh("由" + String.join("、", m) + "进行运行监控");
        });
    }

    /** x.3.1.8 交易系统应具备流量控制管理功能。 */
    public static Check flowControl(Trading t) {
        Check c = Check.expecting("every trading system has flow control management");
        return tradingSystems(t).ok("have flow control").decide(c, TradingSystem::flowControl, "flowControl",
                "具备流量控制管理功能", "no flow control", "不具备流量控制管理功能");
    }

    private static final Set<VendorInterface> ALL_INTERFACES = EnumSet.allOf(VendorInterface.class);

    static String zh(VendorInterface v) {
        return switch (v) {
            case TRADING -> "交易接口";
            case BANK_FUTURES -> "银期接口";
            case MANAGEMENT -> "管理接口";
        };
    }

    static String en(VendorInterface v) {
        return switch (v) {
            case TRADING -> "trading";
            case BANK_FUTURES -> "bank-futures";
            case MANAGEMENT -> "management";
        };
    }

    /**
     * x.3.1.9 应要求核心系统供应商提供交易、银期及相关管理接口。 The vendors of the company's core systems together
     * provide trading, bank-futures and management interfaces. NOT_APPLICABLE when every core system is built in
     * house (there is no core-system vendor).
     */
    public static Check vendorInterfaces(Trading t) {
        Check c = Check.expecting("core-system vendors provide trading, bank-futures and management interfaces");
        if (t.systems() == null) {
            return c.observed("trading.systems not stated").situation("未提供核心系统情况。").insufficient("trading.systems");
        }
        List<TradingSystem> vendorCore = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        boolean anyCore = false;
        for (TradingSystem s : t.systems()) {
            Boolean core = s.coreSystem();
            if (Boolean.FALSE.equals(core)) {
                continue;
            }
            if (core == null) {
                unknown.add("trading.systems[" + s.id() + "].core");
                continue;
            }
            anyCore = true;
            Boolean vs = s.vendorSupplied();
            if (vs == null) {
                unknown.add("trading.systems[" + s.id() + "].inHouse");
            } else if (vs) {
                vendorCore.add(s);
            }
        }
        if (vendorCore.isEmpty() && unknown.isEmpty()) {
            if (anyCore) {
                // the clause states no condition (no 对于…的): with every core system built in house there is no
                // core-system vendor to require interfaces from, so it is met, not exempt
                List<TradingSystem> core = t.systems().stream().filter(x -> Boolean.TRUE.equals(x.coreSystem())).toList();
                return c.facts(core).observed("every core system (" + Each.ids(core) + ") is developed in house: there "
                                + "is no core-system vendor to require interfaces from; the clause states no condition, "
                                + "so it is met")
                        .situation("核心系统均为自主研发，无核心系统供应商，交易、银期及管理接口由公司自行掌握。").compliant();
            }
            return c.observed((t.systems().isEmpty() ? "trading.systems is empty" : "no core system among the "
                            + t.systems().size() + " entries of trading.systems") + ": no core system, so no vendor is "
                            + "shown to provide the interfaces")
                    .situation("未列出核心系统。").nonCompliant();
        }
        Set<VendorInterface> got = EnumSet.noneOf(VendorInterface.class);
        List<String> zhParts = new ArrayList<>();
        List<String> enParts = new ArrayList<>();
        for (TradingSystem s : vendorCore) {
            if (s.vendorInterfaces() == null) {
                unknown.add("trading.systems[" + s.id() + "].vendorInterfaces");
                zhParts.add(zh(s) + "（" + (s.vendor() == null ? "供应商" : s.vendor()) + "）未说明提供的接口");
                continue;
            }
            got.addAll(s.vendorInterfaces());
            enParts.add(s.id() + " (" + (s.vendor() == null ? "vendor" : s.vendor()) + "): "
                    + (s.vendorInterfaces().isEmpty() ? "none" : String.join(", ", s.vendorInterfaces().stream().map(TradingChecks::en).toList())));
            zhParts.add(zh(s) + "（" + (s.vendor() == null ? "供应商" : s.vendor()) + "）提供"
                    + (s.vendorInterfaces().isEmpty() ? "接口：无" : String.join("、", s.vendorInterfaces().stream().map(TradingChecks::zh).toList())));
        }
        Set<VendorInterface> lacking = EnumSet.copyOf(ALL_INTERFACES);
        lacking.removeAll(got);
        c.facts(vendorCore).situation(zhParts.isEmpty() ? "核心系统未说明为外购或自主研发。" : String.join("；", zhParts) + "。");
        if (lacking.isEmpty()) {
            return c.observed(String.join("; ", enParts)).compliant();
        }
        String lack = String.join(", ", lacking.stream().map(TradingChecks::en).toList());
        if (!unknown.isEmpty()) {
            return c.observed("not stated: " + String.join(", ", unknown) + "; so far no " + lack + " interface")
                    .insufficient(String.join(", ", unknown));
        }
        return c.observed("no core-system vendor provides a " + lack + " interface ("
                + String.join("; ", enParts) + ")").nonCompliant();
    }

    static String zh(AccountOpeningChannel a) {
        return switch (a) {
            case ONE_BY_ONE -> "逐一录入";
            case FILE_IMPORT -> "文件导入";
            case API -> "接口调用";
        };
    }

    static String en(AccountOpeningChannel a) {
        return switch (a) {
            case ONE_BY_ONE -> "one-by-one";
            case FILE_IMPORT -> "file-import";
            case API -> "api";
        };
    }

    /** x.3.1.10 核心系统应具备能够支持逐一录入、文件导入、接口调用方式多渠道开户的功能。 */
    public static Check multichannelAccountOpening(Trading t) {
        Check c = Check.expecting("the core systems open accounts one by one, by file import and by API");
        if (t.systems() == null) {
            return c.observed("trading.systems not stated").situation("未提供核心系统情况。").insufficient("trading.systems");
        }
        Set<AccountOpeningChannel> got = EnumSet.noneOf(AccountOpeningChannel.class);
        List<String> unknown = new ArrayList<>();
        List<TradingSystem> core = new ArrayList<>();
        List<String> enParts = new ArrayList<>();
        List<String> zhParts = new ArrayList<>();
        for (TradingSystem s : t.systems()) {
            Boolean isCore = s.coreSystem();
            if (Boolean.FALSE.equals(isCore)) {
                continue;
            }
            if (isCore == null) {
                unknown.add("trading.systems[" + s.id() + "].core");
                continue;
            }
            core.add(s);
            if (s.accountOpeningChannels() == null) {
                unknown.add("trading.systems[" + s.id() + "].accountOpeningChannels");
                continue;
            }
            if (!s.accountOpeningChannels().isEmpty()) {
                got.addAll(s.accountOpeningChannels());
                enParts.add(s.id() + ": " + String.join(", ", s.accountOpeningChannels().stream().map(TradingChecks::en).toList()));
                zhParts.add(zh(s) + "支持" + String.join("、", s.accountOpeningChannels().stream().map(TradingChecks::zh).toList()) + "开户");
            }
        }
        if (core.isEmpty() && unknown.isEmpty()) {
            return c.observed((t.systems().isEmpty() ? "trading.systems is empty" : "no core system among the "
                            + t.systems().size() + " entries of trading.systems") + ": no core system opens accounts")
                    .situation("未列出核心系统。").nonCompliant();
        }
        Set<AccountOpeningChannel> lacking = EnumSet.allOf(AccountOpeningChannel.class);
        lacking.removeAll(got);
        c.facts(core).situation(zhParts.isEmpty() ? "核心系统未列出任何开户方式。" : String.join("；", zhParts) + "。");
        String seen = enParts.isEmpty() ? "no account-opening channel" : String.join("; ", enParts);
        if (lacking.isEmpty()) {
            return c.observed(seen).compliant();
        }
        String lack = String.join(", ", lacking.stream().map(TradingChecks::en).toList());
        if (!unknown.isEmpty()) {
            return c.observed("not stated: " + String.join(", ", unknown) + "; so far no " + lack)
                    .insufficient(String.join(", ", unknown));
        }
        return c.observed("no core system opens accounts by " + lack + " (" + seen + ")").nonCompliant();
    }

    /** x.3.1.11 核心系统应具备链接期货市场监控中心投资者查询取密钥系统的功能。 */
    public static Check cfmmcQueryKeyLink(Trading t) {
        Check c = Check.expecting("a core system links to 期货市场监控中心's investor query-key system");
        return anyCore(t, c, TradingSystem::cfmmcQueryKeyLink, "cfmmcQueryKeyLink",
                "links to the 监控中心 investor query-key system", "具备链接期货市场监控中心投资者查询取密钥系统的功能",
                "不具备链接投资者查询取密钥系统的功能");
    }

    /**
     * "Some core system has …": TRUE when any does; FALSE when every core system is known not to, or when the stated
     * list has no core system (every futures company has core systems, so the capability is not shown); systems
     * whose core status is not stated might be core systems and leave it undecided unless one is known to pass.
     */
    static Check anyCore(Trading t, Check c, Function<TradingSystem, Boolean> test, String field, String okEn,
                         String okZh, String failZh) {
        if (t.systems() == null) {
            return c.observed("trading.systems not stated").situation("未提供核心系统情况。").insufficient("trading.systems");
        }
        Split<TradingSystem> s = Split.of(t.systems(), TradingChecks::coreScope, test);
        List<TradingSystem> maybe = t.systems().stream().filter(x -> x.coreSystem() == null).toList();
        List<String> zh = new ArrayList<>();
        s.pass().forEach(x -> zh.add(zh(x) + okZh));
        s.fail().forEach(x -> zh.add(zh(x) + failZh));
        s.unknown().forEach(x -> zh.add(zh(x) + (x.coreSystem() == null ? "未说明是否为核心系统" : "未说明是否" + okZh)));
        if (s.pass().isEmpty() && s.inScope() == 0 && maybe.isEmpty()) {
            return c.observed((t.systems().isEmpty() ? "trading.systems is empty" : "no core system among the "
                            + t.systems().size() + " entries of trading.systems") + ": no core system " + okEn)
                    .situation(t.systems().isEmpty() ? "系统清单为空，没有核心系统。" : "未列出核心系统。").nonCompliant();
        }
        c.situation(String.join("；", zh) + "。");
        if (s.pass().isEmpty() && s.inScope() == 0) {
            // only systems of unknown core status: they decide whether there is a core system at all
            List<String> missing = new ArrayList<>();
            for (TradingSystem x : maybe) {
                missing.add("trading.systems[" + x.id() + "].core");
            }
            return c.facts(maybe).observed("no entry of trading.systems is known to be a core system; "
                    + String.join(", ", maybe.stream().map(x -> x.id() + ": kind and core not stated").toList()))
                    .insufficient(String.join(", ", missing));
        }
        // a system of unknown core status that passes could be the core system that does
        List<TradingSystem> maybePass = maybe.stream().filter(x -> Boolean.TRUE.equals(test.apply(x))).toList();
        Tri any = s.any() == Tri.FALSE && !maybePass.isEmpty() ? Tri.UNKNOWN : s.any();
        return switch (any) {
            case TRUE -> c.facts(s.pass()).observed(Each.ids(s.pass()) + " " + okEn).compliant();
            case FALSE -> c.facts(s.fail()).observed("no core system " + okEn + " (" + Each.ids(s.fail()) + ")").nonCompliant();
            case UNKNOWN -> {
                List<String> missing = new ArrayList<>();
                List<String> why = new ArrayList<>();
                List<TradingSystem> undecided = new ArrayList<>(s.unknown());
                undecided.addAll(maybePass);
                for (TradingSystem x : undecided) {
                    String f = x.coreSystem() == null ? "core" : field;
                    missing.add("trading.systems[" + x.id() + "]." + f);
                    why.add(x.id() + ": " + f + " not stated");
                }
                yield c.facts(undecided).observed("no core system is known to " + okEn.replaceFirst("^(\\w+)s ", "$1 ")
                        + "; " + String.join(", ", why)).insufficient(String.join(", ", missing));
            }
        };
    }

    /**
     * x.3.1.12 对于开展互联网开户的期货公司，互联网开户系统应具有落实开户实名制及投资者适当性制度的功能。 The condition
     * follows the records as well as {@code company.internetAccountOpening} (P1): a listed system of kind
     * {@code internet-account-opening} shows it, and is judged whatever the flag says; NOT_APPLICABLE only when the
     * flag is false, or unstated with a system list that shows none, and no listed system shows it.
     */
    public static Check internetAccountOpeningChecks(Trading t, Company co) {
        Check c = Check.expecting("the internet account-opening system verifies real names and applies investor suitability");
        Boolean flag = co == null ? null : co.internetAccountOpening();
        List<TradingSystem> systems = t.systems();
        if (systems == null) {
            if (Boolean.FALSE.equals(flag)) {
                return c.observed("no internet account opening (company.internetAccountOpening false)")
                        .situation("公司未开展互联网开户。").notApplicable("the company does not open accounts over the internet");
            }
            return c.observed("trading.systems not stated" + (flag == null
                            ? ", nor whether the company opens accounts over the internet" : ""))
                    .situation("未提供互联网开户系统情况。")
                    .insufficient(flag == null ? "company.internetAccountOpening, trading.systems" : "trading.systems");
        }
        List<TradingSystem> iao = systems.stream().filter(x -> x.kind() == SystemKind.INTERNET_ACCOUNT_OPENING).toList();
        List<TradingSystem> maybe = systems.stream().filter(x -> x.kind() == null).toList();
        if (iao.isEmpty()) {
            if (Boolean.FALSE.equals(flag)) {
                return c.observed("no internet account opening (company.internetAccountOpening false), and no system of "
                                + "kind internet-account-opening is listed")
                        .situation("公司未开展互联网开户。").notApplicable("the company does not open accounts over the internet");
            }
            if (maybe.isEmpty() && flag == null) {
                return c.observed("no system of kind internet-account-opening among the " + systems.size()
                                + " entries of trading.systems (company.internetAccountOpening not stated): the records "
                                + "show no internet account opening")
                        .situation("系统清单中没有互联网开户系统，公司未开展互联网开户。")
                        .notApplicable("no internet account-opening system is listed");
            }
        }
        String note = Boolean.FALSE.equals(flag) && !iao.isEmpty() ? "company.internetAccountOpening is false, but "
                + Each.ids(iao) + (iao.size() == 1 ? " is an" : " are") + " internet account-opening system"
                + (iao.size() == 1 ? "" : "s") + ", judged: " : "";
        Check r = Each.of(systems, "trading.systems")
                .scope(s -> kindScope(s, SystemKind.INTERNET_ACCOUNT_OPENING), "kind",
                        "internet account-opening system", "互联网开户系统")
                .noneMissing("company.internetAccountOpening, trading.systems",
                        "company.internetAccountOpening is true, but no system of kind internet-account-opening is "
                                + "listed in trading.systems: the two disagree",
                        "公司称开展互联网开户，但系统清单中没有互联网开户系统，二者不一致。")
                .zhName(TradingChecks::zh).ok("verify real names and apply suitability").decide(c, s -> {
                    Eval e = new Eval();
                    if (s.realNameVerification() == null) {
                        e.missing("realNameVerification");
                    } else if (s.realNameVerification()) {
                        e.zh("落实开户实名制");
                    } else {
                        e.fail("no real-name verification", "未落实开户实名制");
                    }
                    if (s.suitabilityChecks() == null) {
                        e.missing("suitabilityChecks");
                    } else if (s.suitabilityChecks()) {
                        e.zh("落实投资者适当性制度");
                    } else {
                        e.fail("no investor suitability checks", "未落实投资者适当性制度");
                    }
                    return e;
                });
        if (!note.isEmpty()) {
            r.observed(note + r.observed()).situation("公司称未开展互联网开户，但列有互联网开户系统，据此判断：" + r.situation());
            r.facts(co);
        }
        return r;
    }

    /** x.3.1.13 交易系统应具有并启用客户交易接入认证功能。 */
    public static Check clientAccessAuthentication(Trading t) {
        Check c = Check.expecting("every trading system has client trading-access authentication, enabled");
        return tradingSystems(t).ok("have client access authentication enabled").decide(c, s -> {
            Eval e = new Eval();
            Boolean has = s.clientAccessAuthentication();
            Boolean on = s.clientAccessAuthenticationEnabled();
            if (Boolean.FALSE.equals(has)) {
                return e.fail("no client access authentication", "不具备客户交易接入认证功能");
            }
            if (Boolean.FALSE.equals(on)) {
                return e.fail("client access authentication not enabled", "具备但未启用客户交易接入认证功能");
            }
            if (Boolean.TRUE.equals(on)) {
                return e.zh("已启用客户交易接入认证功能");
            }
            return e.missing("clientAccessAuthenticationEnabled");
        });
    }

    /** x.3.1.14 核心系统应具有并启用客户密码安全管理功能，包括但不限于初始密码修改、弱口令及登录失败次数限制等功能。 */
    public static Check clientPasswordSecurity(Trading t) {
        Check c = Check.expecting("every core system clients log in to forces the initial password change, rejects "
                + "weak passwords and locks the login after failed attempts");
        return Each.of(t.systems(), "trading.systems").scope(s -> {
                    Boolean core = s.coreSystem();
                    Boolean login = s.clientLogin();
                    if (Boolean.FALSE.equals(core) || Boolean.FALSE.equals(login)) {
                        return Boolean.FALSE;
                    }
                    return core == null || login == null ? null : Boolean.TRUE;
                }, "clientLogin", "core system with client login", "客户登录的核心系统")
                .zhName(TradingChecks::zh).ok("have the client password controls enabled").decide(c, s -> {
                    Eval e = new Eval();
                    PasswordSecurity p = s.passwordSecurity();
                    if (p == null) {
                        return e.missing("passwordSecurity");
                    }
                    control(e, p.initialChangeForced(), "passwordSecurity.initialChangeForced",
                            "initial password change not forced", "强制修改初始密码", "未强制修改初始密码");
                    control(e, p.weakPasswordsRejected(), "passwordSecurity.weakPasswordsRejected",
                            "weak passwords not rejected", "拒绝弱口令", "未限制弱口令");
                    control(e, p.failedLoginLockout(), "passwordSecurity.failedLoginLockout",
                            "no failed-login limit", p.maxFailedLogins() == null ? "限制登录失败次数"
                                    : "登录失败" + p.maxFailedLogins() + "次锁定", "未限制登录失败次数");
                    return e;
                });
    }

    private static void control(Eval e, Boolean on, String field, String failEn, String okZh, String failZh) {
        if (on == null) {
            e.missing(field);
        } else if (on) {
            e.zh(okZh);
        } else {
            e.fail(failEn, failZh);
        }
    }

    // ---------------------------------------------------------------- x.3.2 性能和容量

    static Each<ExchangeMembership> memberships(Trading t) {
        return Each.of(t.exchangeMemberships(), "trading.exchangeMemberships")
                .scope(m -> Boolean.TRUE, "", "exchange membership", "会员交易所");
    }

    /** x.3.2.1 交易系统的性能和容量应达到所有其作为会员的交易所的要求。 */
    public static Check exchangeCapacity(Trading t) {
        Check c = Check.expecting("the trading system's performance and capacity meet the requirements of every exchange the company is a member of");
        return memberships(t).ok("requirements met").decide(c, ExchangeMembership::capacityMeetsRequirements,
                "capacityMeetsRequirements", "交易系统性能和容量达到交易所要求",
                "performance or capacity below the exchange's requirements", "交易系统性能和容量未达到交易所要求");
    }

    /** x.3.2.2 应对交易系统的主要业务指标进行实时监控。 */
    public static Check indicatorRealTimeMonitoring(Trading t) {
        Check c = Check.expecting("the trading system's main business indicators are monitored in real time");
        return Each.of(t.businessIndicators(), "trading.businessIndicators")
                .scope(i -> Boolean.TRUE, "", "business indicator", "主要业务指标").emptyFails()
                .ok("monitored in real time").decide(c, i -> {
                    Eval e = new Eval();
                    if (i.realTimeMonitored() == null) {
                        return e.missing("realTimeMonitored");
                    }
                    if (!i.realTimeMonitored()) {
                        return e.fail("not monitored in real time", "未实时监控");
                    }
                    return e.zh(i.monitoredBy() == null ? "实时监控" : "由" + i.monitoredBy() + "实时监控");
                });
    }

    /** x.3.2.3 应对交易系统的主要业务监控指标进行记录。 */
    public static Check indicatorRecording(Trading t) {
        Check c = Check.expecting("the trading system's main business monitoring indicators are recorded");
        return Each.of(t.businessIndicators(), "trading.businessIndicators")
                .scope(i -> Boolean.TRUE, "", "business indicator", "主要业务监控指标").emptyFails()
                .ok("recorded").decide(c, BusinessIndicator::recorded, "recorded", "有记录",
                        "not recorded", "未记录");
    }

    static Each<TradingLink> links(Trading t, LinkPurpose p, Company co) {
        boolean ex = p == LinkPurpose.EXCHANGE;
        Each<TradingLink> e = Each.of(t.links(), "trading.links").scope(l -> purposeScope(l, p), "purpose",
                ex ? "exchange link" : "online-trading link", ex ? "接入交易所的交易通信链路" : "网上交易通信链路");
        if (!ex) {
            // online trading is presumed of every company; with the flag true the list disagrees with it (P8), with
            // the flag unstated the gap is missing data (review decision: onlineTrading false is handled before)
            Boolean online = co == null ? null : co.onlineTrading();
            e.noneMissing(Boolean.TRUE.equals(online) ? "company.onlineTrading, trading.links" : "company.onlineTrading",
                    Boolean.TRUE.equals(online) ? "company.onlineTrading is true, but no online-trading link is listed in "
                            + "trading.links: the two disagree" : "no online-trading link is listed in trading.links, "
                            + "and whether the company offers online trading (company.onlineTrading) is not stated",
                    Boolean.TRUE.equals(online) ? "公司开展网上交易，但未列出网上交易通信链路，二者不一致。"
                            : "未列出网上交易通信链路，也未说明是否开展网上交易。");
        }
        return e;
    }

    static Eval monitored(TradingLink l) {
        Eval e = new Eval();
        if (l.monitoredBy() == null) {
            return e.missing("monitoredBy");
        }
        if (l.monitoredBy().isEmpty()) {
            return e.fail("not monitored", "未监控");
        }
        return e.zh("由" + String.join("、", l.monitoredBy()) + "监控");
    }

    /** x.3.2.4 应对所有接入交易所的交易通信链路进行监控。 */
    public static Check exchangeLinkMonitoring(Trading t) {
        Check c = Check.expecting("every exchange trading link is monitored");
        return links(t, LinkPurpose.EXCHANGE, null).ok("monitored").decide(c, TradingChecks::monitored);
    }

    /** x.3.2.5 接入交易所的交易通信链路应达到所有其作为会员的交易所的要求，并采用不同运营商的通讯线路作为备份线路。 */
    public static Check exchangeLinkRequirements(Trading t) {
        return exchangeLinkRequirements(t, true);
    }

    /**
     * As above; with {@code carrierBackup} false only the exchanges' requirements are asked for (the earlier
     * edition's 4.3.2.5, without 并采用不同运营商的通讯线路作为备份线路).
     */
    public static Check exchangeLinkRequirements(Trading t, boolean carrierBackup) {
        Check c = Check.expecting("the links to every member exchange meet its requirements"
                + (carrierBackup ? ", and each primary link has a backup line from a different carrier" : ""));
        if (t.links() == null) {
            return c.observed("trading.links not stated").situation("未提供交易通信链路情况。").insufficient("trading.links");
        }
        return memberships(t).ok(carrierBackup ? "links meet requirements with a backup line from another carrier"
                : "links meet requirements").decide(c, m -> {
            Eval e = new Eval();
            Boolean meets = m.linksMeetRequirements();
            if (meets == null) {
                e.missing("linksMeetRequirements");
            } else if (meets) {
                e.zh("交易通信链路达到交易所要求");
            } else {
                e.fail("links do not meet the exchange's requirements", "交易通信链路未达到交易所要求");
            }
            if (!carrierBackup) {
                return e;
            }
            if (m.exchange() == null) {
                return e.missing("exchange");
            }
            carrierDiversity(t.links(), m.exchange(), e);
            return e;
        });
    }

    /** Each primary link to {@code exchange} has a backup link to it from another carrier. */
    static void carrierDiversity(List<TradingLink> links, String exchange, Eval e) {
        List<TradingLink> primaries = new ArrayList<>();
        List<TradingLink> backups = new ArrayList<>();
        List<TradingLink> noRole = new ArrayList<>();
        for (TradingLink l : links) {
            if (l.purpose() != LinkPurpose.EXCHANGE || !l.reaches(exchange)) {
                continue;
            }
            if (l.role() == LinkRole.PRIMARY) {
                primaries.add(l);
            } else if (l.role() == LinkRole.BACKUP) {
                backups.add(l);
            } else {
                noRole.add(l);
            }
        }
        for (TradingLink l : noRole) {
            e.missing("trading.links[" + l.id() + "].role", "链路" + l.id() + "的主备角色");
        }
        if (primaries.isEmpty()) {
            if (noRole.isEmpty()) {
                // links whose purpose or exchanges are not stated might be the missing primary link
                boolean undecided = links.stream().anyMatch(l -> l.purpose() == null
                        || (l.purpose() == LinkPurpose.EXCHANGE && l.exchanges() == null));
                if (undecided || !backups.isEmpty()) {
                    e.missing("trading.links (no primary link to " + exchange + ")", "至" + exchange + "的主线路",
                            "no primary link to " + exchange + " is known");
                } else {
                    e.fail("no link to " + exchange + " is listed in trading.links", "未列出至" + exchange + "的交易通信链路");
                }
            }
            return;
        }
        for (TradingLink p : primaries) {
            if (p.carrier() == null || Carriers.none(p.carrier())) {
                e.missing("trading.links[" + p.id() + "].carrier", "链路" + p.id() + "的运营商",
                        p.id() + ": carrier " + (p.carrier() == null ? "not stated" : "'" + p.carrier() + "' names none"));
                continue;
            }
            TradingLink other = null;
            boolean backupCarrierUnknown = false;
            for (TradingLink b : backups) {
                if (b.carrier() == null) {
                    backupCarrierUnknown = true;
                } else if (Carriers.none(b.carrier())) {
                    continue;   // "无" names no carrier: never a different one
                } else if (!same(b.carrier(), p.carrier())) {
                    other = b;
                    break;
                }
            }
            if (other != null) {
                e.zh("主线路" + p.id() + "（" + p.carrier() + "）由" + other.id() + "（" + other.carrier() + "）备份");
            } else if (backupCarrierUnknown || !noRole.isEmpty()) {
                e.missing("trading.links[].carrier (backup links to " + exchange + ")", "至" + exchange + "备份线路的运营商");
            } else if (backups.isEmpty()) {
                e.fail("primary " + p.id() + " has no backup line", "主线路" + p.id() + "无备份线路");
            } else {
                e.fail("backup line of " + p.id() + " uses the same carrier (" + p.carrier() + ")",
                        "主线路" + p.id() + "的备份线路" + Each.ids(backups) + "与主线路同为" + p.carrier());
            }
        }
    }

    /**
     * The online-trading clauses (x.3.2.6/7, x.3.2.8, x.3.3.4) carry no condition of their own: unlike 开展互联网开户的
     * (x.3.1.12) the guideline never writes 开展网上交易的, so they are never NOT_APPLICABLE. A company known to offer
     * no online trading ({@code company.onlineTrading: false}) and listing no online-trading link has none of the
     * links the clause requires: NON_COMPLIANT. Otherwise (online trading offered or not stated) the listed
     * online-trading links are judged; null = go on judging them.
     */
    static Check noOnlineTrading(Check c, Trading t, Company co) {
        Boolean online = co == null ? null : co.onlineTrading();
        if (!Boolean.FALSE.equals(online)) {
            return null;
        }
        if (t.links() != null && t.links().stream().anyMatch(l -> l.purpose() == LinkPurpose.ONLINE_TRADING)) {
            return null;
        }
        return c.facts(co).observed("the company offers no online trading and has no online-trading link; the clause "
                        + "has no condition that would exempt it")
                .situation("公司未开展网上交易，无网上交易通信链路；本条未设适用条件，不能豁免。").nonCompliant();
    }

    /** x.3.2.6 (class 1) / x.3.2.7 应对所有网上交易的通信链路进行监控。 */
    public static Check onlineLinkMonitoring(Trading t, Company co) {
        Check c = Check.expecting("every online-trading link is monitored");
        Check none = noOnlineTrading(c, t, co);
        if (none != null) {
            return none;
        }
        return links(t, LinkPurpose.ONLINE_TRADING, co).ok("monitored").decide(c, TradingChecks::monitored);
    }

    /**
     * x.3.2.6 / x.3.2.8 (classes 2–4) …带宽使用率每交易日峰值按月统计的平均值应不超过80%。 Judged on the most recent
     * complete month before the as-of date, link by link: the average of the daily peaks over the trading days
     * recorded in that month, divided by the link's bandwidth, must not exceed the limit (不超过: equal passes).
     */
    public static Check linkBandwidth(Trading t, LinkPurpose p, Company co, BigDecimal maxPercent, LocalDate asOf) {
        YearMonth month = TradingCalc.lastCompleteMonth(asOf);
        String what = p == LinkPurpose.EXCHANGE ? "exchange link" : "online-trading link";
        Check c = Check.expecting("monthly average of daily peak bandwidth use <= " + n(maxPercent) + "% on every "
                + what + " (judged on " + month + ", the last complete month before " + asOf + ")");
        return links(t, p, co).ok("within " + n(maxPercent) + "% in " + month).decide(c, l -> {
            Eval e = new Eval();
            TradingCalc.PeakAverage avg = TradingCalc.monthlyPeakAverage(l.dailyPeaks(), l.bandwidthMbps(), month, asOf);
            if (!avg.known()) {
                return e.missing(avg.missing(), Eval.zhField(avg.missing()), avg.reason());
            }
            String pct = avg.utilisationText(maxPercent);
            String zhAvg = month.getYear() + "年" + month.getMonthValue() + "月" + avg.days() + "个交易日峰值平均"
                    + avg.averageText() + "Mbps，带宽" + n(avg.bandwidthMbps()) + "Mbps，使用率" + pct + "%";
            if (avg.atMost(maxPercent)) {
                return e.zh(zhAvg);
            }
            return e.fail("monthly average of daily peaks " + pct + "% in " + month + " (" + avg.days()
                    + " trading days, average " + avg.averageText() + " of " + n(avg.bandwidthMbps())
                    + " Mbit/s); must not exceed " + n(maxPercent) + "%", zhAvg + "，超过" + n(maxPercent) + "%");
        });
    }

    /** x.3.2.6 (classes 2–4) exchange links. */
    public static Check exchangeLinkBandwidth(Trading t, BigDecimal maxPercent, LocalDate asOf) {
        return linkBandwidth(t, LinkPurpose.EXCHANGE, null, maxPercent, asOf);
    }

    /** x.3.2.8 online-trading links (only for companies offering online trading). */
    public static Check onlineLinkBandwidth(Trading t, Company co, BigDecimal maxPercent, LocalDate asOf) {
        Check none = noOnlineTrading(Check.expecting("monthly average of daily peak bandwidth use <= "
                + n(maxPercent) + "% on every online-trading link"), t, co);
        if (none != null) {
            return none;
        }
        return linkBandwidth(t, LinkPurpose.ONLINE_TRADING, co, maxPercent, asOf);
    }

    /**
     * x.3.2.9 应正确设置自动化监控工具的预警阀值，并定期进行检查和评估。 Every automated monitoring tool has alert
     * thresholds set (each with a metric and a value) and they were checked within the last year (定期 read as at
     * least once a year). The clause states no condition (it is not "对于采用自动化监控工具的"), so a company that
     * uses no automated monitoring tool ({@code monitoringTools: []}) has no thresholds set: NON_COMPLIANT, never
     * NOT_APPLICABLE.
     */
    public static Check monitoringThresholds(Trading t, LocalDate asOf) {
        Check c = Check.expecting("every automated monitoring tool has alert thresholds set, checked and evaluated "
                + "within the last year (since " + asOf.minusYears(1) + ")");
        if (t.monitoringTools() != null && t.monitoringTools().isEmpty()) {
            return c.observed("no automated monitoring tool, so no alert thresholds set or reviewed")
                    .situation("公司未使用自动化监控工具，未设置预警阀值，也未进行检查和评估。").nonCompliant();
        }
        return Each.of(t.monitoringTools(), "trading.monitoringTools")
                .scope(m -> Boolean.TRUE, "", "monitoring tool", "自动化监控工具")
                .zhName(m -> m.name() != null ? m.name() : String.valueOf(m.id()))
                .ok("have reviewed alert thresholds").decide(c, m -> {
                    Eval e = new Eval();
                    List<AlertThreshold> th = m.alertThresholds();
                    if (th == null) {
                        e.missing("alertThresholds");
                    } else if (th.isEmpty()) {
                        e.fail("no alert thresholds set", "未设置预警阀值");
                    } else {
                        boolean incomplete = false;
                        for (AlertThreshold a : th) {
                            if (a.metric() == null || a.value() == null) {
                                incomplete = true;
                            }
                        }
                        if (incomplete) {
                            e.missing("alertThresholds[].metric/value");
                        } else {
                            e.zh("设置预警阀值" + th.size() + "项");
                        }
                    }
                    List<ActivityRecord> rv = m.reviews();
                    if (rv == null) {
                        e.missing("reviews");
                    } else {
                        Optional<LocalDate> last = Calc.latest(rv, ActivityRecord::date, asOf);
                        if (last.isPresent() && Calc.withinYears(last.get(), asOf, 1)) {
                            e.zh("最近一次检查评估于" + last.get());
                        } else {
                            e.fail(last.map(d -> "thresholds last checked " + d + ", more than a year before " + asOf)
                                            .orElse("thresholds never checked"),
                                    last.map(d -> "预警阀值最近一次检查评估于" + d + "，超过一年").orElse("未对预警阀值进行检查评估"));
                        }
                    }
                    return e;
                });
    }

    // ---------------------------------------------------------------- x.3.3 系统冗余

    /**
     * x.3.3.1 核心系统及其部件应有备份（三、四类：热备份），备份能力应达到RTO<=5分钟、RPO<=30秒。 Every core system:
     * a backup (hot where {@code hot}), no component without backup, designed RTO/RPO within the limits when
     * stated, and the latest switch-over drill on or before the as-of date measured RTO and RPO within the limits
     * (no drill: the capability is not shown, INSUFFICIENT_DATA).
     */
    public static Check coreSystemBackup(Trading t, BigDecimal rtoMinutes, BigDecimal rpoSeconds, boolean hot,
                                         LocalDate asOf) {
        BigDecimal rtoLimit = TradingCalc.minutesToSeconds(rtoMinutes);
        // rpoSeconds is null for the earlier edition's 4.3.3.1 (所有部件应有热备份，具有5分钟内切换的能力): no RPO
        Check c = Check.expecting("every core system and its components have " + (hot ? "a hot" : "a")
                + " backup with RTO <= " + n(rtoMinutes) + " min (" + n(rtoLimit) + " s)"
                + (rpoSeconds == null ? "" : " and RPO <= " + n(rpoSeconds) + " s") + ", shown by the latest switch-over drill");
        return coreSystems(t).ok("meet the backup requirement").decide(c, s -> {
            Eval e = new Eval();
            SystemBackup b = s.backup();
            if (b == null) {
                return e.missing("backup");
            }
            if (b.mode() == null) {
                e.missing("backup.mode");
            } else if (b.mode() == BackupMode.NONE) {
                e.fail("no backup", "无备份");
            } else if (hot && b.mode() == BackupMode.COLD) {
                e.fail("cold backup only; a hot backup is required", "仅有冷备份，未达到热备份要求");
            } else {
                e.zh(b.mode() == BackupMode.HOT ? "有热备份" : "有冷备份");
            }
            if (b.componentsWithoutBackup() == null) {
                e.missing("backup.componentsWithoutBackup");
            } else if (!b.componentsWithoutBackup().isEmpty()) {
                e.fail("components without backup: " + String.join(", ", b.componentsWithoutBackup()),
                        "部件" + String.join("、", b.componentsWithoutBackup()) + "无备份");
            }
            limit(e, b.designedRtoSeconds(), rtoLimit, "designed RTO", "设计RTO", "s");
            if (rpoSeconds != null) {
                limit(e, b.designedRpoSeconds(), rpoSeconds, "designed RPO", "设计RPO", "s");
            }
            drill(e, b.drills(), asOf, rtoLimit, rpoSeconds, rpoSeconds != null, "backup.drills");
            return e;
        });
    }

    private static void limit(Eval e, BigDecimal value, BigDecimal max, String en, String zh, String unit) {
        if (value == null) {
            return;
        }
        if (value.compareTo(max) <= 0) {
            e.zh(zh + n(value) + "秒");
        } else {
            e.fail(en + " " + n(value) + " " + unit + " exceeds " + n(max) + " " + unit,
                    zh + n(value) + "秒，超过" + n(max) + "秒");
        }
    }

    /** The latest drill's measured RTO (and RPO when {@code withRpo}) must be within the limits. */
    static void drill(Eval e, List<FailoverDrill> drills, LocalDate asOf, BigDecimal rtoLimit, BigDecimal rpoLimit,
                      boolean withRpo, String field) {
        Optional<FailoverDrill> d = TradingCalc.latestDrill(drills, asOf);
        if (d.isEmpty()) {
            e.missing(field + " (no switch-over drill on or before " + asOf + ")", asOf + "前的切换演练记录");
            return;
        }
        FailoverDrill x = d.get();
        Boolean rtoOk = TradingCalc.atMost(x.rtoSeconds(), rtoLimit);
        if (rtoOk == null) {
            e.missing(field + "[" + x.date() + "].rtoSeconds");
        } else if (rtoOk) {
            e.zh(x.date() + "切换演练实测RTO " + n(x.rtoSeconds()) + "秒");
        } else {
            e.fail("drill of " + x.date() + " measured RTO " + n(x.rtoSeconds()) + " s, above " + n(rtoLimit) + " s",
                    x.date() + "切换演练实测RTO " + n(x.rtoSeconds()) + "秒，超过" + n(rtoLimit) + "秒");
        }
        if (!withRpo) {
            return;
        }
        Boolean rpoOk = TradingCalc.atMost(x.rpoSeconds(), rpoLimit);
        if (rpoOk == null) {
            e.missing(field + "[" + x.date() + "].rpoSeconds");
        } else if (rpoOk) {
            e.zh("实测RPO " + n(x.rpoSeconds()) + "秒");
        } else {
            e.fail("drill of " + x.date() + " measured RPO " + n(x.rpoSeconds()) + " s, above " + n(rpoLimit) + " s",
                    "实测RPO " + n(x.rpoSeconds()) + "秒，超过" + n(rpoLimit) + "秒");
        }
    }

    static String zh(NetworkDevice d) {
        return d.name() != null ? d.name() + "（" + d.id() + "）" : String.valueOf(d.id());
    }

    /**
     * x.3.3.2 与交易所连接的网络设备应无单点故障。 Every exchange-facing network device has a hot standby (or
     * active-active) peer, and that peer is a device listed in {@code trading.networkDevices}: a hot standby without a
     * named peer is not shown (INSUFFICIENT_DATA), one whose peer is not listed (or is itself) leaves the device a
     * single point of failure.
     */
    public static Check exchangeNetworkNoSpof(Trading t) {
        Check c = Check.expecting("no single point of failure among the network devices connecting to exchanges "
                + "(each has a hot standby or active-active peer listed among the network devices)");
        Set<String> listed = new LinkedHashSet<>();
        if (t.networkDevices() != null) {
            t.networkDevices().stream().map(NetworkDevice::id).filter(x -> x != null && !x.isBlank())
                    .forEach(x -> listed.add(x.strip()));
        }
        return Each.of(t.networkDevices(), "trading.networkDevices")
                .scope(NetworkDevice::exchangeFacing, "exchangeFacing", "exchange-facing network device",
                        "与交易所连接的网络设备")
                .zhName(TradingChecks::zh).ok("have a hot standby peer").decide(c, d -> {
                    Eval e = new Eval();
                    if (d.standby() == null) {
                        return e.missing("standby");
                    }
                    return switch (d.standby()) {
                        case HOT -> {
                            String peer = d.standbyPeer() == null || d.standbyPeer().isBlank() ? null : d.standbyPeer().strip();
                            if (peer == null) {
                                yield e.missing("standbyPeer", "热备设备", "standby: hot, but standbyPeer not stated");
                            }
                            if (peer.equals(d.id() == null ? null : d.id().strip())) {
                                yield e.fail("its standby peer is itself: single point of failure", "热备设备为其自身，存在单点故障");
                            }
                            if (!listed.contains(peer)) {
                                yield e.fail("its standby peer " + peer + " is not listed in trading.networkDevices: "
                                        + "single point of failure", "热备设备" + peer + "不在网络设备清单中，存在单点故障");
                            }
                            yield e.zh("与" + peer + "互为热备");
                        }
                        case COLD -> e.fail("single point of failure: only a cold spare", "仅有冷备件，存在单点故障");
                        case NONE -> e.fail("single point of failure: no standby", "无备份设备，存在单点故障");
                    };
                });
    }

    /** x.3.3.3 生产环境内的网络设备应有热备份，备份能力应达到RTO<=5分钟。 */
    public static Check networkHotStandby(Trading t, BigDecimal rtoMinutes, LocalDate asOf) {
        BigDecimal rtoLimit = TradingCalc.minutesToSeconds(rtoMinutes);
        Check c = Check.expecting("every production network device has a hot standby with RTO <= " + n(rtoMinutes)
                + " min (" + n(rtoLimit) + " s), shown by the latest switch-over drill");
        return Each.of(t.networkDevices(), "trading.networkDevices")
                .scope(NetworkDevice::production, "production", "production network device", "生产环境网络设备")
                .zhName(TradingChecks::zh).ok("have a hot standby within the RTO").decide(c, d -> {
                    Eval e = new Eval();
                    if (d.standby() == null) {
                        e.missing("standby");
                    } else if (d.standby() == BackupMode.HOT) {
                        e.zh("有热备份");
                    } else {
                        e.fail(d.standby() == BackupMode.COLD ? "cold spare only, no hot standby" : "no standby",
                                d.standby() == BackupMode.COLD ? "仅有冷备件，无热备份" : "无备份");
                    }
                    limit(e, d.designedRtoSeconds(), rtoLimit, "designed RTO", "设计切换时间", "s");
                    drill(e, d.drills(), asOf, rtoLimit, null, false, "drills");
                    return e;
                });
    }

    /**
     * x.3.3.4 应使用多个电信运营商的链路作为网上交易的通信链路。 At least two different carriers among the online-trading
     * links, the names normalised by {@link Carriers} (中国电信 and 电信 are one carrier; 无 is none).
     */
    public static Check onlineLinkCarriers(Trading t, Company co) {
        Check c = Check.expecting("online-trading links come from at least 2 different telecom carriers");
        Check none = noOnlineTrading(c, t, co);
        if (none != null) {
            return none;
        }
        if (t.links() == null) {
            return c.observed("trading.links not stated").situation("未提供网上交易通信链路情况。").insufficient("trading.links");
        }
        Set<String> carriers = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        List<TradingLink> online = new ArrayList<>();
        List<TradingLink> maybe = new ArrayList<>();
        List<String> zh = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (TradingLink l : t.links()) {
            Boolean sc = purposeScope(l, LinkPurpose.ONLINE_TRADING);
            if (Boolean.FALSE.equals(sc)) {
                continue;
            }
            if (sc == null) {
                unknown.add("trading.links[" + l.id() + "].purpose");
                maybe.add(l);
                continue;
            }
            online.add(l);
            if (l.carrier() == null) {
                unknown.add("trading.links[" + l.id() + "].carrier");
                zh.add(l.id() + "：未说明运营商");
            } else if (Carriers.none(l.carrier())) {
                notes.add("'" + l.carrier().strip() + "' on " + l.id() + " names no carrier");
                zh.add(l.id() + "：运营商为“" + l.carrier().strip() + "”，不计");
            } else {
                carriers.add(Carriers.key(l.carrier()));
                if (!Carriers.recognised(l.carrier())) {
                    notes.add("'" + l.carrier().strip() + "' on " + l.id() + " is not a recognised carrier name, counted "
                            + "as a carrier of its own (recognised: " + String.join(", ", Carriers.KNOWN) + ")");
                }
                zh.add(l.id() + "（" + l.carrier().strip() + "）");
            }
        }
        if (online.isEmpty() && maybe.isEmpty()) {
            Boolean flag = co == null ? null : co.onlineTrading();
            return c.observed(Boolean.TRUE.equals(flag) ? "company.onlineTrading is true, but no online-trading link is "
                            + "listed in trading.links: the two disagree" : "no online-trading link is listed in trading.links, "
                            + "and whether the company offers online trading (company.onlineTrading) is not stated")
                    .situation(Boolean.TRUE.equals(flag) ? "公司开展网上交易，但未列出网上交易通信链路，二者不一致。"
                            : "未列出网上交易通信链路，也未说明是否开展网上交易。")
                    .insufficient(Boolean.TRUE.equals(flag) ? "company.onlineTrading, trading.links" : "company.onlineTrading");
        }
        c.facts(online).situation((online.isEmpty() ? "未列出确定的网上交易通信链路" : "网上交易通信链路："
                + String.join("、", zh) + "，共" + carriers.size() + "家运营商") + "。");
        String obs = carriers.size() + (carriers.size() == 1 ? " carrier" : " carriers") + " ("
                + String.join(", ", carriers) + ") on " + online.size() + " online-trading "
                + (online.size() == 1 ? "link" : "links") + ": "
                + String.join(", ", online.stream().map(l -> l.id() + " (" + (l.carrier() == null ? "carrier not stated"
                : l.carrier().strip()) + ")").toList())
                + (maybe.isEmpty() ? "" : "; purpose not stated for " + Each.ids(maybe))
                + (notes.isEmpty() ? "" : "; " + String.join("; ", notes));
        if (carriers.size() >= 2) {
            return c.observed(obs).compliant();
        }
        if (!unknown.isEmpty()) {
            return c.observed(obs).insufficient(String.join(", ", unknown));
        }
        return c.observed(obs).nonCompliant();
    }

    // ---------------------------------------------------------------- x.3.4 行情冗余 / x.3.5 银期系统冗余

    /** x.3.4.1 应提供至少2套行情服务互为备份。 */
    /**
     * The earlier edition's 4.3.4.1 应向客户同时提供至少2套行情服务，且均使用至少2套服务器: at least {@code minServices}
     * services in service, each of them on at least {@code minServersEach} servers.
     */
    public static Check marketDataRedundancy(Trading t, int minServices, int minServersEach) {
        Check c = Check.expecting("at least " + minServices + " market-data services offered to clients at the same time, "
                + "each on at least " + minServersEach + " servers");
        return marketDataEach(t, c, minServices, x -> x.servers() == null ? null : x.servers() >= minServersEach,
                x -> x.servers() == null ? "servers not stated" : x.servers() + " servers",
                x -> x.servers() == null ? "服务器数量未说明" : x.servers() + "套服务器",
                "servers", "套行情服务，且均使用至少" + minServersEach + "套服务器");
    }

    /**
     * The earlier edition's 4.3.4.2 (earlier only) 应有至少2套行情服务，且均通过至少两个电信运营商提供服务: at least
     * {@code minServices} services in service, each served over at least {@code minCarriers} carriers.
     */
    public static Check marketDataCarriers(Trading t, int minServices, int minCarriers) {
        Check c = Check.expecting("at least " + minServices + " market-data services, each served over at least "
                + minCarriers + " telecom carriers");
        return marketDataEach(t, c, minServices,
                x -> x.carriers() == null ? null : TradingCalc.distinctCarriers(x.carriers()) >= minCarriers,
                x -> x.carriers() == null ? "carriers not stated" : "carriers " + String.join(", ", x.carriers()),
                x -> x.carriers() == null ? "运营商未说明" : "经" + String.join("、", x.carriers()) + "提供服务",
                "carriers", "套行情服务，且均通过至少" + minCarriers + "个电信运营商提供服务");
    }

    /** At least {@code min} services in service that each pass {@code test} (null: not stated). */
    private static Check marketDataEach(Trading t, Check c, int min, java.util.function.Function<MarketDataService, Boolean> test,
                                        java.util.function.Function<MarketDataService, String> en,
                                        java.util.function.Function<MarketDataService, String> zhText,
                                        String field, String zhRequirement) {
        if (t.marketDataServices() == null) {
            return c.observed("trading.marketDataServices not stated").situation("未提供行情服务情况。")
                    .insufficient("trading.marketDataServices");
        }
        List<MarketDataService> ok = new ArrayList<>();
        List<MarketDataService> unknown = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> enParts = new ArrayList<>();
        List<String> zhParts = new ArrayList<>();
        for (MarketDataService x : t.marketDataServices()) {
            String name = x.name() != null ? x.name() : x.id();
            Boolean running = x.inService();
            Boolean passes = test.apply(x);
            enParts.add(x.id() + ": " + (Boolean.FALSE.equals(running) ? "not in service"
                    : (running == null ? "in service not stated, " : "") + en.apply(x)));
            zhParts.add(name + (Boolean.FALSE.equals(running) ? "（未运行）" : "（" + zhText.apply(x) + "）"));
            if (Boolean.FALSE.equals(running) || Boolean.FALSE.equals(passes)) {
                continue;
            }
            if (running == null || passes == null) {
                unknown.add(x);
                missing.add("trading.marketDataServices[" + x.id() + "]." + (running == null ? "inService" : field));
            } else {
                ok.add(x);
            }
        }
        c.facts(ok, unknown).situation("提供行情服务" + t.marketDataServices().size() + "套"
                + (zhParts.isEmpty() ? "" : "：" + String.join("、", zhParts)) + "；要求至少" + min + zhRequirement + "。");
        String obs = ok.size() + " qualifying (" + (ok.isEmpty() ? "none" : Each.ids(ok)) + ")"
                + (enParts.isEmpty() ? "" : "; " + String.join("; ", enParts));
        if (ok.size() >= min) {
            return c.observed(obs).compliant();
        }
        if (ok.size() + unknown.size() >= min) {
            return c.observed(obs).insufficient(String.join(", ", missing));
        }
        return c.observed(obs).nonCompliant();
    }

    public static Check marketDataRedundancy(Trading t, int minServices) {
        Check c = Check.expecting("at least " + minServices + " market-data services in service, backing each other up");
        if (t.marketDataServices() == null) {
            return c.observed("trading.marketDataServices not stated").situation("未提供行情服务情况。")
                    .insufficient("trading.marketDataServices");
        }
        Split<MarketDataService> s = Split.of(t.marketDataServices(), x -> Boolean.TRUE, MarketDataService::inService);
        List<String> zh = new ArrayList<>();
        s.pass().forEach(x -> zh.add((x.name() != null ? x.name() : x.id()) + "（运行中）"));
        s.fail().forEach(x -> zh.add((x.name() != null ? x.name() : x.id()) + "（未运行）"));
        s.unknown().forEach(x -> zh.add((x.name() != null ? x.name() : x.id()) + "（未说明是否运行）"));
        c.facts(s.pass(), s.unknown()).situation("提供行情服务" + s.pass().size() + "套"
                + (zh.isEmpty() ? "" : "：" + String.join("、", zh)) + "；要求至少" + minServices + "套互为备份。");
        String obs = s.pass().size() + " in service" + (s.pass().isEmpty() ? "" : " (" + Each.ids(s.pass()) + ")")
                + (s.unknown().isEmpty() ? "" : ", not stated for " + Each.ids(s.unknown()));
        if (s.pass().size() >= minServices) {
            return c.observed(obs).compliant();
        }
        if (s.pass().size() + s.unknown().size() >= minServices) {
            List<String> missing = new ArrayList<>();
            s.unknown().forEach(x -> missing.add("trading.marketDataServices[" + x.id() + "].inService"));
            return c.observed(obs).insufficient(String.join(", ", missing));
        }
        return c.observed(obs).nonCompliant();
    }

    /** x.3.5.1 应与至少2家银行实现全国性银期转帐。 Distinct banks with nationwide transfer live on the as-of date. */
    public static Check bankFuturesBanks(Trading t, int minBanks, LocalDate asOf) {
        Check c = Check.expecting("nationwide bank-futures transfer live with at least " + minBanks + " banks on " + asOf);
        if (t.bankTransfers() == null) {
            return c.observed("trading.bankTransfers not stated").situation("未提供银期转账情况。")
                    .insufficient("trading.bankTransfers");
        }
        Set<String> banks = new LinkedHashSet<>();
        Set<String> maybe = new LinkedHashSet<>();
        List<String> missing = new ArrayList<>();
        List<BankTransfer> live = new ArrayList<>();
        List<String> zh = new ArrayList<>();
        for (BankTransfer b : t.bankTransfers()) {
            String key = b.bank() == null ? null : b.bank().strip();
            Boolean on = b.liveOn(asOf);
            Boolean nat = b.nationwide();
            String name = key == null ? "（未说明银行）" : key;
            if (Boolean.FALSE.equals(on)) {
                zh.add(name + "（" + (b.liveSince() != null && b.liveSince().isAfter(asOf) ? "尚未上线" : "已停止") + "）");
                continue;
            }
            if (Boolean.FALSE.equals(nat)) {
                zh.add(name + "（非全国性）");
                continue;
            }
            if (key == null || on == null || nat == null) {
                if (key == null) {
                    missing.add("trading.bankTransfers[].bank");
                }
                if (on == null) {
                    missing.add("trading.bankTransfers[" + name + "].liveSince");
                }
                if (nat == null) {
                    missing.add("trading.bankTransfers[" + name + "].nationwide");
                }
                maybe.add(key == null ? "?" + missing.size() : key);
                zh.add(name + "（情况未说明）");
                continue;
            }
            banks.add(key);
            live.add(b);
            zh.add(name + "（全国性，" + b.liveSince() + "上线）");
        }
        maybe.removeAll(banks);
        c.facts(live).situation("与" + banks.size() + "家银行实现全国性银期转账"
                + (zh.isEmpty() ? "" : "：" + String.join("、", zh)) + "；要求至少" + minBanks + "家。");
        String obs = banks.size() + " bank(s) with nationwide transfer live" + (banks.isEmpty() ? "" : ": " + String.join(", ", banks));
        if (banks.size() >= minBanks) {
            return c.observed(obs).compliant();
        }
        if (banks.size() + maybe.size() >= minBanks) {
            return c.observed(obs + "; not stated: " + String.join(", ", missing)).insufficient(String.join(", ", missing));
        }
        return c.observed(obs).nonCompliant();
    }

    /** x.3.5.2 所有银期转账系统应具备抗单点故障的能力。 */
    public static Check bankTransferNoSpof(Trading t) {
        Check c = Check.expecting("no bank-futures transfer system has a single point of failure");
        return Each.of(t.systems(), "trading.systems")
                .scope(s -> kindScope(s, SystemKind.BANK_FUTURES), "kind", "bank-futures system", "银期转账系统")
                .zhName(TradingChecks::zh).ok("have no single point of failure").decide(c, s -> {
                    Eval e = new Eval();
                    List<String> spof = s.singlePointsOfFailure();
                    if (spof == null) {
                        return e.missing("singlePointsOfFailure");
                    }
                    if (spof.isEmpty()) {
                        return e.zh("无单点故障");
                    }
                    return e.fail("single points of failure: " + String.join(", ", spof),
                            "存在单点故障：" + String.join("、", spof));
                });
    }
}
