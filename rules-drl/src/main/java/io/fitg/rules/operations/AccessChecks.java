package io.fitg.rules.operations;

import io.fitg.model.management.StaffMember;
import io.fitg.model.operations.InfrastructureMaintenance;
import io.fitg.model.operations.Operations;
import io.fitg.model.operations.RoomEntry;
import io.fitg.rules.support.Roster;
import io.fitg.rules.support.Tri;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static io.fitg.rules.operations.OperationsCalc.document;
import static io.fitg.rules.operations.OperationsCalc.filter;
import static io.fitg.rules.operations.OperationsCalc.given;
import static io.fitg.rules.operations.OperationsCalc.inRegisterWindow;

/** The checks of x.5.3 机房进出: the machine-room system and its registers, visitors, entries in trading hours. */
public final class AccessChecks {
    private AccessChecks() {
    }

    private static String areaEn(InfrastructureMaintenance.Area a) {
        return switch (a) {
            case ENVIRONMENT -> "environment";
            case POWER -> "power supply";
            case AIR_CONDITIONING -> "air conditioning";
            case FIRE_PROTECTION -> "fire protection";
            case SECURITY -> "security";
        };
    }

    private static String areaZh(InfrastructureMaintenance.Area a) {
        return switch (a) {
            case ENVIRONMENT -> "环境";
            case POWER -> "供电";
            case AIR_CONDITIONING -> "空调";
            case FIRE_PROTECTION -> "消防";
            case SECURITY -> "安防";
        };
    }

    /** Register entries of the last year. */
    static List<RoomEntry> yearEntries(Operations o, LocalDate asOf) {
        return filter(o.roomEntries(), e -> inRegisterWindow(e.date(), asOf));
    }

    /** Equipment brought in or out is registered: TRUE, FALSE, or UNKNOWN when not stated. */
    static Tri equipmentRegistered(RoomEntry e) {
        if (Boolean.FALSE.equals(e.carriedEquipment())) {
            return Tri.TRUE;
        }
        if (e.carriedEquipment() == null) {
            return e.equipment() != null && !e.equipment().isEmpty() ? Tri.TRUE : Tri.UNKNOWN;
        }
        if (e.equipment() == null) {
            return Tri.UNKNOWN;
        }
        return OperationsCalc.people(e.equipment()).isEmpty() ? Tri.FALSE : Tri.TRUE;
    }

    /**
     * x.5.3.1 a machine-room management system in force; operation and maintenance of the environment, power, air
     * conditioning, fire protection and security on record in the last year; a register of entries to the machine
     * room kept for the last year, with equipment registered.
     */
    public static Check machineRoomManagement(Operations o, LocalDate asOf) {
        return machineRoomManagement(o, asOf, true);
    }

