package io.fitg.rules.management;

import io.fitg.model.branch.Branch;
import io.fitg.model.company.Company;
import io.fitg.model.machineroom.MachineRoom;
import io.fitg.model.management.EducationLevel;
import io.fitg.model.management.Management;
import io.fitg.model.management.StaffMember;
import io.fitg.rules.support.Calc;
import io.fitg.rules.support.Tri;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Staff-roster checks of chapter x.1: headcounts, roles, confidentiality and departures, branch technicians,
 * education and experience. Everyone is counted as of the assessment's as-of date: people who joined later or
 * left on or before it are not staff then.
 */
public final class Staffing {
    private Staffing() {
    }

    // ---------------------------------------------------------------- roster helpers

    /** The people in post on {@code asOf}. */
    public static List<StaffMember> inPost(Collection<StaffMember> staff, LocalDate asOf) {
        List<StaffMember> out = new ArrayList<>();
        if (staff != null) {
            for (StaffMember s : staff) {
                if (s != null && s.inPostOn(asOf)) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** HQ technology department staff in post on {@code asOf} (总部技术部门人员). */
    public static List<StaffMember> hqTech(Collection<StaffMember> staff, LocalDate asOf) {
        return inPost(staff, asOf).stream().filter(StaffMember::hqTech).toList();
    }

    /**
     * People in post whose membership of the HQ technology department is not stated (hq or techDepartment null,
     * neither false): they might count.
     */
    public static List<StaffMember> maybeHqTech(Collection<StaffMember> staff, LocalDate asOf) {
        return inPost(staff, asOf).stream()
                .filter(s -> !s.hqTech() && !Calc.no(s.hq()) && !Calc.no(s.techDepartment()))
                .toList();
    }

    public static boolean hasRole(StaffMember s, String role) {
        return Vocab.has(s.roles(), role);
    }

    /** A technology staff member (技术人员): HQ technology department, or a technician (e.g. at a branch). */
    public static boolean technologist(StaffMember s) {
        return s.hqTech() || hasRole(s, Vocab.TECHNICIAN);
    }

    /** Technology staff in post (上岗技术人员): the HQ technology department and technicians. */
    public static List<StaffMember> technologists(Collection<StaffMember> staff, LocalDate asOf) {
        return inPost(staff, asOf).stream().filter(Staffing::technologist).toList();
    }

    static List<String> ids(Collection<StaffMember> staff) {
        return staff.stream().map(s -> Objects.requireNonNullElse(s.id(), "(no id)")).toList();
    }

    // ---------------------------------------------------------------- x.1.1.2 ratio

    /** People in post stated to work at headquarters (any department). */
    public static List<StaffMember> hqInPost(Collection<StaffMember> staff, LocalDate asOf) {
        return inPost(staff, asOf).stream().filter(s -> Calc.yes(s.hq())).toList();
    }

    /**
     * x.1.1.2: HQ technology staff / HQ headcount >= minPercent. A headcount of 0, or one smaller than the HQ staff in
     * post on the roster, contradicts the roster (one of the two is wrong on the as-of date): INSUFFICIENT_DATA naming
     * both fields, never a ratio over 100%.
     */
    public static Result ratio(Management m, Company co, LocalDate asOf, BigDecimal minPercent) {
        String pct = Calc.num(minPercent);
        Result r = Result.expect("HQ technology staff at least " + pct + "% of HQ headcount");
        if (m.staff() == null) {
            return r.observed("staff roster not stated").insufficient("management.staff");
        }
        Integer hq = co == null ? null : co.hqHeadcount();
        if (hq == null) {
            return r.observed("HQ headcount not stated").insufficient("company.hqHeadcount");
        }
        List<StaffMember> tech = hqTech(m.staff(), asOf);
        List<StaffMember> maybe = maybeHqTech(m.staff(), asOf);
        List<StaffMember> hqStaff = hqInPost(m.staff(), asOf);
        int n = tech.size();
        if (hq == 0 || hq < hqStaff.size()) {
            String why = hq == 0 && hqStaff.isEmpty()
                    ? "company.hqHeadcount is 0: a company has staff at headquarters, so no share can be computed"
                    : "company.hqHeadcount is " + hq + ", fewer than the " + hqStaff.size() + " people in post on "
                    + asOf + " whom the roster places at headquarters (" + Texts.list(ids(hqStaff))
                    + "); one of the two is wrong";
            return r.observed(why)
                    .situation("总部人数填报为" + hq + "人，" + (hqStaff.isEmpty() ? "无法计算占比"
                            : "少于人员名单中截至" + asOf + "在岗的总部人员" + hqStaff.size() + "人，二者矛盾，无法计算占比") + "。")
                    .facts(co)
                    .insufficient(hqStaff.isEmpty() ? "company.hqHeadcount" : "company.hqHeadcount, management.staff[].hq");
        }
        String share = Texts.pct(n, hq, minPercent);
        r.observed(n + " / " + hq + " = " + share
                        + (maybe.isEmpty() ? "" : "; department not stated for " + Texts.list(ids(maybe))))
                .situation("总部技术部门有员工" + n + "人；总部人员" + hq + "人，占比" + share + "。")
                .facts(co, tech, maybe);
        if (Calc.ratioAtLeast(n, hq, minPercent)) {
            return r.decide(true);
        }
        if (!maybe.isEmpty() && Calc.ratioAtLeast(n + maybe.size(), hq, minPercent)) {
            return r.insufficient(deptFields(maybe));
        }
        return r.decide(false);
    }

    /** The department fields of people whose membership of the HQ technology department is not stated. */
    static String deptFields(Collection<StaffMember> maybe) {
        List<String> out = new ArrayList<>();
        for (StaffMember s : maybe) {
            String id = Objects.requireNonNullElse(s.id(), "(no id)");
            if (s.hq() == null) {
                out.add("management.staff[" + id + "].hq");
            }
            if (s.techDepartment() == null) {
                out.add("management.staff[" + id + "].techDepartment");
            }
            if (out.size() >= 2 * Texts.MAX_LISTED) {
                out.add("…");
                break;
            }
        }
        return String.join(", ", out);
    }

    // ---------------------------------------------------------------- x.1.1.3 minimum headcount

    private static List<Boolean> possible(Tri t) {
        return switch (t) {
            case TRUE -> List.of(true);
            case FALSE -> List.of(false);
            case UNKNOWN -> List.of(false, true);
        };
    }

    /** Whether the company flags say the hosted-room reduction applies: hosted and the host maintains the infrastructure. */
    public static Tri reductionApplies(Company co) {
        if (co == null) {
            return Tri.UNKNOWN;
        }
        Tri hosted = Tri.of(co.machineRoomHosted());
        if (hosted == Tri.FALSE) {
            return Tri.FALSE;
        }
        return hosted.and(Tri.of(co.hostMaintainsInfrastructure()));
    }

    /** One room hosted and maintained by its host: FALSE when it is not hosted or the host does not maintain it. */
    static Tri hostMaintained(MachineRoom r) {
        if (Calc.no(r.hosted()) || Calc.no(r.hostMaintainsInfrastructure())) {
            return Tri.FALSE;
        }
        if (Calc.yes(r.hostMaintainsInfrastructure())) {
            return Tri.TRUE; // a host that maintains the room implies a hosted room
        }
        return Tri.UNKNOWN;
    }

    /**
     * The x.1.1.3 condition 机房托管且由托管方维护机房基础设施, decided from the machine rooms (P1): every room that
     * hosts production (1.4.6) is hosted and its infrastructure maintained by the host. A room of the company's own
     * (or hosted but self-maintained) means the company keeps the staff to run it, so no reduction. The company
     * flags {@code machineRoomHosted}/{@code hostMaintainsInfrastructure} are read only when the rooms do not say;
     * when both say and disagree, the rooms win and {@code note} says so.
     *
     * @param value   whether the reduction applies
     * @param basis   which rooms decided it, or the company flags (English)
     * @param note    the contradiction between the flags and the rooms, or ""
     * @param missing the fields that would decide it when it is UNKNOWN
     */
    public record Reduction(Tri value, String basis, String note, List<String> missing) {
    }

    public static Reduction reduction(Company co, Collection<MachineRoom> rooms) {
        Tri flags = reductionApplies(co);
        List<MachineRoom> listed = rooms == null ? List.of() : List.copyOf(rooms);
        List<String> own = new ArrayList<>();
        List<String> hosted = new ArrayList<>();
        List<String> unknownRooms = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (MachineRoom r : listed) {
            switch (hostMaintained(r)) {
                case FALSE -> own.add(r.label() + (Calc.no(r.hosted()) ? " (own room)" : " (hosted, not maintained by the host)"));
                case TRUE -> hosted.add(r.label());
                case UNKNOWN -> {
                    unknownRooms.add(r.label());
                    missing.add("machineRooms[" + r.label() + "]." + (r.hosted() == null && r.hostMaintainsInfrastructure() == null
                            ? "hosted" : "hostMaintainsInfrastructure"));
                }
            }
        }
        Tri fromRooms = listed.isEmpty() ? Tri.UNKNOWN : !own.isEmpty() ? Tri.FALSE
                : unknownRooms.isEmpty() ? Tri.TRUE : Tri.UNKNOWN;
        String flagText = "company.machineRoomHosted " + flag(co == null ? null : co.machineRoomHosted())
                + ", company.hostMaintainsInfrastructure " + flag(co == null ? null : co.hostMaintainsInfrastructure());
        if (fromRooms == Tri.FALSE) {
            String basis = "not every machine room is hosted and maintained by the host: " + Texts.list(own);
            String note = flags == Tri.TRUE ? flagText + ", but machine room " + Texts.list(own)
                    + " is not hosted and maintained by the host; the rooms decide" : "";
            return new Reduction(Tri.FALSE, basis, note, List.of());
        }
        if (fromRooms == Tri.TRUE) {
            String basis = "every machine room hosted and maintained by the host: " + Texts.list(hosted);
            String note = flags == Tri.FALSE ? flagText + ", but machine room" + (hosted.size() == 1 ? " " : "s ")
                    + Texts.list(hosted) + (hosted.size() == 1 ? " is" : " are")
                    + " hosted and maintained by the host; the rooms decide" : "";
            return new Reduction(Tri.TRUE, basis, note, List.of());
        }
        // the rooms do not say (none listed, or some unstated): the company flags decide when they do
        if (flags != Tri.UNKNOWN) {
            return new Reduction(flags, (listed.isEmpty() ? "no machine room listed; " : "machine room "
                    + Texts.list(unknownRooms) + " does not say; ") + flagText, "", List.of());
        }
        List<String> need = new ArrayList<>(missing);
        if (listed.isEmpty()) {
            need.add("machineRooms");
        }
        need.add(co == null || co.machineRoomHosted() == null ? "company.machineRoomHosted"
                : "company.hostMaintainsInfrastructure");
        return new Reduction(Tri.UNKNOWN, listed.isEmpty() ? "no machine room listed and " + flagText
                : "hosting not stated for machine room " + Texts.list(unknownRooms), "", need);
    }

    private static String flag(Boolean b) {
        return b == null ? "not stated" : "is " + b;
    }

    /**
     * x.1.1.3: at least {@code min} HQ technology staff, {@code minContinuous} for continuous trading, both
     * reduced by {@code reduction} when the machine rooms are hosted and the host maintains their infrastructure
     * ({@link #reduction}). Unknown conditions only matter when the headcount falls between the possible requirements.
     */
    public static Result minimum(Management m, Company co, LocalDate asOf, int min, int minContinuous, int reduction) {
        return minimum(m, co, List.of(), asOf, min, minContinuous, reduction);
    }

    public static Result minimum(Management m, Company co, Collection<MachineRoom> rooms, LocalDate asOf, int min,
                                 int minContinuous, int reduction) {
        Result r = Result.expect("at least " + min + " HQ technology staff (" + minContinuous
                + " with continuous trading; " + reduction + " fewer when the machine rooms are hosted and the host "
                + "maintains their infrastructure)");
        if (m.staff() == null) {
            return r.observed("staff roster not stated").insufficient("management.staff");
        }
        List<StaffMember> tech = hqTech(m.staff(), asOf);
        List<StaffMember> maybe = maybeHqTech(m.staff(), asOf);
        Tri continuous = Tri.of(co == null ? null : co.continuousTrading());
        Reduction red = reduction(co, rooms);
        Tri reduced = red.value();
        Set<Integer> required = new TreeSet<>();
        for (boolean c : possible(continuous)) {
            for (boolean rd : possible(reduced)) {
                required.add((c ? minContinuous : min) - (rd ? reduction : 0));
            }
        }
        int lo = ((TreeSet<Integer>) required).first();
        int hi = ((TreeSet<Integer>) required).last();
        int n = tech.size();
        String cond = (continuous == Tri.UNKNOWN ? "continuous trading not stated"
                : continuous == Tri.TRUE ? "continuous trading" : "no continuous trading")
                + "; " + (reduced == Tri.UNKNOWN ? "hosted-room reduction unknown: " : reduced == Tri.TRUE
                ? "reduced by " + reduction + ": " : "no hosted-room reduction: ") + red.basis()
                + (red.note().isEmpty() ? "" : "; " + red.note());
        String req = lo == hi ? String.valueOf(lo) : lo + " to " + hi;
        r.observed(n + " HQ technology staff; required " + req + " (" + cond + ")"
                        + (maybe.isEmpty() ? "" : "; department not stated for " + Texts.list(ids(maybe))))
                .situation("总部技术部门人员" + n + "人；" + (continuous == Tri.TRUE ? "公司开展连续交易，" : continuous == Tri.FALSE ? "公司未开展连续交易，" : "")
                        + (reduced == Tri.TRUE ? "机房托管且由托管方维护机房基础设施，可核减" + reduction + "人，"
                        : reduced == Tri.FALSE ? "不适用机房托管核减，" : "")
                        + "应不少于" + req + "人。")
                .facts(co, tech, maybe);
        if (n >= hi) {
            return r.decide(true);
        }
        if (n + maybe.size() < lo) {
            return r.decide(false);
        }
        List<String> missing = new ArrayList<>();
        if (!maybe.isEmpty()) {
            missing.add(deptFields(maybe));
        }
        if (continuous == Tri.UNKNOWN) {
            missing.add("company.continuousTrading");
        }
        if (reduced == Tri.UNKNOWN) {
            missing.addAll(red.missing());
        }
        return r.insufficient(String.join(", ", missing));
    }

    /**
     * The earlier edition's 4.1.1.3 (总部技术部门人员不少于7人): a plain minimum, with no continuous-trading figure and
     * no hosted-room reduction, so neither condition is asked for.
     */
    public static Result minimum(Management m, LocalDate asOf, int min) {
        Result r = Result.expect("at least " + min + " HQ technology staff");
        if (m.staff() == null) {
            return r.insufficient("management.staff");
        }
        List<StaffMember> tech = hqTech(m.staff(), asOf);
        List<StaffMember> maybe = maybeHqTech(m.staff(), asOf);
        int n = tech.size();
        r.observed(n + " HQ technology staff"
                        + (maybe.isEmpty() ? "" : "; department not stated for " + Texts.list(ids(maybe))))
                .situation("总部技术部门人员" + n + "人，应不少于" + min + "人。")
                .facts(tech, maybe);
        if (n >= min) {
            return r.decide(true);
        }
        if (n + maybe.size() < min) {
            return r.decide(false);
        }
        return r.insufficient(deptFields(maybe));
    }

    // ---------------------------------------------------------------- roles (x.1.1.9, x.1.1.10, x.1.1.12)

    private static final java.util.Map<String, String> ROLE_NAMES = java.util.Map.of(
            Vocab.SECURITY_MANAGER, "security manager",
            Vocab.NETWORK_ADMINISTRATOR, "network administrator",
            Vocab.TECHNICAL_LIAISON, "technical liaison",
            Vocab.IT_AUDITOR, "internal IT auditor",
            Vocab.TECHNICIAN, "technician");

    /** The role codes of chapter x.1 (for naming the roles that are none of them). */
    static final List<String> ROLE_CODES = List.of(Vocab.SECURITY_MANAGER, Vocab.NETWORK_ADMINISTRATOR,
            Vocab.TECHNICAL_LIAISON, Vocab.IT_AUDITOR, Vocab.TECHNICIAN);

    /**
     * At least {@code min} people in post with {@code role}; {@code hqTechOnly} limits the count to the HQ
     * technology department. People whose roles are not stated, and (with {@code hqTechOnly}) people whose
     * department is not stated who hold the role or whose roles are not stated, make a shortfall INSUFFICIENT_DATA
     * when they could make it up (P6).
     */
    public static Result role(Management m, LocalDate asOf, String role, int min, boolean hqTechOnly) {
        String where = hqTechOnly ? " in the HQ technology department" : "";
        String noun = ROLE_NAMES.getOrDefault(role, role);
        Result r = Result.expect("at least " + min + " " + noun + (min == 1 ? "" : "s") + where);
        String plural = noun + "s";
        if (m.staff() == null) {
            return r.observed("staff roster not stated").insufficient("management.staff");
        }
        List<StaffMember> pool = hqTechOnly ? hqTech(m.staff(), asOf) : inPost(m.staff(), asOf);
        List<StaffMember> holders = pool.stream().filter(s -> hasRole(s, role)).toList();
        List<StaffMember> unknown = pool.stream().filter(s -> s.roles() == null).toList();
        List<StaffMember> maybe = hqTechOnly ? maybeHqTech(m.staff(), asOf).stream()
                .filter(s -> s.roles() == null || hasRole(s, role)).toList() : List.of();
        List<String> unrecognised = new ArrayList<>();
        if (holders.size() < min) {
            for (StaffMember s : pool) {
                for (String v : Vocab.unrecognised(s.roles(), ROLE_CODES)) {
                    unrecognised.add(s.id() + ": '" + v + "'");
                }
            }
        }
        r.observed(holders.size() + " " + (holders.size() == 1 ? noun : plural)
                        + (holders.isEmpty() ? "" : " (" + Texts.list(ids(holders)) + ")")
                        + (unknown.isEmpty() ? "" : "; roles not stated for " + Texts.list(ids(unknown)))
                        + (maybe.isEmpty() ? "" : "; department not stated for " + Texts.list(ids(maybe))
                        + ", who may be " + plural + " of the HQ technology department")
                        + (unrecognised.isEmpty() ? "" : "; roles not recognised as any role the guideline names: "
                        + Texts.list(unrecognised) + " (recognised: " + String.join(", ", ROLE_CODES)
                        + ", their Chinese names and key words, see docs/profile/1-management.md)"))
                .situation((hqTechOnly ? "总部技术部门" : "公司") + "现有" + Vocab.zh(role) + holders.size() + "名"
                        + (holders.isEmpty() ? "" : "（" + Texts.zhList(ids(holders)) + "）") + "，要求至少" + min + "名"
                        + (maybe.isEmpty() ? "" : "；" + Texts.zhList(ids(maybe)) + "未说明是否属于总部技术部门") + "。")
                .facts(holders);
        if (holders.size() >= min) {
            return r.decide(true);
        }
        if (holders.size() + unknown.size() + maybe.size() >= min) {
            List<String> missing = new ArrayList<>();
            if (!unknown.isEmpty()) {
                missing.add("management.staff[].roles");
            }
            if (!maybe.isEmpty()) {
                missing.add(deptFields(maybe));
            }
            return r.facts(unknown).facts(maybe).insufficient(String.join(", ", missing));
        }
        return r.decide(false);
    }

    // ---------------------------------------------------------------- x.1.1.8 confidentiality and departures

    /** One person's confidentiality agreement as of {@code asOf}. */
    public static Tri agreementSigned(StaffMember s, LocalDate asOf) {
        if (Calc.no(s.confidentialityAgreement())) {
            return Tri.FALSE;
        }
        LocalDate d = s.confidentialityAgreementSigned();
        if (d != null) {
            return d.isAfter(asOf) ? Tri.FALSE : Tri.TRUE;
        }
        return Tri.UNKNOWN;
    }

    /** One departure handled: access revoked and handover done. */
    public static Tri departureHandled(StaffMember s) {
        return Tri.of(s.accessRevoked()).and(Tri.of(s.handoverDone()));
    }

    /**
     * x.1.1.8: every HQ technology staff member in post has signed a confidentiality agreement; departures of
     * technology staff follow a written procedure, with access revoked and work handed over.
     */
    public static Result confidentialityAndDepartures(Management m, LocalDate asOf) {
        return confidentialityAndDepartures(m, asOf, true);
    }

    /**
     * As above; with {@code departures} false only the agreements are asked for (the earlier edition's 4.1.1.5:
     * 应与所有总部技术部门人员签署保密协议).
     */
    public static Result confidentialityAndDepartures(Management m, LocalDate asOf, boolean departures) {
        if (!departures) {
            return confidentialityOnly(m, asOf);
        }
        Result r = Result.expect("a signed confidentiality agreement for every HQ technology staff member; a departure "
                + "procedure; access revoked and handover done for every technology staff member who left");
        if (m.staff() == null) {
            return r.insufficient("management.staff");
        }
        List<StaffMember> tech = hqTech(m.staff(), asOf);
        List<String> unsigned = new ArrayList<>();
        List<String> unknownSig = new ArrayList<>();
        for (StaffMember s : tech) {
            switch (agreementSigned(s, asOf)) {
                case FALSE -> unsigned.add(s.id());
                case UNKNOWN -> unknownSig.add(s.id());
                default -> { }
            }
        }
        List<StaffMember> leavers = m.staff().stream().filter(s -> s.leftBy(asOf) && technologist(s)).toList();
        List<String> unhandled = new ArrayList<>();
        List<String> unknownDep = new ArrayList<>();
        for (StaffMember s : leavers) {
            switch (departureHandled(s)) {
                case FALSE -> unhandled.add(s.id());
                case UNKNOWN -> unknownDep.add(s.id());
                default -> { }
            }
        }
        Tri procedure = Docs.issuedBy(m.departureProcedure(), asOf);
        List<StaffMember> maybe = maybeHqTech(m.staff(), asOf).stream()
                .filter(s -> agreementSigned(s, asOf) != Tri.TRUE).toList();
        Tri sig = !unsigned.isEmpty() ? Tri.FALSE : unknownSig.isEmpty() && maybe.isEmpty() ? Tri.TRUE : Tri.UNKNOWN;
        Tri dep = !unhandled.isEmpty() ? Tri.FALSE : unknownDep.isEmpty() ? Tri.TRUE : Tri.UNKNOWN;
        int signed = tech.size() - unsigned.size() - unknownSig.size();
        r.observed(signed + " of " + tech.size() + " signed"
                        + (unsigned.isEmpty() ? "" : "; not signed: " + Texts.list(unsigned))
                        + (unknownSig.isEmpty() ? "" : "; not stated: " + Texts.list(unknownSig))
                        + (maybe.isEmpty() ? "" : "; department not stated for " + Texts.list(ids(maybe))
                        + ", without a signed agreement on record")
                        + "; departure procedure " + Docs.describe(m.departureProcedure(), asOf)
                        + "; " + leavers.size() + " departures"
                        + (unhandled.isEmpty() ? "" : ", not fully handled: " + Texts.list(unhandled))
                        + (unknownDep.isEmpty() ? "" : ", handling not stated: " + Texts.list(unknownDep)))
                .situation("总部技术部门" + tech.size() + "人中" + signed + "人已签署保密协议"
                        + (unsigned.isEmpty() ? "" : "，未签署：" + Texts.zhList(unsigned))
                        + "；" + (procedure == Tri.TRUE ? "已制定离岗管理制度" : "未见有效的离岗管理制度")
                        + "；技术人员离岗" + leavers.size() + "人次"
                        + (unhandled.isEmpty() ? "" : "，其中未完成权限回收或工作交接：" + Texts.zhList(unhandled)) + "。")
                .facts(unsigned, unhandled, unknownSig, unknownDep, ids(maybe));
        List<String> missing = new ArrayList<>();
        if (sig == Tri.UNKNOWN && !unknownSig.isEmpty()) {
            missing.add("management.staff[].confidentialityAgreementSigned");
        }
        if (sig == Tri.UNKNOWN && !maybe.isEmpty()) {
            missing.add(deptFields(maybe));
        }
        if (procedure == Tri.UNKNOWN) {
            missing.add("management.departureProcedure");
        }
        if (dep == Tri.UNKNOWN) {
            missing.add("management.staff[].accessRevoked, management.staff[].handoverDone");
        }
        return r.over(tech, leavers).decide(sig.and(procedure).and(dep), String.join(", ", missing));
    }

    private static Result confidentialityOnly(Management m, LocalDate asOf) {
        Result r = Result.expect("a signed confidentiality agreement for every HQ technology staff member");
        if (m.staff() == null) {
            return r.insufficient("management.staff");
        }
        List<StaffMember> tech = hqTech(m.staff(), asOf);
        r.over(tech);
        List<String> unsigned = new ArrayList<>();
        List<String> unknownSig = new ArrayList<>();
        for (StaffMember s : tech) {
            switch (agreementSigned(s, asOf)) {
                case FALSE -> unsigned.add(s.id());
                case UNKNOWN -> unknownSig.add(s.id());
                default -> { }
            }
        }
        int signed = tech.size() - unsigned.size() - unknownSig.size();
        List<StaffMember> maybe = maybeHqTech(m.staff(), asOf).stream()
                .filter(s -> agreementSigned(s, asOf) != Tri.TRUE).toList();
        r.observed(signed + " of " + tech.size() + " signed"
                        + (unsigned.isEmpty() ? "" : "; not signed: " + Texts.list(unsigned))
                        + (unknownSig.isEmpty() ? "" : "; not stated: " + Texts.list(unknownSig))
                        + (maybe.isEmpty() ? "" : "; department not stated for " + Texts.list(ids(maybe))
                        + ", without a signed agreement on record"))
                .situation("总部技术部门" + tech.size() + "人中" + signed + "人已签署保密协议"
                        + (unsigned.isEmpty() ? "" : "，未签署：" + Texts.zhList(unsigned)) + "。")
                .facts(unsigned, unknownSig, ids(maybe));
        Tri sig = !unsigned.isEmpty() ? Tri.FALSE : unknownSig.isEmpty() && maybe.isEmpty() ? Tri.TRUE : Tri.UNKNOWN;
        List<String> missing = new ArrayList<>();
        if (!unknownSig.isEmpty()) {
            missing.add("management.staff[].confidentialityAgreementSigned");
        }
        if (!maybe.isEmpty()) {
            missing.add(deptFields(maybe));
        }
        return r.decide(sig, String.join(", ", missing));
    }

    // ---------------------------------------------------------------- x.1.1.11 branch technicians

    /**
     * x.1.1.11: every branch offering on-site trading has at least {@code min} technicians in post. NOT_APPLICABLE
     * when the branches are given and none offers on-site trading. {@code m} may be null (no management section).
     */
    public static Result branchTechnicians(Management m, boolean branchesGiven, Collection<Branch> branches,
                                           LocalDate asOf, int min) {
        return branchTechnicians(m, branchesGiven, branches, asOf, min, false);
    }

    /**
     * As above; with {@code allBranches} every branch counts, whether or not it offers on-site trading (the
     * earlier edition's 4.1.1.8: 每个营业部应配备至少一名技术人员), and the clause is NOT_APPLICABLE only when the
     * company has no branch at all.
     */
    public static Result branchTechnicians(Management m, boolean branchesGiven, Collection<Branch> branches,
                                           LocalDate asOf, int min, boolean allBranches) {
        Result r = Result.expect("at least " + min + " technician at every branch"
                + (allBranches ? " (营业部)" : " offering on-site trading"));
        if (!branchesGiven) {
            return r.insufficient("branches");
        }
        List<Branch> onSite = new ArrayList<>();
        List<String> unknownBranches = new ArrayList<>();
        for (Branch b : branches) {
            if (allBranches || Calc.yes(b.onSiteTrading())) {
                onSite.add(b);
            } else if (b.onSiteTrading() == null) {
                unknownBranches.add(b.id());
            }
        }
        if (allBranches && onSite.isEmpty()) {
            return r.observed("no branches")
                    .situation("公司未设营业部。")
                    .notApplicable("the company has no branch (营业部)");
        }
        if (onSite.isEmpty() && unknownBranches.isEmpty()) {
            return r.observed(branches.size() + " branches, none offers on-site trading")
                    .situation("公司" + branches.size() + "家分支机构均未提供现场交易。")
                    .notApplicable("no branch offers on-site trading (提供现场交易的分支机构)");
        }
        if (m == null || m.staff() == null) {
            return r.insufficient("management.staff");
        }
        List<StaffMember> staff = inPost(m.staff(), asOf);
        List<String> short_ = new ArrayList<>();
        List<String> unknown = new ArrayList<>(unknownBranches);
        List<String> ok = new ArrayList<>();
        // the staff by branch once, not a scan of the roster per branch (linear in branches + staff)
        java.util.Map<String, List<StaffMember>> byBranch = new java.util.HashMap<>();
        for (StaffMember s : staff) {
            if (s.branchId() != null) {
                byBranch.computeIfAbsent(s.branchId(), k -> new ArrayList<>()).add(s);
            }
        }
        for (Branch b : onSite) {
            List<StaffMember> there = b.id() == null ? List.of() : byBranch.getOrDefault(b.id(), List.of());
            long techs = there.stream().filter(s -> hasRole(s, Vocab.TECHNICIAN)).count();
            long rolesUnknown = there.stream().filter(s -> s.roles() == null).count();
            if (techs >= min) {
                ok.add(b.id());
            } else if (techs + rolesUnknown >= min) {
                unknown.add(b.id());
            } else {
                short_.add(b.id());
            }
        }
        r.observed(onSite.size() + (allBranches ? " branches" : " branches offer on-site trading")
                        + "; without a technician: " + Texts.list(short_)
                        + (unknown.isEmpty() ? "" : "; not stated: " + Texts.list(unknown)))
                .situation((allBranches ? "营业部" : "提供现场交易的分支机构") + onSite.size() + "家，"
                        + (short_.isEmpty() ? "均配备了技术人员" : "未配备技术人员的：" + Texts.zhList(short_)) + "。")
                .facts(short_.isEmpty() ? unknown : short_);
        Tri t = !short_.isEmpty() ? Tri.FALSE : unknown.isEmpty() ? Tri.TRUE : Tri.UNKNOWN;
        return r.over(onSite).decide(t, unknownBranches.isEmpty() ? "management.staff[].roles, management.staff[].branchId"
                : "branches[].onSiteTrading");
    }

    // ---------------------------------------------------------------- x.1.3.1 education

    /** Whether a person has an IT-related bachelor's degree or above: TRUE / FALSE / UNKNOWN. */
    public static Tri itDegree(StaffMember s) {
        EducationLevel e = s.education();
        if (e != null && !e.bachelorOrAbove()) {
            return Tri.FALSE;
        }
        if (Calc.no(s.itMajor())) {
            return Tri.FALSE;
        }
        if (e == null || s.itMajor() == null) {
            return Tri.UNKNOWN;
        }
        return Tri.TRUE;
    }

    /**
     * x.1.3.1: at least {@code minPercent}% of HQ technology staff with an IT-related bachelor's degree or above.
     * Unknowns (a person's degree, or whether a person belongs to the department at all) are resolved both ways:
     * COMPLIANT when the share is met even in the worst reading, NON_COMPLIANT when it is missed even in the best,
     * INSUFFICIENT_DATA otherwise.
     */
    public static Result degreeShare(Management m, LocalDate asOf, BigDecimal minPercent) {
        String pct = Calc.num(minPercent);
        Result r = Result.expect("at least " + pct + "% of HQ technology staff with an IT-related bachelor's degree or above");
        if (m.staff() == null) {
            return r.observed("staff roster not stated").insufficient("management.staff");
        }
        List<StaffMember> tech = hqTech(m.staff(), asOf);
        r.over(tech);
        List<StaffMember> maybe = maybeHqTech(m.staff(), asOf);
        int yes = 0;
        List<String> unknown = new ArrayList<>();
        for (StaffMember s : tech) {
            Tri t = itDegree(s);
            if (t == Tri.TRUE) {
                yes++;
            } else if (t == Tri.UNKNOWN) {
                unknown.add(s.id());
            }
        }
        // best reading: unknown degrees are degrees, and of the maybe-members only those who might hold one belong;
        // worst reading: unknown degrees are not, and only the maybe-members who might lack one belong
        int maybeMightHave = (int) maybe.stream().filter(s -> itDegree(s) != Tri.FALSE).count();
        int maybeMightLack = (int) maybe.stream().filter(s -> itDegree(s) != Tri.TRUE).count();
        int n = tech.size();
        int bestYes = yes + unknown.size() + maybeMightHave;
        int bestN = n + maybeMightHave;
        int worstN = n + maybeMightLack;
        String share = Texts.pct(yes, n, minPercent);
        r.observed((n == 0 ? "no HQ technology staff in post" : yes + " / " + n + " = " + share)
                        + (unknown.isEmpty() ? "" : "; education not stated for " + Texts.list(unknown))
                        + (maybe.isEmpty() ? "" : "; department not stated for " + Texts.list(ids(maybe))))
                .situation("总部技术部门" + n + "人中，信息技术相关专业大学本科及以上学历" + yes + "人"
                        + (n == 0 ? "" : "，占比" + share) + "。")
                .facts(unknown, ids(maybe));
        boolean worstOk = worstN > 0 && Calc.ratioAtLeast(yes, worstN, minPercent);
        boolean bestOk = bestN > 0 && Calc.ratioAtLeast(bestYes, bestN, minPercent);
        if (worstOk) {
            return r.decide(true);
        }
        if (!bestOk) {
            return r.decide(false);
        }
        List<String> missing = new ArrayList<>();
        if (!unknown.isEmpty() || maybe.stream().anyMatch(s -> itDegree(s) == Tri.UNKNOWN)) {
            missing.add("management.staff[].education, management.staff[].itMajor");
        }
        if (!maybe.isEmpty()) {
            missing.add(deptFields(maybe));
        }
        return r.insufficient(String.join(", ", missing));
    }

    // ---------------------------------------------------------------- x.1.3.2 experience

    /** Whole years of operations experience reached by {@code asOf}: start + years <= asOf. */
    public static Tri hasExperience(StaffMember s, LocalDate asOf, int years) {
        if (Calc.no(s.opsExperience())) {
            return Tri.FALSE;
        }
        LocalDate since = s.opsExperienceSince();
        if (since == null) {
            return Tri.UNKNOWN;
        }
        return since.plusYears(years).isAfter(asOf) ? Tri.FALSE : Tri.TRUE;
    }

    /** x.1.3.2: at least {@code minStaff} HQ technology staff with {@code minYears} years of operations experience. */
    public static Result experience(Management m, LocalDate asOf, int minStaff, int minYears) {
        Result r = Result.expect("at least " + minStaff + " HQ technology staff with " + minYears
                + " or more years of system operations experience");
        if (m.staff() == null) {
            return r.insufficient("management.staff");
        }
        List<StaffMember> tech = hqTech(m.staff(), asOf);
        List<String> yes = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (StaffMember s : tech) {
            Tri t = hasExperience(s, asOf, minYears);
            if (t == Tri.TRUE) {
                yes.add(s.id());
            } else if (t == Tri.UNKNOWN) {
                unknown.add(s.id());
            }
        }
        List<StaffMember> maybe = maybeHqTech(m.staff(), asOf).stream()
                .filter(s -> hasExperience(s, asOf, minYears) != Tri.FALSE).toList();
        r.observed(yes.size() + " with " + minYears + "+ years" + (yes.isEmpty() ? "" : " (" + Texts.list(yes) + ")")
                        + (unknown.isEmpty() ? "" : "; experience not stated for " + Texts.list(unknown))
                        + (maybe.isEmpty() ? "" : "; department not stated for " + Texts.list(ids(maybe))
                        + ", who may count"))
                .situation("总部技术部门具备" + minYears + "年及以上系统运行维护经验的人员" + yes.size() + "人，要求至少" + minStaff + "人。")
                .facts(yes);
        if (yes.size() >= minStaff) {
            return r.decide(true);
        }
        if (yes.size() + unknown.size() + maybe.size() >= minStaff) {
            List<String> missing = new ArrayList<>();
            if (!unknown.isEmpty() || maybe.stream().anyMatch(s -> hasExperience(s, asOf, minYears) == Tri.UNKNOWN)) {
                missing.add("management.staff[].opsExperienceSince");
            }
            if (!maybe.isEmpty()) {
                missing.add(deptFields(maybe));
            }
            return r.facts(unknown).facts(ids(maybe)).insufficient(String.join(", ", missing));
        }
        return r.decide(false);
    }

    /**
     * The earlier edition's 4.1.3.2: at least {@code minPercent}% of HQ technology staff with {@code minYears} years
     * of operations experience (以上: the share itself complies).
     */
    public static Result experienceShare(Management m, LocalDate asOf, BigDecimal minPercent, int minYears) {
        String pct = Calc.num(minPercent);
        Result r = Result.expect("at least " + pct + "% of HQ technology staff with " + minYears
                + " or more years of system operations experience");
        if (m.staff() == null) {
            return r.insufficient("management.staff");
        }
        List<StaffMember> tech = hqTech(m.staff(), asOf);
        List<String> yes = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (StaffMember s : tech) {
            Tri t = hasExperience(s, asOf, minYears);
            if (t == Tri.TRUE) {
                yes.add(s.id());
            } else if (t == Tri.UNKNOWN) {
                unknown.add(s.id());
            }
        }
        int n = tech.size();
        List<StaffMember> maybe = maybeHqTech(m.staff(), asOf);
        int maybeMightHave = (int) maybe.stream().filter(s -> hasExperience(s, asOf, minYears) != Tri.FALSE).count();
        int maybeMightLack = (int) maybe.stream().filter(s -> hasExperience(s, asOf, minYears) != Tri.TRUE).count();
        String share = Texts.pct(yes.size(), n, minPercent);
        r.observed((n == 0 ? "no HQ technology staff in post" : yes.size() + " / " + n + " = " + share + " with "
                        + minYears + "+ years")
                        + (unknown.isEmpty() ? "" : "; experience not stated for " + Texts.list(unknown))
                        + (maybe.isEmpty() ? "" : "; department not stated for " + Texts.list(ids(maybe))))
                .situation("总部技术部门" + n + "人中具备" + minYears + "年及以上系统运行维护经验的" + yes.size() + "人"
                        + (n == 0 ? "" : "，占比" + share) + "，要求" + pct + "%以上。")
                .facts(unknown, ids(maybe));
        int worstN = n + maybeMightLack;
        int bestN = n + maybeMightHave;
        if (worstN > 0 && Calc.ratioAtLeast(yes.size(), worstN, minPercent)) {
            return r.decide(true);
        }
        if (bestN == 0 || !Calc.ratioAtLeast(yes.size() + unknown.size() + maybeMightHave, bestN, minPercent)) {
            return r.decide(false);
        }
        List<String> missing = new ArrayList<>();
        if (!unknown.isEmpty() || maybe.stream().anyMatch(s -> hasExperience(s, asOf, minYears) == Tri.UNKNOWN)) {
            missing.add("management.staff[].opsExperienceSince");
        }
        if (!maybe.isEmpty()) {
            missing.add(deptFields(maybe));
        }
        return r.insufficient(String.join(", ", missing));
    }

    static Set<String> idSet(Collection<StaffMember> staff) {
        Set<String> s = new LinkedHashSet<>();
        for (StaffMember m : staff) {
            if (m.id() != null) {
                s.add(m.id());
            }
        }
        return s;
    }
}
