package io.fitg.rules.branch;

import io.fitg.model.Sections;
import io.fitg.model.branch.Branch;
import io.fitg.model.branch.BranchContact;
import io.fitg.model.branch.BranchDevice;
import io.fitg.model.branch.HqReporting;
import io.fitg.model.branch.TradingComputers;
import io.fitg.model.branch.TradingLink;
import io.fitg.model.common.ActivityRecord;
import io.fitg.model.common.DocumentRecord;
import io.fitg.rules.support.Calc;
import io.fitg.rules.support.Verdict;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The per-branch checks of chapter x.8 分支机构技术要求 and the entry points the DRL rules call. Readings of the
 * guideline's unquantified words (documented in docs/profile/8-branch.md):
 * <ul>
 *   <li>定期进行全面检查: a full virus scan within the last {@value #FULL_SCAN_MONTHS} month;</li>
 *   <li>及时更新病毒库: virus definitions updated within the last {@value #SIGNATURE_DAYS} days;</li>
 *   <li>及时更新操作系统补丁: patches applied within the last {@value #PATCH_MONTHS} months;</li>
 *   <li>准确联系方式: every contact checked within the last {@value #CONTACT_YEARS} year;</li>
 *   <li>适当的演练: a drill within the last {@value #DRILL_YEARS} year;</li>
 *   <li>及时进行必要的升级: a device or link whose latest peak use exceeds the company's own upgrade threshold has
 *       an upgrade on record within the last {@value #UPGRADE_MONTHS} months;</li>
 *   <li>总部了解运行情况: the branch's state reached headquarters within the working days its own mechanism sets.</li>
 * </ul>
 */
public final class BranchChecks {
    public static final int FULL_SCAN_MONTHS = 1;
    public static final int SIGNATURE_DAYS = 7;
    public static final int PATCH_MONTHS = 3;
    public static final int CONTACT_YEARS = 1;
    public static final int DRILL_YEARS = 1;
    public static final int UPGRADE_MONTHS = 3;
    /** 至少两条交易通信链路. */
    public static final int MIN_TRADING_LINKS = 2;

    private BranchChecks() {
    }

    static boolean given(String s) {
        return s != null && !s.isBlank();
    }

    static Set<String> names(Collection<String> l) {
        Set<String> out = new LinkedHashSet<>();
        if (l != null) {
            l.stream().filter(BranchChecks::given).map(String::strip).forEach(out::add);
        }
        return out;
    }

    static String device(BranchDevice d) {
        return d.id() != null ? d.id() : d.role() != null ? d.role() : String.valueOf(d.kind());
    }

    /** Working days (Monday to Friday) after {@code from} up to and including {@code to}; 0 when to is not later. */
    public static int workingDaysAfter(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                n++;
            }
        }
        return n;
    }

    static void document(BranchResult r, DocumentRecord d, LocalDate asOf, String field, String en, String zh) {
        if (d == null) {
            r.missing(field, zh);
        } else if (!d.inForceOn(asOf)) {
            r.fail(en + " not in force" + (d.issued() == null ? " (never issued)" : ""), zh + "未生效");
        } else {
            r.ok(en + " issued " + d.issued(), zh + d.issued() + "发布");
        }
    }

    // ---- x.8.1.1 equipment area -------------------------------------------------------------------------------

    /** A separate equipment area holding every network, communication, host and security device. */
    public static BranchResult equipmentAreaOf(Branch b) {
        BranchResult r = new BranchResult();
        if (b.equipmentAreaSeparate() == null) {
            r.missing("equipmentAreaSeparate", "设备区域情况");
        } else if (!b.equipmentAreaSeparate()) {
            r.fail("equipment area not separate", "设备区域非单独区域");
        } else {
            r.ok("separate equipment area", "设有单独的设备区域");
        }
        if (b.devices() == null) {
            return r.missing("devices", "设备清单");
        }
        List<String> outside = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        int inside = 0;
        for (BranchDevice d : b.devices()) {
            if (d.kind() != null && !d.kind().belongsInEquipmentArea()) {
                continue;
            }
            if (Boolean.FALSE.equals(d.inEquipmentArea()) && d.kind() != null) {
                outside.add(device(d));
            } else if (d.inEquipmentArea() == null || d.kind() == null) {
                unknown.add(device(d));
            } else {
                inside++;
            }
        }
        if (!outside.isEmpty()) {
            r.fail("devices outside the equipment area: " + String.join(", ", outside),
                    "设备" + String.join("、", outside) + "未放置在设备区域");
        }
        if (!unknown.isEmpty()) {
            r.unknown("devices[].inEquipmentArea", "location of " + String.join(", ", unknown) + " not stated",
                    String.join("、", unknown) + "放置位置未说明");
        }
        return r.ok(inside + " network/communication/host devices in it", "网络、通信和主机设备" + inside + "台均在设备区域");
    }

    public static void equipmentArea(Verdict v, Sections s, Collection<?> bs) {
        equipmentArea(v, s, bs, false);
    }

    /** With {@code allBranches} every branch (the earlier edition's 每个营业部), not only the on-site-trading ones. */
    public static void equipmentArea(Verdict v, Sections s, Collection<?> bs, boolean allBranches) {
        BranchRules.decide(v, s, bs, !allBranches, BranchChecks::equipmentAreaOf);
    }

    // ---- x.8.1.2 technician in trading hours ------------------------------------------------------------------

    public static BranchResult tradingHoursTechnicianOf(Branch b) {
        BranchResult r = new BranchResult();
        if (b.tradingHoursTechnicians() == null) {
            return r.missing("tradingHoursTechnicians", "交易时间技术保障人员");
        }
        Set<String> t = names(b.tradingHoursTechnicians());
        if (t.isEmpty()) {
            return r.fail("no technician responsible during trading hours", "交易时间内无技术人员负责技术系统保障");
        }
        return r.ok("technician(s) in trading hours: " + String.join(", ", t), "交易时间由" + String.join("、", t) + "负责技术保障");
    }

    public static void tradingHoursTechnician(Verdict v, Sections s, Collection<?> bs) {
        tradingHoursTechnician(v, s, bs, false);
    }

    /** With {@code allBranches} every branch (the earlier edition's 每个营业部), not only the on-site-trading ones. */
    public static void tradingHoursTechnician(Verdict v, Sections s, Collection<?> bs, boolean allBranches) {
        BranchRules.decide(v, s, bs, !allBranches, BranchChecks::tradingHoursTechnicianOf);
    }

    // ---- x.8.1.3 structure document ---------------------------------------------------------------------------

    /** A structure document in force, updated on or after the latest change to the branch's systems. */
    public static BranchResult structureDocumentOf(Branch b, LocalDate asOf) {
        BranchResult r = new BranchResult();
        DocumentRecord d = b.structureDocument();
        if (d == null) {
            return r.missing("structureDocument", "业务系统结构文档");
        }
        if (!d.inForceOn(asOf)) {
            return r.fail("structure document not issued", "业务系统结构文档未正式发布");
        }
        if (b.lastSystemChange() == null) {
            return r.missing("lastSystemChange", "最近一次系统变更日期");
        }
        LocalDate u = d.lastUpdated();
        if (u.isBefore(b.lastSystemChange())) {
            return r.fail("structure document last updated " + u + ", before the system change of " + b.lastSystemChange(),
                    "业务系统结构文档最近更新于" + u + "，早于" + b.lastSystemChange() + "的系统变更，与当前运行情况不符");
        }
        return r.ok("structure document updated " + u + ", after the latest system change " + b.lastSystemChange(),
                "业务系统结构文档更新于" + u + "，不早于最近一次系统变更日期" + b.lastSystemChange());
    }

    public static void structureDocument(Verdict v, Sections s, Collection<?> bs, LocalDate asOf) {
        structureDocument(v, s, bs, asOf, false);
    }

    /** With {@code allBranches} every branch (the earlier edition's 每个营业部), not only the on-site-trading ones. */
    public static void structureDocument(Verdict v, Sections s, Collection<?> bs, LocalDate asOf, boolean allBranches) {
        BranchRules.decide(v, s, bs, !allBranches, b -> structureDocumentOf(b, asOf));
    }

    // ---- x.8.1.4 firewall -------------------------------------------------------------------------------------

    public static BranchResult firewallOf(Branch b) {
        BranchResult r = new BranchResult();
        if (b.devices() == null) {
            return r.missing("devices", "设备清单");
        }
        List<String> fw = b.devices().stream().filter(d -> d.kind() == BranchDevice.Kind.FIREWALL).map(BranchChecks::device).toList();
        if (!fw.isEmpty()) {
            return r.ok("firewall " + String.join(", ", fw), "配备防火墙" + String.join("、", fw));
        }
        if (b.devices().stream().anyMatch(d -> d.kind() == null)) {
            return r.unknown("devices[].kind", "kind of some devices not stated", "部分设备未说明类型");
        }
        return r.fail("no firewall or equivalent security device", "未配备防火墙或相当的安全防护设备");
    }

    public static void firewall(Verdict v, Sections s, Collection<?> bs) {
        firewall(v, s, bs, false);
    }

    /** With {@code allBranches} every branch (the earlier edition's 每个营业部), not only the on-site-trading ones. */
    public static void firewall(Verdict v, Sections s, Collection<?> bs, boolean allBranches) {
        BranchRules.decide(v, s, bs, !allBranches, BranchChecks::firewallOf);
    }

    // ---- x.8.1.5 antivirus and patches ------------------------------------------------------------------------

    public static BranchResult antivirusOf(Branch b, LocalDate asOf) {
        return antivirusOf(b, asOf, true);
    }

    /**
     * As above; with {@code osPatches} false the OS patches are not asked for (the earlier edition's 4.8.1.6 asks for
     * antivirus only; its 4.8.1.5 asks for patches, see {@link #patchesOf}).
     */
    public static BranchResult antivirusOf(Branch b, LocalDate asOf, boolean osPatches) {
        BranchResult r = new BranchResult();
        TradingComputers c = b.tradingComputers();
        if (c == null) {
            return r.missing("tradingComputers", "交易系统计算机防病毒及补丁情况");
        }
        if (c.count() == null) {
            return r.missing("tradingComputers.count", "交易系统计算机数量");
        }
        if (c.count() == 0) {
            return r.ok("no computers used by the trading systems", "交易系统无本地计算机");
        }
        if (c.withAntivirus() == null) {
            r.missing("tradingComputers.withAntivirus", "部署防病毒软件的计算机数量");
        } else if (c.withAntivirus() < c.count()) {
            r.fail("antivirus on " + c.withAntivirus() + " of " + c.count() + " computers",
                    c.count() + "台计算机中仅" + c.withAntivirus() + "台部署防病毒软件");
        } else {
            r.ok("antivirus on all " + c.count() + " computers", c.count() + "台计算机均部署防病毒软件");
        }
        dated(r, c.lastFullScan(), asOf.minusMonths(FULL_SCAN_MONTHS), "tradingComputers.lastFullScan",
                "full scan", "全面检查", FULL_SCAN_MONTHS + " month", FULL_SCAN_MONTHS + "个月", asOf);
        dated(r, c.lastSignatureUpdate(), asOf.minusDays(SIGNATURE_DAYS), "tradingComputers.lastSignatureUpdate",
                "virus definitions updated", "病毒库更新", SIGNATURE_DAYS + " days", SIGNATURE_DAYS + "天", asOf);
        if (osPatches) {
            dated(r, c.lastPatchUpdate(), asOf.minusMonths(PATCH_MONTHS), "tradingComputers.lastPatchUpdate",
                    "OS patches updated", "操作系统补丁更新", PATCH_MONTHS + " months", PATCH_MONTHS + "个月", asOf);
        }
        return r;
    }

    /**
     * The earlier edition's 4.8.1.5 (earlier only) 应建立有效机制，保障及时对核心系统依赖的各种系统软件所需要的补丁进行了解、
     * 评估、必要的测试和升级, per branch: the system software of the branch's trading computers patched within the last
     * {@value #PATCH_MONTHS} months (the reading of 及时 the current x.8.1.5 uses).
     */
    public static BranchResult patchesOf(Branch b, LocalDate asOf) {
        BranchResult r = new BranchResult();
        TradingComputers c = b.tradingComputers();
        if (c == null) {
            return r.missing("tradingComputers", "交易系统计算机补丁情况");
        }
        if (c.count() == null) {
            return r.missing("tradingComputers.count", "交易系统计算机数量");
        }
        if (c.count() == 0) {
            return r.ok("no computers used by the trading systems", "交易系统无本地计算机");
        }
        dated(r, c.lastPatchUpdate(), asOf.minusMonths(PATCH_MONTHS), "tradingComputers.lastPatchUpdate",
                "system software patched", "系统软件补丁升级", PATCH_MONTHS + " months", PATCH_MONTHS + "个月", asOf);
        return r;
    }

    public static void patches(Verdict v, Sections s, Collection<?> bs, LocalDate asOf) {
        BranchRules.decide(v, s, bs, false, b -> patchesOf(b, asOf));
    }

    /** The earlier edition's 4.8.2.1 (earlier only): the equipment area of an on-site-trading branch is a room of its own. */
    public static BranchResult equipmentRoomOf(Branch b) {
        BranchResult r = new BranchResult();
        if (b.equipmentRoom() == null) {
            return r.missing("equipmentRoom", "设备区域是否为单独的房间");
        }
        return b.equipmentRoom() ? r.ok("equipment in a room of its own", "设备区域为单独的房间")
                : r.fail("equipment area not a room of its own", "设备区域不是单独的房间");
    }

    public static void equipmentRoom(Verdict v, Sections s, Collection<?> bs) {
        BranchRules.decide(v, s, bs, true, BranchChecks::equipmentRoomOf);
    }

    /** The earlier edition's 4.8.2.2 (earlier only): an on-site-trading branch's equipment area has a UPS and air conditioning. */
    public static BranchResult upsAndAirConditioningOf(Branch b) {
        BranchResult r = new BranchResult();
        if (b.equipmentAreaUps() == null) {
            r.missing("equipmentAreaUps", "设备区域UPS配备情况");
        } else if (!b.equipmentAreaUps()) {
            r.fail("no UPS for the equipment area", "设备区域未配备UPS");
        } else {
            r.ok("UPS", "配备UPS");
        }
        if (b.equipmentAreaAirConditioning() == null) {
            r.missing("equipmentAreaAirConditioning", "设备区域空调配备情况");
        } else if (!b.equipmentAreaAirConditioning()) {
            r.fail("no air conditioning for the equipment area", "设备区域未配备空调");
        } else {
            r.ok("air conditioning", "配备空调");
        }
        return r;
    }

    public static void upsAndAirConditioning(Verdict v, Sections s, Collection<?> bs) {
        BranchRules.decide(v, s, bs, true, BranchChecks::upsAndAirConditioningOf);
    }

    private static void dated(BranchResult r, LocalDate d, LocalDate from, String field, String en, String zh,
                              String windowEn, String windowZh, LocalDate asOf) {
        if (d == null) {
            r.missing(field, zh + "日期");
        } else if (d.isBefore(from) || d.isAfter(asOf)) {
            r.fail(en + " " + d + ", not within the last " + windowEn, zh + "为" + d + "，超过" + windowZh);
        } else {
            r.ok(en + " " + d, zh + d);
        }
    }

    public static void antivirus(Verdict v, Sections s, Collection<?> bs, LocalDate asOf) {
        antivirus(v, s, bs, asOf, false, true);
    }

    /**
     * With {@code allBranches} every branch (the earlier edition's 每个营业部); with {@code osPatches} false antivirus
     * only (the earlier edition's 4.8.1.6 应对使用Windows平台的计算机部署防病毒软件…, read on the trading computers).
     */
    public static void antivirus(Verdict v, Sections s, Collection<?> bs, LocalDate asOf, boolean allBranches,
                                 boolean osPatches) {
        BranchRules.decide(v, s, bs, !allBranches, b -> antivirusOf(b, asOf, osPatches));
    }

    // ---- x.8.1.6 HQ knows each branch's state -----------------------------------------------------------------

    /** A reporting channel and interval, and the branch's state received at HQ within that many working days. */
    public static BranchResult hqAwarenessOf(Branch b, LocalDate asOf) {
        BranchResult r = new BranchResult();
        HqReporting h = b.hqReporting();
        if (h == null) {
            return r.missing("hqReporting", "总部了解运行情况的机制");
        }
        if (!given(h.channel())) {
            r.missing("hqReporting.channel", "报送或监控方式");
        }
        if (h.intervalWorkingDays() == null) {
            r.missing("hqReporting.intervalWorkingDays", "报送周期");
        }
        if (h.lastReport() == null) {
            r.missing("hqReporting.lastReport", "最近一次报送日期");
        }
        if (h.intervalWorkingDays() == null || h.lastReport() == null) {
            return r;
        }
        if (h.lastReport().isAfter(asOf)) {
            return r.fail("last report dated after " + asOf, "最近一次报送日期晚于评估基准日");
        }
        int gap = workingDaysAfter(h.lastReport(), asOf);
        if (gap > h.intervalWorkingDays()) {
            return r.fail("state last reached HQ on " + h.lastReport() + ", " + gap + " working days ago; the mechanism ("
                            + h.channel() + ") sets every " + h.intervalWorkingDays(),
                    "最近一次于" + h.lastReport() + "向总部报送，已间隔" + gap + "个工作日，超过机制规定的" + h.intervalWorkingDays() + "个工作日");
        }
        return r.ok(h.channel() + ", every " + h.intervalWorkingDays() + " working day(s), last " + h.lastReport(),
                "通过" + h.channel() + "每" + h.intervalWorkingDays() + "个工作日向总部报送，最近一次" + h.lastReport());
    }

    public static void hqAwareness(Verdict v, Sections s, Collection<?> bs, LocalDate asOf) {
        BranchRules.decide(v, s, bs, false, b -> hqAwarenessOf(b, asOf));
    }

    // ---- x.8.1.7 contacts -------------------------------------------------------------------------------------

    public static BranchResult contactsOf(Branch b, LocalDate asOf) {
        BranchResult r = new BranchResult();
        if (b.contacts() == null) {
            return r.missing("contacts", "联系方式");
        }
        boolean partyUnknown = b.contacts().stream().anyMatch(c -> c.party() == null);
        for (BranchContact.Party p : BranchContact.Party.values()) {
            String en = p == BranchContact.Party.HQ ? "headquarters" : "IT service provider";
            String zh = p == BranchContact.Party.HQ ? "总部" : "信息技术服务提供商";
            if (b.contacts().stream().noneMatch(c -> c.party() == p)) {
                if (partyUnknown) {
                    r.unknown("contacts[].party", "whose some contacts are is not stated", "部分联系人未说明所属单位");
                } else {
                    r.fail("no " + en + " contact", "无" + zh + "联系方式");
                }
            }
        }
        List<String> stale = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (BranchContact c : b.contacts()) {
            String n = c.name() != null ? c.name() : String.valueOf(c.party());
            if (c.phone() != null && c.phone().isBlank()) {
                stale.add(n + " (no phone)");
            } else if (c.phone() == null || c.verified() == null) {
                unknown.add(n);
            } else if (!Calc.withinYears(c.verified(), asOf, CONTACT_YEARS)) {
                stale.add(n + " (last checked " + c.verified() + ")");
            }
        }
        if (!stale.isEmpty()) {
            r.fail("contacts not checked within the last " + CONTACT_YEARS + " year: " + String.join(", ", stale),
                    "联系方式超过" + CONTACT_YEARS + "年未核实：" + String.join("、", stale));
        }
        if (!unknown.isEmpty()) {
            r.unknown("contacts[].phone/verified", "phone or check date not stated for " + String.join(", ", unknown),
                    String.join("、", unknown) + "未说明电话或核实日期");
        }
        return r.ok(b.contacts().size() + " HQ and provider contacts, checked within the last year",
                "总部及服务商联系方式" + b.contacts().size() + "条，均在一年内核实");
    }

    public static void contacts(Verdict v, Sections s, Collection<?> bs, LocalDate asOf) {
        contacts(v, s, bs, asOf, false);
    }

    /** With {@code allBranches} every branch (the earlier edition's 每个营业部), not only the on-site-trading ones. */
    public static void contacts(Verdict v, Sections s, Collection<?> bs, LocalDate asOf, boolean allBranches) {
        BranchRules.decide(v, s, bs, !allBranches, b -> contactsOf(b, asOf));
    }

    // ---- x.8.2.1 two trading links ----------------------------------------------------------------------------

    public static BranchResult tradingLinksOf(Branch b) {
        BranchResult r = new BranchResult();
        if (b.tradingLinks() == null) {
            return r.missing("tradingLinks", "交易通信链路");
        }
        int n = b.tradingLinks().size();
        List<String> ids = b.tradingLinks().stream()
                .map(l -> (l.id() != null ? l.id() : "link") + (l.carrier() != null ? " " + l.carrier() : "")).toList();
        if (n < MIN_TRADING_LINKS) {
            return r.fail(n + " trading link(s)" + (n == 0 ? "" : ": " + String.join(", ", ids)),
                    "交易通信链路仅" + n + "条" + (n == 0 ? "" : "（" + String.join("、", ids) + "）"));
        }
        return r.ok(n + " trading links: " + String.join(", ", ids), "交易通信链路" + n + "条（" + String.join("、", ids) + "）");
    }

    public static void tradingLinks(Verdict v, Sections s, Collection<?> bs) {
        BranchRules.decide(v, s, bs, true, BranchChecks::tradingLinksOf);
    }

    // ---- x.8.2.2 key devices redundant ------------------------------------------------------------------------

    /** Every key device's role is filled by at least two devices. */
    public static BranchResult redundancyOf(Branch b) {
        BranchResult r = new BranchResult();
        if (b.devices() == null) {
            return r.missing("devices", "设备清单");
        }
        List<BranchDevice> key = b.devices().stream().filter(d -> Boolean.TRUE.equals(d.key())).toList();
        if (key.isEmpty()) {
            return r.unknown("devices[].key", "no device is marked as a key device", "设备清单未标明关键设备");
        }
        Map<String, List<String>> byRole = new LinkedHashMap<>();
        for (BranchDevice d : b.devices()) {
            if (d.role() != null) {
                byRole.computeIfAbsent(d.role().strip(), x -> new ArrayList<>()).add(device(d));
            }
        }
        Set<String> single = new LinkedHashSet<>();
        Set<String> pairs = new LinkedHashSet<>();
        Set<String> pairsZh = new LinkedHashSet<>();
        boolean noRole = false;
        for (BranchDevice d : key) {
            if (d.role() == null) {
                noRole = true;
                continue;
            }
            List<String> same = byRole.get(d.role().strip());
            if (same.size() < 2) {
                single.add(d.role() + " (" + device(d) + ")");
            } else {
                pairs.add(d.role() + " (" + String.join(", ", same) + ")");
                pairsZh.add(d.role() + "（" + String.join("、", same) + "）");
            }
        }
        // a device whose role is not stated may be the missing twin: then a lone key device is unknown, not failing
        boolean anyNoRole = b.devices().stream().anyMatch(d -> d.role() == null);
        if (!single.isEmpty() && !anyNoRole) {
            r.fail("key devices without redundancy: " + String.join(", ", single), "关键设备无冗余：" + String.join("、", single));
        }
        if (anyNoRole && (noRole || !single.isEmpty())) {
            r.unknown("devices[].role", "role of some devices not stated", "部分设备未说明用途");
        }
        return r.ok("redundant key devices: " + String.join(", ", pairs), "关键设备均有冗余：" + String.join("，", pairsZh));
    }

    public static void redundancy(Verdict v, Sections s, Collection<?> bs) {
        BranchRules.decide(v, s, bs, true, BranchChecks::redundancyOf);
    }

    // ---- x.8.2.3 capacity and link monitoring, upgrades -------------------------------------------------------

    /**
     * Device capacity and every trading link monitored; a device or link whose latest peak use exceeds the branch's
     * upgrade threshold has an upgrade naming it within the last 3 months.
     */
    public static BranchResult capacityOf(Branch b, LocalDate asOf) {
        BranchResult r = new BranchResult();
        if (b.capacityMonitored() == null) {
            r.missing("capacityMonitored", "设备容量监控情况");
        } else if (!b.capacityMonitored()) {
            r.fail("device capacity not monitored", "未对设备容量进行监控");
        } else {
            r.ok("device capacity monitored", "设备容量已监控");
        }
        if (b.tradingLinks() == null) {
            return r.missing("tradingLinks", "交易通信链路");
        }
        List<String> unmonitored = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (TradingLink l : b.tradingLinks()) {
            String id = l.id() != null ? l.id() : "link";
            if (Boolean.FALSE.equals(l.monitored())) {
                unmonitored.add(id);
            } else if (l.monitored() == null || l.peakUtilisationPercent() == null) {
                unknown.add(id);
            }
        }
        if (!unmonitored.isEmpty()) {
            r.fail("links not monitored: " + String.join(", ", unmonitored), "交易通信链路" + String.join("、", unmonitored) + "未监控");
        }
        if (!unknown.isEmpty()) {
            r.unknown("tradingLinks[].monitored/peakUtilisationPercent", "monitoring or measured peak of "
                    + String.join(", ", unknown) + " not stated", String.join("、", unknown) + "未说明监控情况或峰值利用率");
        }
        BigDecimal threshold = b.upgradeThresholdPercent();
        if (threshold == null) {
            return r.missing("upgradeThresholdPercent", "扩容升级阈值");
        }
        Map<String, BigDecimal> peaks = new LinkedHashMap<>();
        for (TradingLink l : b.tradingLinks()) {
            if (l.peakUtilisationPercent() != null) {
                peaks.put(l.id() != null ? l.id() : "link", l.peakUtilisationPercent());
            }
        }
        if (b.devices() != null) {
            for (BranchDevice d : b.devices()) {
                if (d.peakUtilisationPercent() != null) {
                    peaks.put(device(d), d.peakUtilisationPercent());
                }
            }
        }
        List<String> late = new ArrayList<>();
        List<String> upgraded = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> e : peaks.entrySet()) {
            if (e.getValue().compareTo(threshold) <= 0) {
                continue;
            }
            String what = e.getKey() + " peak " + Calc.num(e.getValue()) + "%";
            if (b.upgrades() == null) {
                r.unknown("upgrades", what + " exceeds the " + Calc.num(threshold) + "% threshold; upgrades not stated",
                        e.getKey() + "峰值利用率" + Calc.num(e.getValue()) + "%超过阈值，未提供升级记录");
            } else if (upgradedRecently(b.upgrades(), e.getKey(), asOf)) {
                upgraded.add(what);
            } else {
                late.add(what);
            }
        }
        if (!late.isEmpty()) {
            r.fail(String.join(", ", late) + " above the " + Calc.num(threshold) + "% upgrade threshold with no upgrade in the last "
                    + UPGRADE_MONTHS + " months", String.join("、", late) + "超过" + Calc.num(threshold) + "%的升级阈值，近"
                    + UPGRADE_MONTHS + "个月未进行升级");
        }
        return r.ok("links monitored, peaks within the " + Calc.num(threshold) + "% upgrade threshold"
                        + (upgraded.isEmpty() ? "" : " or upgraded (" + String.join(", ", upgraded) + ")"),
                "链路已监控，峰值利用率未超过" + Calc.num(threshold) + "%的升级阈值" + (upgraded.isEmpty() ? "" : "或已及时升级"));
    }

    /** An upgrade naming {@code item} in its reference, within the last 3 months. */
    public static boolean upgradedRecently(List<ActivityRecord> upgrades, String item, LocalDate asOf) {
        for (ActivityRecord a : upgrades) {
            if (a.reference() != null && a.reference().strip().equals(item) && Calc.withinMonths(a.date(), asOf, UPGRADE_MONTHS)) {
                return true;
            }
        }
        return false;
    }

    public static void capacity(Verdict v, Sections s, Collection<?> bs, LocalDate asOf) {
        BranchRules.decide(v, s, bs, true, b -> capacityOf(b, asOf));
    }

    // ---- x.8.2.4 procedures and drills ------------------------------------------------------------------------

    public static BranchResult proceduresOf(Branch b, LocalDate asOf) {
        BranchResult r = new BranchResult();
        document(r, b.dailyProcedure(), asOf, "dailyProcedure", "daily operations procedure", "日常运行流程");
        document(r, b.emergencyProcedure(), asOf, "emergencyProcedure", "emergency procedure", "应急处理流程");
        if (b.drills() == null) {
            return r.missing("drills", "演练记录");
        }
        LocalDate last = Calc.latest(b.drills(), ActivityRecord::date, asOf).orElse(null);
        if (last == null) {
            return r.fail("no drill on record", "无演练记录");
        }
        if (!Calc.withinYears(last, asOf, DRILL_YEARS)) {
            return r.fail("last drill " + last + ", more than a year ago", "最近一次演练为" + last + "，超过一年");
        }
        return r.ok("last drill " + last, "最近一次演练" + last);
    }

    public static void procedures(Verdict v, Sections s, Collection<?> bs, LocalDate asOf) {
        BranchRules.decide(v, s, bs, true, b -> proceduresOf(b, asOf));
    }
}
