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
import io.fitg.model.management.Management;
import io.fitg.model.management.StaffMember;
import io.fitg.rules.support.Calc;
import io.fitg.rules.support.Tri;
import io.fitg.rules.support.Verdict;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
 *   <li>对设备容量、交易通信链路进行监控: every link and every network, communication, host and security device has
 *       a measured peak, measured within the last {@value #PEAK_YEARS} year;</li>
 *   <li>及时进行必要的升级: a device or link whose latest peak exceeds the upgrade threshold (the company's own, never
 *       above {@value #MAX_UPGRADE_THRESHOLD_PERCENT}%) is upgraded on or after that measurement and within
 *       {@value #TIMELY_DAYS} days of it (及时, P9); a peak that recent with no upgrade yet is not yet due;</li>
 *   <li>总部了解运行情况: the branch's state reached headquarters within the working days its own mechanism sets
 *       (Monday to Friday, less the non-trading dates handed in).</li>
 * </ul>
 * Records dated after the as-of date do not exist yet on it: they never count, and a single "latest" date after it
 * (a last scan, a last report, a last change, a peak) leaves the branch's state on the as-of date unknown.
 */
public final class BranchChecks {
    public static final int FULL_SCAN_MONTHS = 1;
    public static final int SIGNATURE_DAYS = 7;
    public static final int PATCH_MONTHS = 3;
    public static final int CONTACT_YEARS = 1;
    public static final int DRILL_YEARS = 1;
    /** 及时 without a number (P9): a follow-up within this many days of its trigger; before then it is not yet due. */
    public static final int TIMELY_DAYS = 30;
    /** A monitored device or link has a peak measured within this many years of the as-of date. */
    public static final int PEAK_YEARS = 1;
    /**
     * The highest upgrade threshold that still makes an upgrade 及时: the guideline's only figure for link use (x.3.2.8,
     * 带宽使用率…不超过80%). A company threshold above it is read as this.
     */
    public static final int MAX_UPGRADE_THRESHOLD_PERCENT = 80;
    /** No non-trading dates: a company that lists none has only weekends off the working-day count. */
    public static final Set<LocalDate> NO_NON_TRADING_DAYS = Set.of();
    /** The staff roster the people named must be on (P5). */
    public static final String ROSTER = "management.staff";
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
        return workingDaysAfter(from, to, NO_NON_TRADING_DAYS);
    }

    /**
     * Working days after {@code from} up to and including {@code to}: Monday to Friday, less {@code nonTradingDays}
     * (the exchanges' closures, e.g. 国庆节); 0 when to is not later.
     */
    public static int workingDaysAfter(LocalDate from, LocalDate to, Set<LocalDate> nonTradingDays) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5 && !nonTradingDays.contains(d)) {
                n++;
            }
        }
        return n;
    }

    static void document(BranchResult r, DocumentRecord d, LocalDate asOf, String field, String en, String zh) {
        if (d == null) {
            r.missing(field, zh);
        } else if (d.issued() == null && !d.markedDraft()) {
            // a document without its issue date may be in force or not: missing data, as in every chapter
            r.missing(field + ".issued", zh + "发布日期");
        } else if (!d.inForceOn(asOf)) {
            r.fail(en + " not in force on " + asOf + (d.issued() == null ? " (a draft, never issued)"
                    : d.issued().isAfter(asOf) ? " (issued " + d.issued() + ", after the as-of date)"
                    : " (expired " + d.expires() + ")"), zh + "截至" + asOf + "未生效");
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
        if (inside == 0 && outside.isEmpty() && unknown.isEmpty()) {
            // on-site trading (1.4.5) runs on the branch's own network and equipment: an area holding none of it is
            // not the area the clause asks for (the same reading as x.8.2.2, key devices)
            return r.fail("no network, communication or host device listed (devices: " + (b.devices().isEmpty() ? "[]"
                            : "only OTHER") + "), though on-site trading runs on the branch's own network and equipment (1.4.5)",
                    "设备清单中无网络、通信和主机设备，而现场交易使用分支机构的现场网络和技术设备（1.4.5）");
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

    /**
     * As above, and every technician named (P5) is on the staff roster ({@code roster}; null when not stated: missing
     * data), in post on {@code asOf} and a technician: the role {@code technician} or the HQ technology department.
     */
    public static BranchResult tradingHoursTechnicianOf(Branch b, List<StaffMember> roster, LocalDate asOf) {
        BranchResult r = tradingHoursTechnicianOf(b);
        Set<String> t = names(b.tradingHoursTechnicians());
        if (t.isEmpty()) {
            return r;
        }
        if (roster == null) {
            return r.unknown(ROSTER, "the staff roster (" + ROSTER + ") is not stated, so whether " + String.join(", ", t)
                    + " are technicians in post cannot be checked", "未提供人员名册，无法核对" + String.join("、", t) + "是否为在岗技术人员");
        }
        for (String n : t) {
            List<StaffMember> same = io.fitg.rules.support.Roster.byName(roster, n);
            if (same.isEmpty()) {
                r.fail(n + " is not on the staff roster (" + ROSTER + ")", n + "不在人员名册中");
                continue;
            }
            List<StaffMember> inPost = same.stream().filter(m -> m.inPostOn(asOf)).toList();
            if (inPost.isEmpty()) {
                StaffMember m = same.get(0);
                r.fail(n + (m.leftBy(asOf) ? " left on " + m.left() : " takes up the post only on " + m.joined()),
                        n + (m.leftBy(asOf) ? "已于" + m.left() + "离岗" : m.joined() + "才到岗"));
                continue;
            }
            Tri tech = Tri.FALSE;
            for (StaffMember m : inPost) {
                tech = tech.or(technician(m));
            }
            if (tech == Tri.FALSE) {
                r.fail(n + " is not a technician (roles has no technician, not in the technology department)",
                        n + "不是技术人员");
            } else if (tech == Tri.UNKNOWN) {
                r.unknown(ROSTER + "[].roles", "whether " + n + " is a technician is not stated (" + ROSTER
                        + "[].roles / techDepartment)", n + "是否为技术人员未说明");
            }
        }
        return r;
    }

    /** A technician: the role {@code technician} or the technology department; unknown when neither is stated. */
    static Tri technician(StaffMember m) {
        if ((m.roles() != null && m.roles().contains("technician")) || Boolean.TRUE.equals(m.techDepartment())) {
            return Tri.TRUE;
        }
        return m.roles() != null && Boolean.FALSE.equals(m.techDepartment()) ? Tri.FALSE : Tri.UNKNOWN;
    }

    /** The staff roster among the facts the rule collected (the Management section), or null when it is not stated. */
    public static List<StaffMember> roster(Collection<?> management) {
        if (management != null) {
            for (Object o : management) {
                if (o instanceof Management m) {
                    return m.staff();
                }
            }
        }
        return null;
    }

    public static void tradingHoursTechnician(Verdict v, Sections s, Collection<?> bs) {
        tradingHoursTechnician(v, s, bs, false);
    }

    /** With {@code allBranches} every branch (the earlier edition's 每个营业部), not only the on-site-trading ones. */
    public static void tradingHoursTechnician(Verdict v, Sections s, Collection<?> bs, boolean allBranches) {
        BranchRules.decide(v, s, bs, !allBranches, BranchChecks::tradingHoursTechnicianOf);
    }

    /** As above, with the people named checked against the staff roster among {@code management} (P5). */
    public static void tradingHoursTechnician(Verdict v, Sections s, Collection<?> bs, boolean allBranches,
                                              Collection<?> management, LocalDate asOf) {
        List<StaffMember> roster = roster(management);
        BranchRules.decide(v, s, bs, !allBranches, b -> tradingHoursTechnicianOf(b, roster, asOf));
    }

    // ---- x.8.1.3 structure document ---------------------------------------------------------------------------

    /**
     * A structure document in force, updated on or after the latest change to the branch's systems, both as they
     * stood on {@code asOf}: a revision dated after it does not exist yet (the document is judged by its issue date or
     * an earlier revision), and a latest change dated after it leaves the latest change up to it unknown.
     */
    public static BranchResult structureDocumentOf(Branch b, LocalDate asOf) {
        BranchResult r = new BranchResult();
        DocumentRecord d = b.structureDocument();
        if (d == null) {
            return r.missing("structureDocument", "业务系统结构文档");
        }
        if (d.issued() == null && !d.markedDraft()) {
            return r.missing("structureDocument.issued", "业务系统结构文档发布日期");
        }
        if (!d.inForceOn(asOf)) {
            if (d.issued() != null && d.issued().isAfter(asOf)) {
                return r.fail("no structure document on " + asOf + " (issued " + d.issued() + ", after the as-of date)",
                        "截至" + asOf + "无业务系统结构文档（" + d.issued() + "才发布，晚于评估基准日）");
            }
            return r.fail("structure document not in force on " + asOf + (d.issued() == null ? " (a draft, never issued)"
                    : " (expired " + d.expires() + ")"), "业务系统结构文档截至" + asOf + "未生效");
        }
        LocalDate change = b.lastSystemChange();
        if (change == null) {
            return r.missing("lastSystemChange", "最近一次系统变更日期");
        }
        if (change.isAfter(asOf)) {
            return r.unknown("lastSystemChange", "lastSystemChange " + change + " is after the as-of date " + asOf
                    + ", so the latest change up to " + asOf + " is not stated", "最近一次系统变更日期" + change
                    + "晚于评估基准日" + asOf + "，评估基准日前最近一次变更的日期未提供");
        }
        LocalDate u = d.revised() != null && !d.revised().isAfter(asOf) && d.revised().isAfter(d.issued())
                ? d.revised() : d.issued();
        String later = d.revised() != null && d.revised().isAfter(asOf)
                ? " (its revision of " + d.revised() + " is after the as-of date and does not count)" : "";
        String laterZh = d.revised() != null && d.revised().isAfter(asOf)
                ? "（" + d.revised() + "的修订晚于评估基准日，不计）" : "";
        if (u.isBefore(change)) {
            return r.fail("structure document last updated " + u + ", before the system change of " + change + later,
                    "业务系统结构文档最近更新于" + u + laterZh + "，早于" + change + "的系统变更，与当前运行情况不符");
        }
        return r.ok("structure document updated " + u + ", on or after the latest system change " + change,
                "业务系统结构文档更新于" + u + "，不早于最近一次系统变更日期" + change);
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
        } else if (d.isAfter(asOf)) {
            // P3: the latest date is after the as-of date, so the state on the as-of date is not known
            r.unknown(field, en + " dated " + d + ", after the as-of date " + asOf + ": the latest one up to " + asOf
                    + " is not stated", zh + "日期" + d + "晚于评估基准日" + asOf + "，评估基准日前最近一次的日期未提供");
        } else if (d.isBefore(from)) {
            r.fail(en + " " + d + ", more than " + windowEn + " before " + asOf, zh + "为" + d + "，距评估基准日超过" + windowZh);
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
        return hqAwarenessOf(b, asOf, NO_NON_TRADING_DAYS);
    }

    /**
     * As above, counting working days Monday to Friday less {@code nonTradingDays} (the exchanges' closures). A
     * last report dated after the as-of date tells nothing about the reports up to it: missing data.
     */
    public static BranchResult hqAwarenessOf(Branch b, LocalDate asOf, Set<LocalDate> nonTradingDays) {
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
            return r.unknown("hqReporting.lastReport", "last report dated " + h.lastReport() + ", after the as-of date "
                    + asOf + ": the latest report up to " + asOf + " is not stated", "最近一次报送日期" + h.lastReport()
                    + "晚于评估基准日" + asOf + "，评估基准日前最近一次报送日期未提供");
        }
        int gap = workingDaysAfter(h.lastReport(), asOf, nonTradingDays);
        String channel = given(h.channel()) ? h.channel() : "channel not stated";
        if (gap > h.intervalWorkingDays()) {
            return r.fail("state last reached HQ on " + h.lastReport() + ", " + gap + " working days before " + asOf
                            + "; the mechanism (" + channel + ") sets every " + h.intervalWorkingDays(),
                    "最近一次于" + h.lastReport() + "向总部报送，已间隔" + gap + "个工作日，超过机制规定的" + h.intervalWorkingDays() + "个工作日");
        }
        return r.ok(channel + ", every " + h.intervalWorkingDays() + " working day(s), last " + h.lastReport(),
                "通过" + channel + "每" + h.intervalWorkingDays() + "个工作日向总部报送，最近一次" + h.lastReport());
    }

    public static void hqAwareness(Verdict v, Sections s, Collection<?> bs, LocalDate asOf) {
        hqAwareness(v, s, bs, asOf, NO_NON_TRADING_DAYS);
    }

    /** {@code company.nonTradingDays} as a set (none when the company lists none). */
    public static Set<LocalDate> nonTradingDays(io.fitg.model.company.Company co) {
        return co == null || co.nonTradingDays() == null ? NO_NON_TRADING_DAYS : Set.copyOf(co.nonTradingDays());
    }

    /** {@code nonTradingDays}: the exchanges' closures (company.nonTradingDays) removed from the working-day count. */
    public static void hqAwareness(Verdict v, Sections s, Collection<?> bs, LocalDate asOf, Set<LocalDate> nonTradingDays) {
        Set<LocalDate> closed = nonTradingDays == null ? NO_NON_TRADING_DAYS : nonTradingDays;
        BranchRules.decide(v, s, bs, false, b -> hqAwarenessOf(b, asOf, closed));
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
        List<String> later = new ArrayList<>();
        for (BranchContact c : b.contacts()) {
            String n = c.name() != null ? c.name() : String.valueOf(c.party());
            if (c.phone() != null && c.phone().isBlank()) {
                stale.add(n + " (no phone)");
            } else if (c.phone() == null || c.verified() == null) {
                unknown.add(n);
            } else if (c.verified().isAfter(asOf)) {
                later.add(n + " (checked " + c.verified() + ")");
            } else if (!Calc.withinYears(c.verified(), asOf, CONTACT_YEARS)) {
                stale.add(n + " (last checked " + c.verified() + ")");
            }
        }
        if (!later.isEmpty()) {
            // P3: a check dated after the as-of date tells nothing about the contact's accuracy on it
            r.unknown("contacts[].verified", "check dated after the as-of date " + asOf + " for " + String.join(", ", later)
                    + ": the latest check up to " + asOf + " is not stated", String.join("、", later)
                    + "的核实日期晚于评估基准日，评估基准日前的核实日期未提供");
        }
        if (!stale.isEmpty()) {
            r.fail("contacts not checked within the year before " + asOf + ": " + String.join(", ", stale),
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
            // on-site trading (1.4.5) runs on the branch's own network and equipment, so an on-site-trading branch has
            // key devices; a list that identifies none shows no key device made redundant
            if (b.devices().stream().anyMatch(d -> d.key() == null)) {
                return r.unknown("devices[].key", "no device marked as a key device, and whether some are is not stated",
                        "设备清单未标明关键设备，部分设备未说明是否为关键设备");
            }
            return r.fail("no key device identified (" + (b.devices().isEmpty() ? "devices: []" : "every device key: false")
                            + "), though on-site trading runs on the branch's own network and equipment (1.4.5), whose key "
                            + "devices must be redundant",
                    "未识别任何关键设备，而现场交易使用分支机构的现场网络和技术设备（1.4.5），其关键设备应有冗余");
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

    /** The devices whose capacity is monitored: the network, communication, host and security devices (not OTHER). */
    static boolean capacityDevice(BranchDevice d) {
        return d.kind() == null || d.kind() != BranchDevice.Kind.OTHER;
    }

    /** The upgrade threshold applied: the branch's own, never above {@value #MAX_UPGRADE_THRESHOLD_PERCENT}%. */
    public static BigDecimal effectiveThreshold(BigDecimal own) {
        BigDecimal cap = BigDecimal.valueOf(MAX_UPGRADE_THRESHOLD_PERCENT);
        return own.compareTo(cap) > 0 ? cap : own;
    }

    /**
     * Device capacity and every trading link monitored: each link and each network, communication, host and security
     * device has a measured peak, measured within the last {@value #PEAK_YEARS} year; an item whose latest peak exceeds
     * the upgrade threshold (the branch's own, at most {@value #MAX_UPGRADE_THRESHOLD_PERCENT}%) is upgraded on or after
     * that measurement and within {@value #TIMELY_DAYS} days of it (及时). An upgrade before the measurement did not
     * bring use within the threshold and does not count; records after the as-of date do not count.
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
        // item id -> its latest peak and when it was measured; which items are links
        Map<String, BigDecimal> peaks = new LinkedHashMap<>();
        Map<String, LocalDate> measured = new LinkedHashMap<>();
        Set<String> links = new LinkedHashSet<>();
        List<String> unknownDevices = new ArrayList<>();
        List<String> unknownLinks = new ArrayList<>();
        List<String> unmonitored = new ArrayList<>();
        if (b.devices() == null) {
            r.missing("devices", "设备清单");
        } else if (b.devices().stream().noneMatch(BranchChecks::capacityDevice)) {
            r.fail("no network, communication, host or security device listed whose capacity is monitored (devices: "
                            + (b.devices().isEmpty() ? "[]" : "only OTHER") + "), though on-site trading runs on the branch's "
                            + "own network and equipment (1.4.5)",
                    "设备清单中无可监控容量的网络、通信、主机或安全设备，而现场交易使用分支机构的现场网络和技术设备（1.4.5）");
        } else {
            for (BranchDevice d : b.devices()) {
                if (!capacityDevice(d)) {
                    continue;
                }
                if (d.peakUtilisationPercent() == null) {
                    unknownDevices.add(device(d));
                } else {
                    peaks.put(device(d), d.peakUtilisationPercent());
                    measured.put(device(d), d.peakMeasuredOn());
                }
            }
        }
        if (b.tradingLinks() == null) {
            r.missing("tradingLinks", "交易通信链路");
        } else if (b.tradingLinks().isEmpty()) {
            r.fail("no trading link listed to monitor (tradingLinks: [])", "无交易通信链路可监控");
        } else {
            for (TradingLink l : b.tradingLinks()) {
                String id = l.id() != null ? l.id() : "link";
                links.add(id);
                if (Boolean.FALSE.equals(l.monitored())) {
                    unmonitored.add(id);
                } else if (l.monitored() == null || l.peakUtilisationPercent() == null) {
                    unknownLinks.add(id);
                } else {
                    peaks.put(id, l.peakUtilisationPercent());
                    measured.put(id, l.peakMeasuredOn());
                }
            }
        }
        if (!unmonitored.isEmpty()) {
            r.fail("links not monitored: " + String.join(", ", unmonitored), "交易通信链路" + String.join("、", unmonitored) + "未监控");
        }
        if (!unknownLinks.isEmpty()) {
            r.unknown("tradingLinks[].monitored/peakUtilisationPercent", "monitoring or measured peak of "
                    + String.join(", ", unknownLinks) + " not stated", String.join("、", unknownLinks) + "未说明监控情况或峰值利用率");
        }
        if (!unknownDevices.isEmpty()) {
            r.unknown("devices[].peakUtilisationPercent", "measured peak of " + String.join(", ", unknownDevices)
                    + " not stated", String.join("、", unknownDevices) + "未说明峰值利用率");
        }
        List<String> stale = new ArrayList<>();
        for (Map.Entry<String, LocalDate> e : measured.entrySet()) {
            LocalDate m = e.getValue();
            String field = (links.contains(e.getKey()) ? "tradingLinks" : "devices") + "[].peakMeasuredOn";
            if (m == null) {
                r.unknown(field, "date of the measured peak of " + e.getKey() + " not stated",
                        e.getKey() + "未说明峰值测量日期");
            } else if (m.isAfter(asOf)) {
                r.unknown(field, "peak of " + e.getKey() + " measured on " + m + ", after the as-of date " + asOf
                        + ": the latest peak up to " + asOf + " is not stated", e.getKey() + "的峰值测量日期" + m
                        + "晚于评估基准日，评估基准日前的峰值未提供");
            } else if (!Calc.withinYears(m, asOf, PEAK_YEARS)) {
                stale.add(e.getKey() + " (" + m + ")");
            }
        }
        if (!stale.isEmpty()) {
            r.fail("latest peak measured more than a year before " + asOf + ", so not being monitored: "
                    + String.join(", ", stale), String.join("、", stale) + "的最近一次峰值测量距评估基准日超过一年，未持续监控");
        }
        BigDecimal own = b.upgradeThresholdPercent();
        if (own == null) {
            return r.missing("upgradeThresholdPercent", "扩容升级阈值");
        }
        BigDecimal threshold = effectiveThreshold(own);
        String thresholdEn = Calc.num(threshold) + "%" + (own.compareTo(threshold) > 0 ? " (the branch's own "
                + Calc.num(own) + "% read as " + MAX_UPGRADE_THRESHOLD_PERCENT + "%, cf. x.3.2.8)" : "");
        String thresholdZh = Calc.num(threshold) + "%" + (own.compareTo(threshold) > 0 ? "（公司设定的" + Calc.num(own)
                + "%高于" + MAX_UPGRADE_THRESHOLD_PERCENT + "%，按" + MAX_UPGRADE_THRESHOLD_PERCENT + "%计）" : "");
        List<String> late = new ArrayList<>();
        List<String> lateZh = new ArrayList<>();
        List<String> upgraded = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        int over = 0;
        for (Map.Entry<String, BigDecimal> e : peaks.entrySet()) {
            if (e.getValue().compareTo(threshold) <= 0) {
                continue;
            }
            over++;
            String item = e.getKey();
            String what = item + " peak " + Calc.num(e.getValue()) + "%";
            LocalDate m = measured.get(item);
            if (m == null || m.isAfter(asOf)) {
                continue; // the peak's date is missing data (above); its upgrade cannot be placed
            }
            LocalDate by = m.plusDays(TIMELY_DAYS);
            if (b.upgrades() == null) {
                r.unknown("upgrades", what + " (" + m + ") exceeds the " + thresholdEn + " threshold; upgrades not stated",
                        item + "峰值利用率" + Calc.num(e.getValue()) + "%超过阈值，未提供升级记录");
                continue;
            }
            LocalDate first = firstUpgrade(b.upgrades(), item, m, asOf);
            if (first != null && !first.isAfter(by)) {
                upgraded.add(what + " on " + m + ", upgraded " + first);
            } else if (first != null) {
                late.add(what + " on " + m + ", upgraded only " + first + ", " + ChronoUnit.DAYS.between(m, first)
                        + " days later");
                lateZh.add(item + "峰值" + Calc.num(e.getValue()) + "%（" + m + "），" + first + "才升级");
            } else if (!asOf.isAfter(by)) {
                pending.add(what + " on " + m + ", upgrade not yet due (until " + by + ")");
            } else {
                LocalDate before = lastUpgradeBefore(b.upgrades(), item, m);
                late.add(what + " on " + m + ", no upgrade by " + by + (before == null ? ""
                        : " (the upgrade of " + before + " came before this peak, which is still above the threshold)"));
                lateZh.add(item + "峰值" + Calc.num(e.getValue()) + "%（" + m + "），" + by + "前未升级"
                        + (before == null ? "" : "（" + before + "的升级早于该峰值，未使利用率回到阈值以内）"));
            }
        }
        if (!late.isEmpty()) {
            r.fail("above the " + thresholdEn + " upgrade threshold and not upgraded within " + TIMELY_DAYS
                            + " days of the peak (及时): " + String.join("; ", late),
                    "超过" + thresholdZh + "的升级阈值且未在" + TIMELY_DAYS + "天内及时升级：" + String.join("；", lateZh));
        }
        return r.ok(peaks.size() + " link(s)/device(s) monitored with a peak measured within the year; "
                        + (over == 0 ? "all peaks within the " + thresholdEn + " upgrade threshold"
                        : over + " above the " + thresholdEn + " threshold: " + String.join("; ", upgraded)
                        + (pending.isEmpty() ? "" : (upgraded.isEmpty() ? "" : "; ") + String.join("; ", pending))),
                "链路及设备" + peaks.size() + "项均已监控，一年内有峰值记录；" + (over == 0 ? "峰值利用率均未超过" + thresholdZh + "的升级阈值"
                        : "超过" + thresholdZh + "阈值的" + over + "项已及时升级或尚未到期"));
    }

    /** The first upgrade naming {@code item} on or after {@code from} and not after {@code asOf}, if any. */
    static LocalDate firstUpgrade(List<ActivityRecord> upgrades, String item, LocalDate from, LocalDate asOf) {
        LocalDate first = null;
        for (ActivityRecord a : upgrades) {
            if (names(a, item) && a.date() != null && !a.date().isBefore(from) && !a.date().isAfter(asOf)
                    && (first == null || a.date().isBefore(first))) {
                first = a.date();
            }
        }
        return first;
    }

    static LocalDate lastUpgradeBefore(List<ActivityRecord> upgrades, String item, LocalDate before) {
        LocalDate last = null;
        for (ActivityRecord a : upgrades) {
            if (names(a, item) && a.date() != null && a.date().isBefore(before) && (last == null || a.date().isAfter(last))) {
                last = a.date();
            }
        }
        return last;
    }

    private static boolean names(ActivityRecord a, String item) {
        return a.reference() != null && a.reference().strip().equals(item);
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
        boolean undated = b.drills().stream().anyMatch(d -> d.date() == null);
        if (last == null || !Calc.withinYears(last, asOf, DRILL_YEARS)) {
            if (undated) {
                return r.unknown("drills[].date", "a drill without a date", "演练记录未注明日期");
            }
            if (last == null) {
                return r.fail("no drill up to " + asOf + (b.drills().isEmpty() ? "" : " (only ones dated after it)"),
                        "截至" + asOf + "无演练记录");
            }
            return r.fail("last drill " + last + ", more than a year before " + asOf,
                    "最近一次演练为" + last + "，距评估基准日超过一年");
        }
        return r.ok("last drill " + last, "最近一次演练" + last);
    }

    public static void procedures(Verdict v, Sections s, Collection<?> bs, LocalDate asOf) {
        BranchRules.decide(v, s, bs, true, b -> proceduresOf(b, asOf));
    }
}