    /**
     * As above; with {@code infrastructure} false no infrastructure maintenance is asked for (the earlier edition's
     * 4.5.3.1: 应建立机房及值班操作间的出入登记制度，并保留相关记录 — the policy and the entry register only).
     */
    public static Check machineRoomManagement(Operations o, LocalDate asOf, boolean infrastructure) {
        Check k = new Check();
        document(k, o.machineRoomPolicy(), asOf, "operations.machineRoomPolicy", "machine-room management system", "机房管理制度");
        if (!infrastructure) {
            // the entry register only
        } else if (o.infrastructureMaintenance() == null) {
            k.missing("operations.infrastructureMaintenance", "机房基础设施运行维护记录");
        } else {
            List<InfrastructureMaintenance> year = filter(o.infrastructureMaintenance(), m -> inRegisterWindow(m.date(), asOf));
            List<String> none = new ArrayList<>();
            List<String> noneZh = new ArrayList<>();
            for (InfrastructureMaintenance.Area a : InfrastructureMaintenance.Area.values()) {
                if (year.stream().noneMatch(m -> m.area() == a)) {
                    none.add(areaEn(a));
                    noneZh.add(areaZh(a));
                }
            }
            if (!none.isEmpty() && year.stream().anyMatch(m -> m.area() == null)) {
                k.unknown("operations.infrastructureMaintenance[].area", "the area of some maintenance records is not stated",
                        "部分基础设施运行维护记录未说明设施类别");
            } else if (!none.isEmpty()) {
                k.fail("no operation and maintenance record in the last year for: " + String.join(", ", none),
                        "近一年无" + String.join("、", noneZh) + "设施的运行维护记录");
            } else {
                k.note(year.size() + " infrastructure maintenance records in the last year covering environment, power, "
                        + "air conditioning, fire protection and security", "近一年环境、供电、空调、消防、安防等基础设施运行维护记录" + year.size() + "条");
            }
        }
        if (o.roomEntries() == null) {
            return k.missing("operations.roomEntries", "机房和值班操作间出入登记记录");
        }
        List<RoomEntry> year = yearEntries(o, asOf);
        List<RoomEntry> room = filter(year, e -> e.place() == RoomEntry.Place.MACHINE_ROOM);
        if (room.isEmpty()) {
            if (year.stream().anyMatch(e -> e.place() == null)) {
                k.unknown("operations.roomEntries[].place", "the place of some entries is not stated", "部分出入登记未说明场所");
            } else {
                k.fail("no machine-room entry registered in the last year", "近一年无机房出入登记记录");
            }
        }
        List<String> unregistered = new ArrayList<>();
        boolean unknownEquipment = false;
        for (RoomEntry e : year) {
            Tri t = equipmentRegistered(e);
            if (t == Tri.FALSE) {
                unregistered.add(e.label());
            } else if (t == Tri.UNKNOWN && Boolean.TRUE.equals(e.carriedEquipment())) {
                unknownEquipment = true;
            }
        }
        if (!unregistered.isEmpty()) {
            k.fail("equipment carried without being registered: " + Check.list(unregistered, 10),
                    "携带设备出入未登记：" + Check.listZh(unregistered, 10));
        }
        if (unknownEquipment) {
            k.unknown("operations.roomEntries[].equipment", "equipment registered for some entries not stated", "部分携带设备的出入未说明设备登记情况");
        }
        if (!room.isEmpty() && unregistered.isEmpty()) {
            long duty = year.stream().filter(e -> e.place() == RoomEntry.Place.DUTY_ROOM).count();
            k.note(room.size() + " machine-room and " + duty + " duty-room entries registered in the last year",
                    "近一年机房出入登记" + room.size() + "条、值班操作间出入登记" + duty + "条");
        }
        return k;
    }

    /**
     * Whether a visitor was accompanied by technology-department staff (有技术部门人员陪同, the lead's reading P5): the
     * escort is on the roster ({@code management.staff}, by name or id), in post on the day of the entry, in the
     * technology department, and not the visitor. Adds why not to {@code en}/{@code zh}; UNKNOWN names the field.
     */
    static Tri escorted(RoomEntry e, List<StaffMember> roster, List<String> en, List<String> zh, List<String> fields) {
        if (!given(e.escortedBy())) {
            en.add("not accompanied");
            zh.add("无技术部门人员陪同");
            return Tri.FALSE;
        }
        String esc = e.escortedBy().strip();
        if (given(e.person()) && esc.equals(e.person().strip())) {
            en.add("\"accompanied\" by the visitor " + esc + " himself");
            zh.add("陪同人" + esc + "即进入者本人");
            return Tri.FALSE;
        }
        if (roster == null) {
            en.add("whether the escort " + esc + " is technology-department staff cannot be checked: the staff roster "
                    + "(management.staff) is not stated");
            zh.add("未提供人员名册，无法确认陪同人" + esc + "是否为技术部门人员");
            fields.add("management.staff");
            return Tri.UNKNOWN;
        }
        List<StaffMember> matches = Roster.byNameOrId(roster, esc);
        if (matches.isEmpty()) {
            en.add("the escort " + esc + " is not on the staff roster (management.staff)");
            zh.add("陪同人" + esc + "不在人员名册中");
            return Tri.FALSE;
        }
        List<StaffMember> inPost = matches.stream()
                .filter(m -> Roster.standing(m, e.date()) == Roster.Standing.IN_POST).toList();
        if (inPost.isEmpty()) {
            en.add("the escort " + Roster.notInPostEn(matches.get(0), e.date()) + " (entry on " + e.date() + ")");
            zh.add("陪同人" + Roster.notInPostZh(matches.get(0), e.date()));
            return Tri.FALSE;
        }
        if (inPost.stream().anyMatch(m -> Boolean.TRUE.equals(m.techDepartment()))) {
            return Tri.TRUE;
        }
        StaffMember m = inPost.get(0);
        if (inPost.stream().anyMatch(x -> x.techDepartment() == null)) {
            en.add("whether the escort " + Roster.label(m) + " belongs to the technology department is not stated");
            zh.add("未说明陪同人" + esc + "是否为技术部门人员");
            fields.add("management.staff[" + (m.id() == null ? esc : m.id()) + "].techDepartment");
            return Tri.UNKNOWN;
        }
        en.add("the escort " + Roster.label(m) + (m.department() == null ? "" : ", " + m.department())
                + ", is not technology-department staff");
        zh.add("陪同人" + esc + (m.department() == null ? "" : "（" + m.department() + "）") + "不是技术部门人员");
        return Tri.FALSE;
    }

