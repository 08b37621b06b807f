package io.fitg.bench.baseline;

import io.fitg.api.Clause;
import io.fitg.api.Status;
import io.fitg.model.Profile;
import io.fitg.model.branch.Branch;
import io.fitg.model.company.Company;
import io.fitg.model.machineroom.MachineRoom;
import io.fitg.model.management.FinancialYear;
import io.fitg.model.management.Management;
import io.fitg.model.management.StaffMember;
import io.fitg.model.management.TrainingKind;
import io.fitg.model.management.TrainingRecord;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static io.fitg.bench.baseline.Tri.NA;
import static io.fitg.bench.baseline.Tri.NO;
import static io.fitg.bench.baseline.Tri.UNKNOWN;
import static io.fitg.bench.baseline.Tri.YES;

/** x.1 技术管理, by hand: headcounts, roles, branch technicians, association training hours, IT spend. */
final class ManagementBaseline {
    private static final String NETWORK_ADMINISTRATOR = "network-administrator";
    private static final String TECHNICIAN = "technician";

    private ManagementBaseline() {
    }

    // ---- roster

    /** HQ technology department member in post on {@code asOf}. */
    private static boolean hqTechInPost(StaffMember s, LocalDate asOf) {
        return s.inPostOn(asOf) && Boolean.TRUE.equals(s.hq()) && Boolean.TRUE.equals(s.techDepartment());
    }

    /** In post, not known to be in the HQ technology department, and not known to be outside it. */
    private static boolean maybeHqTechInPost(StaffMember s, LocalDate asOf) {
        return s.inPostOn(asOf) && !s.hqTech() && !Boolean.FALSE.equals(s.hq())
                && !Boolean.FALSE.equals(s.techDepartment());
    }

    /** Explicit "none" values: never a role. */
    private static final Pattern SEPARATORS = Pattern.compile("[-_\\s]+");
    private static final List<String> NEGATIVES = List.of("无", "没有", "没", "暂无", "否", "不适用", "未配备", "未设置",
            "未设立", "未设", "未指定", "未开展", "none", "no", "n/a", "na", "nil", "null", "nothing", "not applicable",
            "-", "--", "/", "—");