    /**
     * x.5.3.2 every machine-room entry of the last year by someone outside the technology department was approved,
     * accompanied by technology staff, and any equipment carried was registered. Without the staff roster an escort
     * cannot be checked.
     */
    public static Check roomEntryApproval(Operations o, LocalDate asOf) {
        return roomEntryApproval(o, asOf, null);
    }

    /** As above, with the staff roster ({@code management.staff}; null when not stated) that escorts must be on. */
    public static Check roomEntryApproval(Operations o, LocalDate asOf, List<StaffMember> roster) {
        Check k = new Check();
        if (o.roomEntries() == null) {
            return k.missing("operations.roomEntries", "机房出入登记记录");
        }
        List<String> bad = new ArrayList<>();
        List<String> badZh = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> unknownEn = new ArrayList<>();
        List<String> unknownZh = new ArrayList<>();
        List<String> unknownFields = new ArrayList<>();
        int visits = 0;
        for (RoomEntry e : yearEntries(o, asOf)) {
            if (e.place() == RoomEntry.Place.DUTY_ROOM || Boolean.TRUE.equals(e.technicalStaff())) {
                continue;
            }
            boolean knownVisit = e.place() == RoomEntry.Place.MACHINE_ROOM && Boolean.FALSE.equals(e.technicalStaff());
            if (knownVisit) {
                visits++;
            }
            List<String> lack = new ArrayList<>();
            List<String> lackZh = new ArrayList<>();
            List<String> escortUnknown = new ArrayList<>();
            List<String> escortUnknownZh = new ArrayList<>();
            List<String> fields = new ArrayList<>();
            Tri approved = given(e.approvedBy()) ? Tri.TRUE : Tri.FALSE;
            if (approved == Tri.FALSE) {
                lack.add("not approved");
                lackZh.add("未经审批");
            }
            List<String> escEn = new ArrayList<>();
            List<String> escZh = new ArrayList<>();
            Tri escort = escorted(e, roster, escEn, escZh, fields);
            if (escort == Tri.FALSE) {
                lack.addAll(escEn);
                lackZh.addAll(escZh);
            } else if (escort == Tri.UNKNOWN) {
                escortUnknown.addAll(escEn);
                escortUnknownZh.addAll(escZh);
            }
            Tri equipment = equipmentRegistered(e);
            if (equipment == Tri.FALSE) {
                lack.add("equipment not registered");
                lackZh.add("携带设备未登记");
            }
            Tri t = approved.and(escort).and(equipment);
            if (t == Tri.TRUE) {
                continue;
            }
            if (knownVisit && t == Tri.FALSE) {
                bad.add(e.label() + " (" + String.join(", ", lack) + ")");
                badZh.add(e.label() + "（" + String.join("、", lackZh) + "）");
                continue;
            }
            unknown.add(e.label());
            if (!escortUnknown.isEmpty()) {
                unknownEn.add(e.label() + ": " + String.join(", ", escortUnknown));
                unknownZh.add(e.label() + "：" + String.join("、", escortUnknownZh));
                unknownFields.addAll(fields);
            } else {
                unknownEn.add("for " + e.label() + " it is not stated whether the person is technical staff, where they "
                        + "entered or what equipment they registered");
                unknownZh.add(e.label() + "的人员身份、场所或设备登记情况未说明");
                unknownFields.add("operations.roomEntries[].technicalStaff/place/equipment");
            }
        }
        if (!bad.isEmpty()) {
            k.fail(bad.size() + " machine-room visit(s) by non-technical staff in the last year fall short: "
                    + Check.list(bad, 10), "近一年非技术部门人员进入机房" + bad.size() + "次不符合要求：" + Check.listZh(badZh, 10));
        }
        if (!unknown.isEmpty()) {
            k.unknown(String.join(", ", unknownFields.stream().distinct().toList()), String.join("; ", unknownEn),
                    String.join("；", unknownZh));
        }
        if (bad.isEmpty() && unknown.isEmpty()) {
            k.note(visits == 0 ? "no machine-room visit by non-technical staff in the last year"
                            : visits + " machine-room visit(s) by non-technical staff in the last year, each approved, "
                            + "accompanied by technology-department staff in post and with equipment registered",
                    visits == 0 ? "近一年无非技术部门人员进入机房" : "近一年非技术部门人员进入机房" + visits + "次，均经审批、有技术部门人员陪同并登记携带设备");
        }
        return k;
    }

    /** x.5.3.3 every machine-room entry of the last year during trading hours was for an emergency or an inspection. */
    public static Check noEntryDuringTrading(Operations o, LocalDate asOf) {
        Check k = new Check();
        if (o.roomEntries() == null) {
            return k.missing("operations.roomEntries", "机房出入登记记录");
        }
        List<String> bad = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        int trading = 0;
        for (RoomEntry e : yearEntries(o, asOf)) {
            if (e.place() == RoomEntry.Place.DUTY_ROOM || Boolean.FALSE.equals(e.duringTrading())) {
                continue;
            }
            boolean allowed = e.purpose() == RoomEntry.Purpose.EMERGENCY || e.purpose() == RoomEntry.Purpose.INSPECTION;
            boolean known = e.place() == RoomEntry.Place.MACHINE_ROOM && Boolean.TRUE.equals(e.duringTrading());
            if (known) {
                trading++;
            }
            if (allowed) {
                continue;
            }
            if (known && e.purpose() != null) {
                bad.add(e.label() + " (" + e.purpose().name().toLowerCase() + ")");
            } else {
                unknown.add(e.label());
            }
        }
        if (!bad.isEmpty()) {
            k.fail(bad.size() + " machine-room entr" + (bad.size() == 1 ? "y" : "ies")
                            + " during trading hours in the last year neither for an emergency nor an inspection: " + Check.list(bad, 10),
                    "近一年交易期间非应急、非巡检进入机房" + bad.size() + "次：" + Check.listZh(bad, 10));
        }
        if (!unknown.isEmpty()) {
            k.unknown("operations.roomEntries[].duringTrading/purpose/place",
                    "time, place or purpose not stated for " + Check.list(unknown, 10), Check.listZh(unknown, 10) + "未说明进入时段、场所或目的");
        }
        if (bad.isEmpty() && unknown.isEmpty()) {
            k.note(trading == 0 ? "no machine-room entry during trading hours in the last year"
                            : trading + " machine-room entr" + (trading == 1 ? "y" : "ies") + " during trading hours in the last "
                            + "year, all for emergencies or inspections",
                    trading == 0 ? "近一年交易期间无人进入机房" : "近一年交易期间进入机房" + trading + "次，均为应急或巡检");
        }
        return k;
    }
}