    /**
     * A role given as its code, one of its names, or a name containing one of its key words (case, blanks and
     * -/_ ignored); an explicit "none" is no role.
     */
    static boolean hasRole(List<String> roles, String code) {
        if (roles == null) {
            return false;
        }
        for (String r : roles) {
            if (r == null) {
                continue;
            }
            String raw = r.trim().toLowerCase(Locale.ROOT);
            String v = SEPARATORS.matcher(raw).replaceAll(" ");
            if (raw.isEmpty() || NEGATIVES.contains(raw) || NEGATIVES.contains(v)) {
                continue;
            }
            if (v.equals(code.replace('-', ' '))) {
                return true;
            }
            List<String> words = switch (code) {
                case NETWORK_ADMINISTRATOR -> List.of("网络管理", "网管", "网络运维", "网络工程师", "network admin",
                        "network manag", "network engineer", "network operat", "netadmin");
                case TECHNICIAN -> List.of("技术人员", "技术员", "技术支持", "it支持", "technician", "it support",
                        "tech support");
                default -> List.of();
            };
            for (String w : words) {
                if (v.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** People in post at headquarters (any department). */
    private static int hqInPost(List<StaffMember> staff, LocalDate asOf) {
        int n = 0;
        for (StaffMember s : staff) {
            if (s.inPostOn(asOf) && Boolean.TRUE.equals(s.hq())) {
                n++;
            }
        }
        return n;
    }

    // ---- x.1.1.2 总部技术部门人员总数占公司总部人数的比例不少于8%

    static Status techStaffRatio(Profile p, Clause c, LocalDate asOf) {
        Company co = p.company();
        Management m = p.management();
        if (co == null || m == null || m.staff() == null) {
            return UNKNOWN;
        }
        Integer hq = co.hqHeadcount();
        if (hq == null || hq == 0 || hq < hqInPost(m.staff(), asOf)) {
            return UNKNOWN; // not stated, or contradicting the roster
        }
        int n = 0;
        int maybe = 0;
        for (StaffMember s : m.staff()) {
            if (hqTechInPost(s, asOf)) {
                n++;
            } else if (maybeHqTechInPost(s, asOf)) {
                maybe++;
            }
        }
        BigDecimal pct = Tri.num(c, "minPercent");
        if (Tri.ratioAtLeast(n, hq, pct)) {
            return YES;
        }
        return maybe > 0 && Tri.ratioAtLeast(n + maybe, hq, pct) ? UNKNOWN : NO;
    }

    // ---- x.1.1.3 总部技术部门人员不少于N人，开展连续交易的M人；机房托管且由托管方维护的核减R人

    static Status techStaffMin(Profile p, Clause c, LocalDate asOf) {
        Company co = p.company();
        Management m = p.management();
        if (co == null || m == null || m.staff() == null) {
            return UNKNOWN;
        }
        int min = Tri.intParam(c, "minStaff");
        int minContinuous = Tri.intParam(c, "minStaffContinuous");
        int reduction = Tri.intParam(c, "hostedReduction");
        int n = 0;
        int maybe = 0;
        for (StaffMember s : m.staff()) {
            if (hqTechInPost(s, asOf)) {
                n++;
            } else if (maybeHqTechInPost(s, asOf)) {
                maybe++;
            }
        }
        Status continuous = Tri.of(co.continuousTrading());
        // the reduction: every machine room hosted and maintained by the host; the company flags only when the
        // rooms do not say
        Status fromRooms = p.machineRooms() == null || p.machineRooms().isEmpty() ? UNKNOWN : YES;
        if (p.machineRooms() != null) {
            for (MachineRoom r : p.machineRooms()) {
                Status one = Boolean.FALSE.equals(r.hosted()) || Boolean.FALSE.equals(r.hostMaintainsInfrastructure()) ? NO
                        : Boolean.TRUE.equals(r.hostMaintainsInfrastructure()) ? YES : UNKNOWN;
                fromRooms = Tri.and(fromRooms, one);
            }
        }
        Status hosted = Tri.of(co.machineRoomHosted());
        Status flags = hosted == NO ? NO : Tri.and(hosted, Tri.of(co.hostMaintainsInfrastructure()));
        Status reduced = fromRooms != UNKNOWN ? fromRooms : flags;
        // the lowest and highest headcount the unknown conditions allow
        int baseLo = continuous == YES ? minContinuous : continuous == NO ? min : Math.min(min, minContinuous);
        int baseHi = continuous == YES ? minContinuous : continuous == NO ? min : Math.max(min, minContinuous);
        int redMax = reduced == YES ? reduction : reduced == NO ? 0 : Math.max(0, reduction);
        int redMin = reduced == YES ? reduction : reduced == NO ? 0 : Math.min(0, reduction);
        int lo = baseLo - redMax;
        int hi = baseHi - redMin;
        if (n >= hi) {
            return YES;
        }
        return n + maybe < lo ? NO : UNKNOWN;
    }

    // ---- x.1.1.12 总部技术部门应有至少N名网络管理人员

    static Status networkAdministrators(Profile p, Clause c, LocalDate asOf) {
        Management m = p.management();
        if (m == null || m.staff() == null) {
            return UNKNOWN;
        }
        int min = Tri.intParam(c, "minStaff");
        int holders = 0;
        int unknown = 0;
        for (StaffMember s : m.staff()) {
            if (hqTechInPost(s, asOf)) {
                if (hasRole(s.roles(), NETWORK_ADMINISTRATOR)) {
                    holders++;
                } else if (s.roles() == null) {
                    unknown++;
                }
            } else if (maybeHqTechInPost(s, asOf) && (s.roles() == null || hasRole(s.roles(), NETWORK_ADMINISTRATOR))) {
                unknown++; // department not stated: might be one of them
            }
        }
        if (holders >= min) {
            return YES;
        }
        return holders + unknown >= min ? UNKNOWN : NO;
    }

    // ---- x.1.1.11 提供现场交易的分支机构应配备至少1名技术人员 (needs no management section to be NOT_APPLICABLE)

    static Status branchTechnicians(Profile p, Clause c, LocalDate asOf) {
        List<Branch> branches = p.branches();
        if (branches == null) {
            return UNKNOWN;
        }
        int onSite = 0;
        int unknownBranches = 0;
        for (Branch b : branches) {
            if (Boolean.TRUE.equals(b.onSiteTrading())) {
                onSite++;
            } else if (b.onSiteTrading() == null) {
                unknownBranches++;
            }
        }
        if (onSite == 0 && unknownBranches == 0) {
            return NA;
        }
        Management m = p.management();
        if (m == null || m.staff() == null) {
            return UNKNOWN;
        }
        int min = Tri.intParam(c, "minStaff");
        int shortOf = 0;
        int unknown = unknownBranches;
        for (Branch b : branches) {
            if (!Boolean.TRUE.equals(b.onSiteTrading())) {
                continue;
            }
            int techs = 0;
            int rolesUnknown = 0;
            if (b.id() != null) {
                for (StaffMember s : m.staff()) {
                    if (s.inPostOn(asOf) && b.id().equals(s.branchId())) {
                        if (hasRole(s.roles(), TECHNICIAN)) {
                            techs++;
                        } else if (s.roles() == null) {
                            rolesUnknown++;
                        }
                    }
                }
            }
            if (techs >= min) {
                continue;
            }
            if (techs + rolesUnknown >= min) {
                unknown++;
            } else {
                shortOf++;
            }
        }
        return Tri.every(shortOf, unknown);
    }

    // ---- x.1.2.2 总部技术部门的所有人员每两年参加期货业协会组织的技术培训应达到15学时

    private static boolean futuresAssociation(String organiser) {
        String v = organiser.trim().toLowerCase(Locale.ROOT);
        return v.equals("futures-association") || v.equals("中国期货业协会") || v.equals("期货业协会")
                || v.equals("中期协") || v.contains("期货业协会");
    }

    static Status associationTrainingHours(Profile p, Clause c, LocalDate asOf) {
        Management m = p.management();
        if (m == null || m.staff() == null || m.trainings() == null) {
            return UNKNOWN;
        }
        BigDecimal minHours = Tri.num(c, "minHours");
        LocalDate windowStart = asOf.minusYears(2);
        // each record judged once: hours per attendee of the records that count, and who attended one that may
        Map<String, BigDecimal> hoursOf = new HashMap<>();
        Set<String> uncertainOf = new HashSet<>();
        for (TrainingRecord t : m.trainings()) {
            if (t.attendees() == null) {
                continue;
            }
            // a record that is known not to count: outside the two years, not technical, not the association
            if (t.date() != null && !Tri.between(t.date(), windowStart, asOf)) {
                continue;
            }
            if (t.kind() != null && t.kind() != TrainingKind.TECHNICAL) {
                continue;
            }
            if (t.organiser() != null && !futuresAssociation(t.organiser())) {
                continue;
            }
            boolean uncertain = t.date() == null || t.kind() == null || t.organiser() == null || t.hours() == null;
            for (String a : new HashSet<>(t.attendees())) {
                if (uncertain) {
                    uncertainOf.add(a);
                } else {
                    hoursOf.merge(a, t.hours(), BigDecimal::add);
                }
            }
        }
        int shortOf = 0;
        int unknown = 0;
        for (StaffMember s : m.staff()) {
            boolean maybe = maybeHqTechInPost(s, asOf);
            if (!hqTechInPost(s, asOf) && !maybe) {
                continue;
            }
            String id = s.id();
            BigDecimal hours = id == null ? BigDecimal.ZERO : hoursOf.getOrDefault(id, BigDecimal.ZERO);
            boolean uncertain = id != null && uncertainOf.contains(id);
            if (hours.compareTo(minHours) >= 0) {
                continue;
            }
            if (s.joined() != null && s.joined().isAfter(windowStart)) {
                continue; // in post under two years: not yet due
            }
            if (maybe || uncertain || s.joined() == null) {
                unknown++;
            } else {
                shortOf++;
            }
        }
        return Tri.every(shortOf, unknown);
    }

    // ---- x.1.5.1 最近三个会计年度IT投入平均数额应不少于平均净利润的6%或平均营业收入的3%，取二者数额较大者

    static Status itSpend(Profile p, Clause c, LocalDate asOf) {
        Management m = p.management();
        if (m == null || m.financialYears() == null) {
            return UNKNOWN;
        }
        BigDecimal netProfitPercent = Tri.num(c, "netProfitPercent");
        BigDecimal revenuePercent = Tri.num(c, "revenuePercent");
        BigDecimal spend = BigDecimal.ZERO;
        BigDecimal revenue = BigDecimal.ZERO;
        BigDecimal profit = BigDecimal.ZERO;
        int year = asOf.getYear();
        for (int y = year - 1; y >= year - 3; y--) {
            FinancialYear f = null;
            for (FinancialYear x : m.financialYears()) {
                if (x.year() != null && x.year() == y) {
                    f = x;
                    break;
                }
            }
            if (f == null) {
                return UNKNOWN; // a year without figures
            }
            spend = spend == null || f.itSpend() == null ? null : spend.add(f.itSpend());
            revenue = revenue == null || f.revenue() == null ? null : revenue.add(f.revenue());
            profit = profit == null || f.netProfit() == null ? null : profit.add(f.netProfit());
        }
        // the averages share the factor 1/3, so the sums compare exactly; short of either share is short of the
        // larger one (取二者数额较大者), whatever the other figure
        if (spend == null) {
            return UNKNOWN;
        }
        if (revenue != null && !Tri.shareAtLeast(spend, revenue, revenuePercent)) {
            return NO;
        }
        if (profit != null && !Tri.shareAtLeast(spend, profit, netProfitPercent)) {
            return NO;
        }
        return revenue == null || profit == null ? UNKNOWN : YES;
    }
}
