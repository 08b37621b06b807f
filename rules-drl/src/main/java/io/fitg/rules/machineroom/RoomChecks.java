package io.fitg.rules.machineroom;

import io.fitg.model.common.ActivityRecord;
import io.fitg.model.common.DocumentRecord;
import io.fitg.model.machineroom.AccessControl;
import io.fitg.model.machineroom.AirConditioner;
import io.fitg.model.machineroom.Cabling;
import io.fitg.model.machineroom.ClimateMonitoring;
import io.fitg.model.machineroom.EmergencySupplyAgreement;
import io.fitg.model.machineroom.EnvironmentMonitoring;
import io.fitg.model.machineroom.FacilityMaintainer;
import io.fitg.model.machineroom.FireSuppression;
import io.fitg.model.machineroom.Generator;
import io.fitg.model.machineroom.LeakDetection;
import io.fitg.model.machineroom.MachineRoom;
import io.fitg.model.machineroom.MaintenanceContract;
import io.fitg.model.machineroom.PowerSupply;
import io.fitg.model.machineroom.Ups;
import io.fitg.model.machineroom.VideoSurveillance;
import io.fitg.rules.support.Calc;
import io.fitg.rules.support.Tri;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The per-room checks of chapter x.2 机房建设, one method per requirement. Each returns what it found in one room;
 * {@link RoomFindings} combines the rooms into the clause's decision. The rules in {@code machineroom/*.drl} read
 * the class parameters from the clause and call these.
 */
public final class RoomChecks {
    /**
     * Reading of 定期 and of an undated "有…记录" in this chapter: at least one record within the last year
     * (the longest cadence the guideline itself sets for recurring activities, 至少每年一次).
     */
    public static final int REGULAR_YEARS = 1;

    private RoomChecks() {
    }

    // ---------------------------------------------------------------- x.2.1 基本

    /**
     * x.2.1.1 机房应为独立封闭区域，并配备门禁。 At least one recognised electronic access-control method ({@link Terms#access}):
     * a mechanical lock, a guard or a visitor book is not 门禁, an explicit "none" is none, and a method the table
     * does not know is named and not counted.
     */
    public static RoomOutcome enclosedAccessControl(MachineRoom r) {
        RoomCheck k = new RoomCheck(r);
        k.cond(r.enclosedArea(), "enclosedArea", "independent enclosed area", "为独立封闭区域",
                "not an independent enclosed area", "不是独立封闭区域");
        AccessControl ac = r.accessControl();
        if (ac == null || ac.methods() == null) {
            k.missing("accessControl.methods");
        } else {
            List<String> electronic = new ArrayList<>();
            List<String> locks = new ArrayList<>();
            List<String> guards = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            for (String m : ac.methods()) {
                switch (Terms.access(m)) {
                    case ACCESS_CONTROL -> electronic.add(m);
                    case LOCK -> locks.add(m);
                    case GUARD -> guards.add(m);
                    case UNRECOGNISED -> unknown.add(m);
                    case NONE -> { }
                }
            }
            if (!electronic.isEmpty()) {
                k.ok("access control by " + String.join(", ", electronic), "配备门禁（" + Zh.words(electronic) + "）");
                k.cond(ac.allEntrances(), "accessControl.allEntrances", "on every entrance", "覆盖全部出入口",
                        "not every entrance is under access control", "部分出入口未纳入门禁");
            } else {
                List<String> en = new ArrayList<>();
                List<String> zh = new ArrayList<>();
                if (!locks.isEmpty()) {
                    en.add("a mechanical lock or key (" + String.join(", ", locks) + ") is not access control");
                    zh.add("机械锁或钥匙（" + Zh.words(locks) + "）不属于门禁");
                }
                if (!guards.isEmpty()) {
                    en.add(String.join(", ", guards) + " is not access control (门禁)");
                    zh.add(String.join("、", guards) + "不属于门禁");
                }
                for (String u : unknown) {
                    en.add("'" + u + "' is not a recognised access-control method; recognised: " + Terms.ACCESS_ACCEPTED);
                    zh.add("“" + u + "”不是可识别的门禁方式");
                }
                String why = en.isEmpty() ? "" : " (" + String.join("; ", en) + ")";
                k.fail("no access control" + why, "未配备门禁" + (zh.isEmpty() ? "" : "（" + String.join("；", zh) + "）"));
            }
        }
        return k.outcome();
    }

    /** x.2.1.2 机房承重应达到300/500公斤每平方米。("达到": the threshold itself complies) */
    public static RoomOutcome floorLoad(MachineRoom r, BigDecimal minKgPerSqm) {
        RoomCheck k = new RoomCheck(r);
        BigDecimal v = r.floorLoadKgPerSqm();
        if (v == null) {
            return k.missing("floorLoadKgPerSqm").outcome();
        }
        boolean ok = v.compareTo(minKgPerSqm) >= 0;
        return k.cond(ok, "floorLoadKgPerSqm",
                "rated floor load " + Calc.num(v) + " kg/m²", "承重" + Calc.num(v) + "公斤每平方米",
                "rated floor load " + Calc.num(v) + " kg/m², below " + Calc.num(minKgPerSqm) + " kg/m²",
                "承重" + Calc.num(v) + "公斤每平方米，未达到" + Calc.num(minKgPerSqm) + "公斤每平方米").outcome();
    }

    /** x.2.1.3 机房应具备火警检测、灭火和应急照明设施。 */
    public static RoomOutcome fireFacilities(MachineRoom r) {
        RoomCheck k = new RoomCheck(r);
        k.cond(r.fireDetection(), "fireDetection", "fire detection", "具备火警检测设施",
                "no fire detection", "未配备火警检测设施");
        List<FireSuppression> fs = r.fireSuppression();
        if (fs == null) {
            k.missing("fireSuppression");
        } else if (fs.stream().noneMatch(Terms::isFacility)) {
            k.fail("no fire-suppression facility" + (fs.isEmpty() ? "" : " (" + kinds(fs) + ")"), "未配备灭火设施");
        } else {
            List<FireSuppression> real = fs.stream().filter(Terms::isFacility).toList();
            k.ok("fire suppression: " + kinds(real), "具备灭火设施：" + kindsZh(real));
        }
        k.cond(r.emergencyLighting(), "emergencyLighting", "emergency lighting", "具备应急照明",
                "no emergency lighting", "未配备应急照明");
        return k.outcome();
    }

    /**
     * x.2.1.4 机房应当具备自动灭火设施。 Some entry that discharges automatically; a portable or wheeled extinguisher
     * never does, so its {@code automatic} need not be stated.
     */
    public static RoomOutcome automaticFireSuppression(MachineRoom r) {
        RoomCheck k = new RoomCheck(r);
        List<FireSuppression> fs = r.fireSuppression();
        if (fs == null) {
            return k.missing("fireSuppression").outcome();
        }
        List<FireSuppression> auto = fs.stream().filter(f -> Boolean.TRUE.equals(Terms.automatic(f))).toList();
        if (!auto.isEmpty()) {
            return k.ok("automatic fire suppression: " + kinds(auto), "具备自动灭火设施：" + kindsZh(auto)).outcome();
        }
        List<FireSuppression> open = fs.stream().filter(f -> Terms.automatic(f) == null).toList();
        if (!open.isEmpty()) {
            for (FireSuppression f : open) {
                k.missing("fireSuppression[" + (fs.indexOf(f)) + "].automatic");
            }
            return k.outcome();
        }
        boolean none = fs.stream().noneMatch(Terms::isFacility);
        return k.fail(none ? "no fire-suppression facility" : "no automatic fire suppression (" + kinds(fs)
                        + " only, none discharging automatically)",
                none ? "未配备灭火设施" : "仅有" + kindsZh(fs) + "，无自动灭火设施").outcome();
    }

    /**
     * x.2.1.8 机房内应采用卤代烷或可替代的其他气体灭火装置。 A fixed gas installation, by its kind (气体, 气体灭火系统,
     * 七氟丙烷, aerosol…) or, when the kind says nothing else, by its agent (HFC-227ea, IG541, CO2…); see {@link Terms}.
     * Extinguishers, sprinklers and water mist are not, whatever their agent.
     */
    public static RoomOutcome gasFireSuppression(MachineRoom r) {
        RoomCheck k = new RoomCheck(r);
        List<FireSuppression> fs = r.fireSuppression();
        if (fs == null) {
            return k.missing("fireSuppression").outcome();
        }
        List<FireSuppression> gas = fs.stream().filter(f -> Boolean.TRUE.equals(Terms.gasInstallation(f))).toList();
        if (!gas.isEmpty()) {
            String agents = String.join(", ", gas.stream().map(f -> f.agent() == null ? f.kind() : f.agent()).toList());
            return k.ok("gas fire suppression (" + agents + ")", "采用气体灭火装置（" + agents + "）").outcome();
        }
        List<FireSuppression> open = fs.stream().filter(f -> Terms.gasInstallation(f) == null).toList();
        if (!open.isEmpty()) {
            for (FireSuppression f : open) {
                k.missing("fireSuppression[" + fs.indexOf(f) + "].kind");
            }
            return k.outcome();
        }
        List<String> unknown = fs.stream().filter(f -> !Terms.unstated(f.kind())
                        && Terms.fireKind(f.kind()) == Terms.FireKind.UNKNOWN && !Terms.gasAgent(f.agent()))
                .map(FireSuppression::kind).toList();
        boolean none = fs.stream().noneMatch(Terms::isFacility);
        String named = unknown.isEmpty() ? "" : "; " + String.join(", ", unknown.stream().map(u -> "'" + u + "'").toList())
                + " not a recognised fire-suppression kind (recognised: " + Terms.FIRE_ACCEPTED + ")";
        return k.fail((none ? "no fire-suppression facility" : "no gas fire suppression (" + kinds(fs) + " only)") + named,
                none ? "未配备灭火设施" : "仅有" + kindsZh(fs) + "，未采用气体灭火装置").outcome();
    }

    private static String kindsZh(List<FireSuppression> fs) {
        List<String> out = new ArrayList<>();
        for (FireSuppression f : fs) {
            String s = f.kind() == null ? "类型未说明" : Zh.word(f.kind());
            if (f.agent() != null) {
                s += "（" + f.agent() + "）";
            }
            out.add(s);
        }
        return String.join("、", out);
    }

    private static String kinds(List<FireSuppression> fs) {
        List<String> out = new ArrayList<>();
        for (FireSuppression f : fs) {
            String s = f.kind() == null ? "unstated kind" : f.kind();
            if (f.agent() != null) {
                s += " " + f.agent();
            }
            out.add(s);
        }
        return String.join(", ", out);
    }

    /** x.2.1.5 机房出入口和内部应安装7×24小时录像监控设施，录像至少保存90天。 */
    public static RoomOutcome videoSurveillance(MachineRoom r, int daysPerWeek, int hoursPerDay, int retentionDays) {
        RoomCheck k = new RoomCheck(r);
        VideoSurveillance v = r.video();
        if (v == null) {
            return k.missing("video").outcome();
        }
        k.cond(v.coversEntrances(), "video.coversEntrances", "cameras on every entrance", "出入口安装录像监控",
                "entrances not covered by cameras", "出入口未安装录像监控");
        k.cond(v.coversInterior(), "video.coversInterior", "cameras inside", "内部安装录像监控",
                "inside of the room not covered by cameras", "内部未安装录像监控");
        if (v.hoursPerDay() == null || v.daysPerWeek() == null) {
            if (v.hoursPerDay() == null) {
                k.missing("video.hoursPerDay");
            }
            if (v.daysPerWeek() == null) {
                k.missing("video.daysPerWeek");
            }
        } else {
            boolean ok = v.hoursPerDay() >= hoursPerDay && v.daysPerWeek() >= daysPerWeek;
            k.cond(ok, "video.hoursPerDay",
                    "recording " + v.daysPerWeek() + "×" + v.hoursPerDay() + " h",
                    daysPerWeek + "×" + hoursPerDay + "小时录像",
                    "recording " + v.daysPerWeek() + " days × " + v.hoursPerDay() + " h, not " + daysPerWeek + "×"
                            + hoursPerDay,
                    "录像时间为每周" + v.daysPerWeek() + "天、每天" + v.hoursPerDay() + "小时，未达到" + daysPerWeek + "×"
                            + hoursPerDay + "小时");
        }
        if (v.retentionDays() == null) {
            k.missing("video.retentionDays");
        } else {
            k.cond(v.retentionDays() >= retentionDays, "video.retentionDays",
                    "kept " + v.retentionDays() + " days", "录像保存" + v.retentionDays() + "天",
                    "recordings kept " + v.retentionDays() + " days, less than " + retentionDays,
                    "录像保存" + v.retentionDays() + "天，不足" + retentionDays + "天");
        }
        return k.outcome();
    }

    /** x.2.1.6 机房应有防雷接地、防鼠以及防静电的设施。 */
    public static RoomOutcome lightningRodentAntistatic(MachineRoom r) {
        return lightningRodentAntistatic(r, true);
    }

    /**
     * As above; with {@code rodentAntistatic} false only lightning protection and grounding are asked for (the earlier
     * edition's 4.2.1.6: 机房应有防雷和接地的设施).
     */
    public static RoomOutcome lightningRodentAntistatic(MachineRoom r, boolean rodentAntistatic) {
        RoomCheck k = new RoomCheck(r);
        k.cond(r.lightningGrounding(), "lightningGrounding", "lightning protection and grounding", "有防雷接地设施",
                "no lightning protection and grounding", "无防雷接地设施");
        if (!rodentAntistatic) {
            return k.outcome();
        }
        k.cond(r.rodentProtection(), "rodentProtection", "rodent protection", "有防鼠设施",
                "no rodent protection", "无防鼠设施");
        k.cond(r.antiStatic(), "antiStatic", "anti-static measures", "有防静电设施",
                "no anti-static measures", "无防静电设施");
        return k.outcome();
    }

    /** x.2.1.7 机房内应安装漏水检测设施，并能够自动报警。 */
    public static RoomOutcome leakDetection(MachineRoom r) {
        RoomCheck k = new RoomCheck(r);
        LeakDetection l = r.leakDetection();
        if (l == null) {
            return k.missing("leakDetection").outcome();
        }
        k.cond(l.installed(), "leakDetection.installed",
                "leak detection" + (l.sensorType() == null ? "" : " (" + l.sensorType() + ")"), "安装漏水检测设施",
                "no leak detection", "未安装漏水检测设施");
        if (!Boolean.FALSE.equals(l.installed())) {
            k.cond(l.automaticAlarm(), "leakDetection.automaticAlarm", "alarms automatically", "能够自动报警",
                    "leak detection does not alarm automatically", "漏水检测不能自动报警");
        }
        return k.outcome();
    }

    /** x.2.1.9 核心系统所在机房应配备机房环境动力监测系统，明确监测指标，实现声音和短信等自动报警。 */
    public static RoomOutcome environmentMonitoring(MachineRoom r, List<String> requiredChannels) {
        return environmentMonitoring(r, requiredChannels, null, true);
    }

    private static String zhIndicator(String group) {
        return switch (group) {
            case "power-distribution" -> "供配电";
            case "air-conditioning" -> "空调";
            case "temperature-humidity" -> "温湿度";
            default -> group;
        };
    }

    /**
     * As above, generalised for the earlier edition's 4.2.1.9 (应具有机房环境监控系统，至少能够监控供配电、空调、温湿度等重要指标):
     * {@code requiredChannels} may be empty (no alarm asked for: the earlier edition's 4.2.1.10 asks for it
     * separately); {@code indicatorGroups}, when given, names the indicator groups that must each be monitored
     * (power-distribution, air-conditioning, temperature-humidity) instead of "some power and some environment
     * indicator"; {@code coreRoomsOnly} false applies it to every room, not only to the rooms of core systems.
     */
    public static RoomOutcome environmentMonitoring(MachineRoom r, List<String> requiredChannels,
                                                    List<String> indicatorGroups, boolean coreRoomsOnly) {
        if (!coreRoomsOnly) {
            return monitoringSystem(r, requiredChannels, indicatorGroups, new RoomCheck(r)).outcome();
        }
        if (Boolean.FALSE.equals(r.coreSystems())) {
            return RoomCheck.notApplicable(r, "no core systems in this room (clause applies to rooms of core systems)",
                    "该机房未部署核心系统，本条不适用");
        }
        RoomCheck k = monitoringSystem(r, requiredChannels, indicatorGroups, new RoomCheck(r));
        RoomOutcome o = k.outcome();
        if (r.coreSystems() == null && o.kind() != RoomOutcome.Kind.MET) {
            // whether the clause applies to this room is not known, and the room does not meet it
            return new RoomOutcome(r, RoomOutcome.Kind.UNKNOWN, o.en() + " (whether the room hosts core systems is "
                    + "not stated)", o.zh() + "，未说明该机房是否部署核心系统",
                    concat(o.missing(), k.path("coreSystems")), List.of());
        }
        return o;
    }

    /** The monitoring system itself, its indicators and its alarms (shared by both editions' clauses). */
    private static RoomCheck monitoringSystem(MachineRoom r, List<String> requiredChannels, List<String> indicatorGroups,
                                              RoomCheck k) {
        EnvironmentMonitoring em = r.environmentMonitoring();
        if (em == null) {
            k.missing("environmentMonitoring");
        } else if (Boolean.FALSE.equals(em.installed())) {
            k.fail("no environment and power monitoring system", "未配备机房环境动力监测系统");
        } else {
            k.cond(em.installed(), "environmentMonitoring.installed",
                    "environment and power monitoring" + (em.system() == null ? "" : " (" + em.system() + ")"),
                    "配备机房环境动力监测系统" + (em.system() == null ? "" : "（" + em.system() + "）"), "", "");
            if (em.indicators() == null) {
                k.missing("environmentMonitoring.indicators");
            } else if (em.indicators().stream().allMatch(Terms::isNegative)) {
                k.fail("no monitored indicators defined" + (em.indicators().isEmpty() ? ""
                        : " (" + String.join(", ", em.indicators()) + ")"), "未明确监测指标");
            } else if (indicatorGroups != null) {
                List<String> absent = new ArrayList<>();
                for (String g : indicatorGroups) {
                    if (em.indicators().stream().noneMatch(i -> Terms.inGroup(i, g))) {
                        absent.add(g);
                    }
                }
                String list = String.join(", ", em.indicators());
                if (absent.isEmpty()) {
                    k.ok("indicators: " + list, "监测指标：" + Zh.words(em.indicators()));
                } else {
                    k.fail("indicators (" + list + ") do not cover " + String.join(", ", absent),
                            "监测指标（" + Zh.words(em.indicators()) + "）未涵盖"
                                    + String.join("、", absent.stream().map(RoomChecks::zhIndicator).toList()));
                }
            } else {
                boolean power = em.indicators().stream().anyMatch(Terms::powerIndicator);
                boolean env = em.indicators().stream().anyMatch(Terms::environmentIndicator);
                String list = String.join(", ", em.indicators());
                if (power && env) {
                    k.ok("indicators: " + list, "监测指标：" + Zh.words(em.indicators()));
                } else {
                    List<String> unknown = Terms.unrecognisedIndicators(em.indicators());
                    k.fail("indicators (" + list + ") lack " + (power ? "" : "power (utility power, UPS…)")
                                    + (!power && !env ? " and " : "") + (env ? "" : "environment (temperature, humidity…)")
                                    + " indicators" + (unknown.isEmpty() ? "" : "; not recognised as either: "
                                    + String.join(", ", unknown.stream().map(u -> "'" + u + "'").toList())),
                            "监测指标（" + Zh.words(em.indicators()) + "）未涵盖"
                                    + (power ? "" : "动力（市电、UPS等）") + (!power && !env ? "和" : "")
                                    + (env ? "" : "环境（温湿度等）") + "指标");
                }
            }
            if (requiredChannels.isEmpty()) {
                // no alarm asked for by this clause
            } else if (em.alarmChannels() == null) {
                k.missing("environmentMonitoring.alarmChannels");
            } else {
                Set<String> have = Terms.channels(em.alarmChannels());
                List<String> absent = requiredChannels.stream().filter(ch -> !have.contains(ch)).toList();
                String list = String.join(", ", em.alarmChannels());
                if (absent.isEmpty()) {
                    k.ok("automatic alarms by " + list, "自动报警方式：" + Zh.words(em.alarmChannels()));
                } else {
                    List<String> unknown = Terms.unrecognisedChannels(em.alarmChannels());
                    k.fail("no automatic " + String.join(" or ", absent) + " alarm ("
                                    + (list.isEmpty() ? "no alarm channel listed" : "alarms by " + list)
                                    + (unknown.isEmpty() ? "" : "; not recognised: " + String.join(", ",
                                    unknown.stream().map(u -> "'" + u + "'").toList()) + "; recognised: sound (声音/声光/蜂鸣), "
                                    + "sms (短信), light, phone, email, app") + ")",
                            "未实现" + zhChannels(absent) + "自动报警");
                }
            }
        }
        return k;
    }

    private static String zhChannels(List<String> channels) {
        return String.join("和", channels.stream().map(c -> switch (c) {
            case "sound" -> "声音";
            case "sms" -> "短信";
            default -> c;
        }).toList());
    }

    private static String norm(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }

    private static List<String> concat(List<String> a, String b) {
        List<String> out = new ArrayList<>(a);
        out.add(b);
        return out;
    }

    /**
     * The earlier edition's 4.2.1.10 应实现声音或短信等自动报警或7*24小时值守: the room's monitoring raises alarms
     * automatically (by sound, SMS or another channel: 等), or staff watch it {@code days}×{@code hours}.
     */
    public static RoomOutcome alarmOrWatch(MachineRoom r, int days, int hours) {
        RoomCheck k = new RoomCheck(r);
        EnvironmentMonitoring em = r.environmentMonitoring();
        Tri alarm;
        if (em == null || em.installed() == null && em.alarmChannels() == null) {
            alarm = Tri.UNKNOWN;
        } else if (Boolean.FALSE.equals(em.installed())) {
            alarm = Tri.FALSE;
        } else {
            // 声音或短信等: any automatic channel counts, but an explicit "none" is no alarm
            alarm = em.alarmChannels() == null ? Tri.UNKNOWN
                    : Tri.of(em.alarmChannels().stream().anyMatch(c -> !Terms.isNegative(c)));
        }
        Tri watch = r.watchDaysPerWeek() == null || r.watchHoursPerDay() == null ? Tri.UNKNOWN
                : Tri.of(r.watchDaysPerWeek() >= days && r.watchHoursPerDay() >= hours);
        String watchEn = r.watchDaysPerWeek() == null || r.watchHoursPerDay() == null ? "watch not stated"
                : "watched " + r.watchDaysPerWeek() + "×" + r.watchHoursPerDay() + " h";
        String watchZh = r.watchDaysPerWeek() == null || r.watchHoursPerDay() == null ? "值守情况未说明"
                : "每周" + r.watchDaysPerWeek() + "天、每天" + r.watchHoursPerDay() + "小时值守";
        if (alarm == Tri.TRUE) {
            return k.ok("automatic alarms by " + String.join(", ", em.alarmChannels()),
                    "实现" + Zh.words(em.alarmChannels()) + "自动报警").outcome();
        }
        if (watch == Tri.TRUE) {
            return k.ok(watchEn, watchZh + "，达到" + days + "*" + hours + "小时值守").outcome();
        }
        if (alarm == Tri.FALSE && watch == Tri.FALSE) {
            return k.fail("no automatic alarm and " + watchEn + ", not " + days + "×" + hours,
                    "未实现自动报警，" + watchZh + "，未达到" + days + "*" + hours + "小时值守").outcome();
        }
        if (alarm == Tri.UNKNOWN) {
            k.missing(em == null ? "environmentMonitoring" : "environmentMonitoring.alarmChannels");
        }
        if (watch == Tri.UNKNOWN) {
            k.missing(r.watchDaysPerWeek() == null ? "watchDaysPerWeek" : "watchHoursPerDay");
        }
        return k.outcome();
    }

    // ---------------------------------------------------------------- x.2.2 供电

    /** x.2.2.1 机房应配备在线UPS设施，UPS应当存放在独立封闭区域。 */
    public static RoomOutcome onlineUps(MachineRoom r) {
        RoomCheck k = new RoomCheck(r);
        List<Ups> ups = r.power() == null ? null : r.power().ups();
        if (ups == null) {
            return k.missing("power.ups").outcome();
        }
        if (ups.isEmpty()) {
            return k.fail("no UPS", "未配备UPS").outcome();
        }
        for (Ups u : ups) {
            String id = upsId(u, ups);
            if (u.online() == null) {
                k.missing("power.ups[" + id + "].online");
            } else if (!u.online()) {
                k.fail(id + " is not an online UPS", id + "不是在线式UPS").cite(id);
            }
            if (u.enclosedArea() == null) {
                k.missing("power.ups[" + id + "].enclosedArea");
            } else if (!u.enclosedArea()) {
                k.fail(id + " does not stand in an independent enclosed area", id + "未存放在独立封闭区域").cite(id);
            }
        }
        if (!k.failed() && !k.hasMissing()) {
            String ids = String.join(", ", ups.stream().map(u -> upsId(u, ups)).toList());
            k.ok(ups.size() + " online UPS (" + ids + ") in an enclosed area",
                    "配备在线UPS " + ups.size() + "台（" + ids + "），存放在独立封闭区域");
        }
        return k.outcome();
    }

    private static String upsId(Ups u, List<Ups> all) {
        return u.id() != null ? u.id() : "UPS #" + (all.indexOf(u) + 1);
    }

    private static String genId(Generator g, List<Generator> all) {
        return g.id() != null ? g.id() : "generator #" + (all.indexOf(g) + 1);
    }

    /**
     * x.2.2.2 (class 1) UPS供电时间应超过从断电到发电机启动或者应急供电协议规定到场响应时间的2倍。
     * 如无上述应急供电方式，UPS的电池应能够支撑4个小时。
     * A generator, when there is one, is the emergency supply the UPS must bridge to; otherwise an emergency supply
     * agreement in force on the as-of date; with neither, the batteries must last the stated hours.
     */
    public static RoomOutcome upsRuntimeMargin(MachineRoom r, BigDecimal multiple, BigDecimal noBackupHours,
                                               LocalDate asOf) {
        RoomCheck k = new RoomCheck(r);
        PowerSupply p = r.power();
        if (p == null) {
            return k.missing("power").outcome();
        }
        if (p.ups() == null) {
            return k.missing("power.ups").outcome();
        }
        if (p.ups().isEmpty()) {
            return k.fail("no UPS", "未配备UPS").outcome();
        }
        Optional<Integer> rt = Power.shortestRuntime(p.ups(), false);
        if (rt.isEmpty()) {
            k.missing("power.ups[].runtimeMinutes");
        }
        if (p.generators() == null) {
            return k.missing("power.generators").outcome();
        }
        String m = Calc.num(multiple);
        if (!p.generators().isEmpty()) {
            Optional<BigDecimal> start = Power.slowestGeneratorStart(p.generators());
            if (start.isEmpty()) {
                k.missing("power.generators[].startMinutes");
            }
            if (k.hasMissing()) {
                return k.outcome();
            }
            boolean ok = Power.exceedsMultiple(rt.get(), start.get(), multiple);
            return k.cond(ok, "power.ups",
                    "UPS runtime " + rt.get() + " min > " + m + " × generator start " + Calc.num(start.get()) + " min",
                    "UPS供电时间" + rt.get() + "分钟，超过发电机启动时间" + Calc.num(start.get()) + "分钟的" + m + "倍",
                    "UPS runtime " + rt.get() + " min, not more than " + m + " × generator start "
                            + Calc.num(start.get()) + " min = " + Calc.num(start.get().multiply(multiple)) + " min",
                    "UPS供电时间" + rt.get() + "分钟，未超过发电机启动时间" + Calc.num(start.get()) + "分钟的" + m
                            + "倍（" + Calc.num(start.get().multiply(multiple)) + "分钟）").outcome();
        }
        if (p.emergencySupplyAgreements() == null) {
            return k.missing("power.emergencySupplyAgreements").outcome();
        }
        List<EmergencySupplyAgreement> inForce = Power.inForce(p.emergencySupplyAgreements(), asOf);
        if (inForce.isEmpty() && p.emergencySupplyAgreements().stream().anyMatch(a -> !Power.datesKnown(a))) {
            return k.missing("power.emergencySupplyAgreements[].agreement.issued").outcome();
        }
        if (!inForce.isEmpty()) {
            Integer resp = null;
            for (EmergencySupplyAgreement a : inForce) {
                if (a.responseMinutes() == null) {
                    return k.missing("power.emergencySupplyAgreements[].responseMinutes").outcome();
                }
                resp = resp == null ? a.responseMinutes() : Math.max(resp, a.responseMinutes());
            }
            if (k.hasMissing()) {
                return k.outcome();
            }
            BigDecimal rsp = BigDecimal.valueOf(resp);
            boolean ok = Power.exceedsMultiple(rt.get(), rsp, multiple);
            return k.cond(ok, "power.ups",
                    "no generator; UPS runtime " + rt.get() + " min > " + m + " × agreed response " + resp + " min",
                    "无发电机，UPS供电时间" + rt.get() + "分钟，超过应急供电协议到场响应时间" + resp + "分钟的" + m + "倍",
                    "no generator; UPS runtime " + rt.get() + " min, not more than " + m + " × agreed response "
                            + resp + " min = " + Calc.num(rsp.multiply(multiple)) + " min",
                    "无发电机，UPS供电时间" + rt.get() + "分钟，未超过应急供电协议到场响应时间" + resp + "分钟的" + m
                            + "倍（" + Calc.num(rsp.multiply(multiple)) + "分钟）").outcome();
        }
        if (k.hasMissing()) {
            return k.outcome();
        }
        String h = Calc.num(noBackupHours);
        boolean ok = Power.atLeastHours(rt.get(), noBackupHours);
        return k.cond(ok, "power.ups",
                "no generator or emergency supply agreement; batteries last " + rt.get() + " min (>= " + h + " h)",
                "无发电机及有效的应急供电协议，UPS电池可支撑" + rt.get() + "分钟（不少于" + h + "小时）",
                "no generator or emergency supply agreement in force, and batteries last " + rt.get() + " min, less than "
                        + h + " h",
                "无发电机及有效的应急供电协议，UPS电池仅可支撑" + rt.get() + "分钟，不足" + h + "小时").outcome();
    }

    /**
     * x.2.2.2 (class 2) 应具有双路市电供电，双路供电应能实现自动切换，或在单路供电情况下，备用供电措施能提供超过4小时的供电时间。
     * (classes 3, 4) 应提供双路市电，双路供电应能实现自动切换，双UPS供电，并能够采用发电机应急供电。
     *
     * @param singleFeedBackupHours the hours backup supply must exceed without dual feeds with automatic transfer
     *                              (class 2); null when the class allows no such alternative
     */
    public static RoomOutcome dualUtilityPower(MachineRoom r, BigDecimal singleFeedBackupHours, boolean dualUps,
                                               boolean generator) {
        RoomCheck k = new RoomCheck(r);
        PowerSupply p = r.power();
        if (p == null) {
            return k.missing("power").outcome();
        }
        Tri dual;
        String dualEn;
        String dualZh;
        if (p.utilityFeeds() == null) {
            dual = Tri.UNKNOWN;
            dualEn = "utility feeds not stated";
            dualZh = "";
        } else if (p.utilityFeeds() < 2) {
            dual = Tri.FALSE;
            dualEn = p.utilityFeeds() + " utility feed";
            dualZh = p.utilityFeeds() + "路市电";
        } else if (p.automaticTransfer() == null) {
            dual = Tri.UNKNOWN;
            dualEn = p.utilityFeeds() + " utility feeds, automatic transfer not stated";
            dualZh = p.utilityFeeds() + "路市电";
        } else if (p.automaticTransfer()) {
            dual = Tri.TRUE;
            dualEn = p.utilityFeeds() + " utility feeds with automatic transfer";
            dualZh = p.utilityFeeds() + "路市电，可自动切换";
        } else {
            dual = Tri.FALSE;
            dualEn = p.utilityFeeds() + " utility feeds without automatic transfer";
            dualZh = p.utilityFeeds() + "路市电，不能自动切换";
        }
        if (singleFeedBackupHours != null) {
            return dualOrBackup(k, p, dual, dualEn, dualZh, singleFeedBackupHours);
        }
        switch (dual) {
            case TRUE -> k.ok(dualEn, dualZh);
            case FALSE -> k.fail(dualEn + " (dual utility feeds with automatic transfer required)",
                    dualZh + "，未实现双路市电自动切换");
            case UNKNOWN -> {
                k.missing(p.utilityFeeds() == null ? "power.utilityFeeds" : "power.automaticTransfer");
                if (!dualZh.isEmpty()) {
                    k.ok("", dualZh);
                }
            }
        }
        if (dualUps) {
            if (p.ups() == null) {
                k.missing("power.ups");
            } else {
                k.cond(p.ups().size() >= 2, "power.ups", p.ups().size() + " UPS units (dual UPS)",
                        "双UPS供电（" + p.ups().size() + "台UPS）",
                        p.ups().size() + " UPS unit" + (p.ups().size() == 1 ? "" : "s") + ", not dual UPS",
                        p.ups().isEmpty() ? "无UPS" : "仅" + p.ups().size() + "台UPS，未实现双UPS供电");
            }
        }
        if (generator) {
            if (p.generators() == null) {
                k.missing("power.generators");
            } else {
                k.cond(!p.generators().isEmpty(), "power.generators",
                        p.generators().size() + " generator" + (p.generators().size() == 1 ? "" : "s"),
                        "可采用发电机应急供电（" + p.generators().size() + "台）",
                        "no generator", "无发电机应急供电");
            }
        }
        return k.outcome();
    }

    /**
     * 3.2.2.2's alternative: on a single feed (or dual feeds without automatic transfer), backup supply of more than
     * {@code hours} (超过: equal is not enough), from the UPS and the generators together ({@link Power#backupMinutes}).
     */
    private static RoomOutcome dualOrBackup(RoomCheck k, PowerSupply p, Tri dual, String dualEn, String dualZh,
                                            BigDecimal hours) {
        if (dual == Tri.TRUE) {
            return k.ok(dualEn, dualZh).outcome();
        }
        List<String> en = new ArrayList<>();
        List<String> zh = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        BigDecimal need = Power.minutes(hours);
        Integer rt = null;
        if (p.ups() == null) {
            missing.add("power.ups");
        } else if (!p.ups().isEmpty()) {
            Optional<Integer> o = Power.shortestRuntime(p.ups(), false);
            if (o.isEmpty()) {
                missing.add("power.ups[].runtimeMinutes");
            } else {
                rt = o.get();
                en.add("UPS runtime " + rt + " min");
                zh.add("UPS供电时间" + rt + "分钟");
            }
        }
        BigDecimal gh = null;
        BigDecimal start = null;
        boolean generators = false;
        if (p.generators() == null) {
            missing.add("power.generators");
        } else if (!p.generators().isEmpty()) {
            generators = true;
            Optional<BigDecimal> h = Power.shortestGeneratorHours(p.generators());
            if (h.isEmpty()) {
                missing.add("power.generators[].continuousHours");
            } else {
                gh = h.get();
                en.add("generator" + (p.generators().size() == 1 ? " " : "s (the shortest) ") + Calc.num(gh) + " h");
                zh.add("发电机可连续供电" + Calc.num(gh) + "小时");
            }
            start = Power.slowestGeneratorStart(p.generators()).orElse(null);
        }
        BigDecimal total = Power.backupMinutes(rt, gh, start).orElse(BigDecimal.ZERO);
        boolean together = rt != null && gh != null && start != null && BigDecimal.valueOf(rt).compareTo(start) > 0;
        if (together) {
            en.add("the UPS bridges the generator start (" + Calc.num(start) + " min), so together "
                    + Calc.num(total) + " min");
            zh.add("UPS可支撑至发电机启动（" + Calc.num(start) + "分钟），合计可供电" + Calc.num(total) + "分钟");
        } else if (rt != null && gh != null && start != null) {
            en.add("the UPS does not outlast the generator start (" + Calc.num(start) + " min), so they do not add up");
            zh.add("UPS供电时间未超过发电机启动时间（" + Calc.num(start) + "分钟），二者不能连续供电");
        }
        Tri backup;
        if (total.compareTo(need) > 0) {
            backup = Tri.TRUE;
        } else if (!missing.isEmpty()) {
            backup = Tri.UNKNOWN;
        } else if (rt != null && gh != null && start == null
                && BigDecimal.valueOf(rt).add(Power.minutes(gh)).compareTo(need) > 0) {
            backup = Tri.UNKNOWN; // together they would last long enough if the UPS bridges the start
            missing.add("power.generators[].startMinutes");
        } else {
            backup = Tri.FALSE;
        }
        if (backup == Tri.TRUE) {
            missing.clear();
        }
        String h = Calc.num(hours);
        String bEn = en.isEmpty() ? (generators ? "generator hours not stated" : "no backup supply") : String.join(", ", en);
        String bZh = zh.isEmpty() ? "无备用供电措施" : String.join("，", zh);
        Tri result = dual.or(backup);
        switch (result) {
            case TRUE -> k.ok(dualEn + "; backup supply > " + h + " h (" + bEn + ")",
                    (dualZh.isEmpty() ? "" : dualZh + "，") + "备用供电措施可供电超过" + h + "小时（" + bZh + "）");
            case FALSE -> k.fail(dualEn + ", and backup supply not more than " + h + " h (" + bEn + ")",
                    (dualZh.isEmpty() ? "" : dualZh + "，") + "备用供电措施供电时间未超过" + h + "小时（" + bZh + "）");
            case UNKNOWN -> {
                if (dual == Tri.UNKNOWN) {
                    k.missing(p.utilityFeeds() == null ? "power.utilityFeeds" : "power.automaticTransfer");
                }
                missing.forEach(k::missing);
                k.ok(dualEn + "; backup " + bEn, (dualZh.isEmpty() ? "" : dualZh + "，") + bZh);
            }
        }
        return k.outcome();
    }

    /** x.2.2.3 应具有电力设施实时切换演练制度和记录。 */
    public static RoomOutcome powerSwitchoverDrills(MachineRoom r, LocalDate asOf) {
        RoomCheck k = new RoomCheck(r);
        PowerSupply p = r.power();
        if (p == null) {
            return k.missing("power").outcome();
        }
        document(k, p.switchoverDrillPolicy(), "power.switchoverDrillPolicy", "switchover-drill policy",
                "电力设施实时切换演练制度", asOf);
        recent(k, p.switchoverDrills(), "power.switchoverDrills", "switchover drill", "切换演练记录", asOf);
        return k.outcome();
    }

    /**
     * x.2.2.4 发电机应能够提供不少于6/12小时的连续供电，在满负载运行的情况下，UPS供电时间应超过从断电到发电机开始供电的间隔时间。
     * Met when some generator gives at least {@code minHours} and starts supplying before the UPS units, at full
     * load, run out (strictly: "超过").
     */
    public static RoomOutcome generatorEndurance(MachineRoom r, BigDecimal minHours) {
        return generatorEndurance(r, minHours, false);
    }

    /**
     * As above; with {@code withUps} the hours are those of UPS and generator together (the earlier edition's 4.2.2.4:
     * UPS和发电机应能够提供不少于12小时的连续供电): a generator's hours plus the shortest UPS runtime at the present
     * load (at full load when the present-load runtime is not stated).
     */
    public static RoomOutcome generatorEndurance(MachineRoom r, BigDecimal minHours, boolean withUps) {
        RoomCheck k = new RoomCheck(r);
        PowerSupply p = r.power();
        if (p == null) {
            return k.missing("power").outcome();
        }
        if (p.generators() == null) {
            return k.missing("power.generators").outcome();
        }
        if (p.generators().isEmpty()) {
            return k.fail("no generator", "无发电机").outcome();
        }
        Optional<Integer> full = Optional.empty();
        if (p.ups() == null) {
            k.missing("power.ups");
        } else if (p.ups().isEmpty()) {
            k.fail("no UPS to bridge the generator start", "无UPS，无法在发电机启动前持续供电");
        } else {
            full = Power.shortestRuntime(p.ups(), true);
            if (full.isEmpty()) {
                k.missing("power.ups[].fullLoadRuntimeMinutes");
            }
        }
        String h = Calc.num(minHours);
        Optional<Integer> upsNow = withUps && p.ups() != null ? Power.shortestRuntime(p.ups(), false) : Optional.empty();
        Optional<Integer> upsMinutes = upsNow.isPresent() ? upsNow : withUps ? full : Optional.empty();
        // every generator the room relies on must give the hours and start within the UPS runtime (as 2.2.2.2 judges
        // the slowest start): one that does not fails the room even when another would do
        Tri all = Tri.TRUE;
        List<String> failing = new ArrayList<>();
        List<String> en = new ArrayList<>();
        List<String> zh = new ArrayList<>();
        for (Generator g : p.generators()) {
            String id = genId(g, p.generators());
            Tri hoursOk = g.continuousHours() == null ? Tri.UNKNOWN
                    : withUps ? Tri.of(BigDecimal.valueOf(upsMinutes.orElse(0)).add(Power.minutes(g.continuousHours()))
                            .compareTo(Power.minutes(minHours)) >= 0)
                    : Tri.of(g.continuousHours().compareTo(minHours) >= 0);
            if (withUps && hoursOk == Tri.FALSE && upsMinutes.isEmpty() && p.ups() != null && !p.ups().isEmpty()) {
                hoursOk = Tri.UNKNOWN;   // the UPS runtime might make up the difference
            }
            Tri bridged = g.startMinutes() == null || full.isEmpty() ? Tri.UNKNOWN
                    : Tri.of(BigDecimal.valueOf(full.get()).compareTo(g.startMinutes()) > 0);
            if (p.ups() != null && p.ups().isEmpty()) {
                bridged = Tri.FALSE;
            }
            Tri ok = hoursOk.and(bridged);
            all = all.and(ok);
            if (ok == Tri.FALSE) {
                failing.add(id + (hoursOk == Tri.FALSE ? " (under " + h + " h" + (withUps ? " with the UPS" : "") + ")"
                        : " (starts no sooner than the UPS runs out)"));
                k.cite(id);
            }
            en.add(id + ": " + (g.continuousHours() == null ? "hours not stated" : Calc.num(g.continuousHours()) + " h")
                    + ", " + (g.startMinutes() == null ? "start time not stated"
                    : "supplies " + Calc.num(g.startMinutes()) + " min after an outage"));
            zh.add(id + "可连续供电" + (g.continuousHours() == null ? "（未说明）" : Calc.num(g.continuousHours()))
                    + "小时，断电后" + (g.startMinutes() == null ? "（未说明）" : Calc.num(g.startMinutes())) + "分钟开始供电");
            if (g.continuousHours() == null) {
                k.missing("power.generators[" + id + "].continuousHours");
            }
            if (g.startMinutes() == null) {
                k.missing("power.generators[" + id + "].startMinutes");
            }
        }
        String upsEn = full.map(f -> "UPS full-load runtime " + f + " min").orElse("")
                + (withUps && upsNow.isPresent() ? ", " + upsNow.get() + " min at present load" : "");
        String upsZh = full.map(f -> "UPS满负载供电时间" + f + "分钟").orElse("")
                + (withUps && upsNow.isPresent() ? "，当前负载下" + upsNow.get() + "分钟" : "");
        String gEn = String.join("; ", en) + (upsEn.isEmpty() ? "" : "; " + upsEn);
        String gZh = String.join("，", zh) + (upsZh.isEmpty() ? "" : "，" + upsZh);
        switch (all) {
            case TRUE -> {
                return new RoomCheck(r).ok(gEn + " (every generator >= " + h + " h" + (withUps ? " with the UPS" : "")
                        + ", and the UPS at full load outlasts every start)", gZh).outcome();
            }
            case FALSE -> k.fail(gEn + " — not every generator gives >= " + h + " h" + (withUps ? " together with the UPS" : "")
                            + " with its start covered by the UPS at full load: " + String.join(", ", failing),
                    gZh + "，" + String.join("、", failing.stream().map(f -> f.replaceFirst(" \\(.*", "")).toList())
                            + "未能" + (withUps ? "与UPS合计" : "") + "连续供电不少于" + h + "小时或未能在UPS满负载供电时间内开始供电");
            case UNKNOWN -> k.ok(gEn, gZh);
        }
        return k.outcome();
    }

    /** x.2.2.5 应定期对发电机进行开机测试。 Every generator has a start test within the last year. */
    public static RoomOutcome generatorStartTests(MachineRoom r, LocalDate asOf) {
        RoomCheck k = new RoomCheck(r);
        PowerSupply p = r.power();
        if (p == null) {
            return k.missing("power").outcome();
        }
        if (p.generators() == null) {
            return k.missing("power.generators").outcome();
        }
        if (p.generators().isEmpty()) {
            return k.fail("no generator, so no start tests", "无发电机，无开机测试").outcome();
        }
        for (Generator g : p.generators()) {
            String id = genId(g, p.generators());
            if (g.startTests() == null) {
                k.missing("power.generators[" + id + "].startTests");
                continue;
            }
            Optional<LocalDate> last = Calc.latest(g.startTests(), ActivityRecord::date, asOf);
            boolean ok = last.isPresent() && Calc.withinYears(last.get(), asOf, REGULAR_YEARS);
            String when = last.map(LocalDate::toString).orElse("");
            k.cond(ok, "power.generators[" + id + "].startTests",
                    id + " last start test " + when, id + "最近一次开机测试为" + when,
                    id + (last.isPresent() ? " last start test " + when + ", more than a year ago"
                            : " has no start test"),
                    id + (last.isPresent() ? "最近一次开机测试为" + when + "，已超过一年" : "无开机测试记录"));
            if (!ok) {
                k.cite(id);
            }
        }
        return k.outcome();
    }

    // ---------------------------------------------------------------- x.2.3 空调

    /**
     * x.2.3.1 应配有与机房热容量匹配的精密空调 (class 1); 并有冗余的空调设备 (class 2); 并有冗余的精密空调设备 (classes 3, 4).
     * Matching: the precision units' total cooling is at least the room's heat load. Redundancy (N+1): the heat load
     * is still covered with the largest unit out — counting every air conditioner (class 2) or the precision units
     * only (classes 3, 4).
     *
     * @param redundancy none, any-air-conditioning or precision
     */
    public static RoomOutcome precisionAirConditioning(MachineRoom r, String redundancy) {
        RoomCheck k = new RoomCheck(r);
        BigDecimal heat = r.heatLoadKw();
        List<AirConditioner> acs = r.airConditioners();
        if (acs == null) {
            k.missing("airConditioners");
        }
        if (heat == null) {
            k.missing("heatLoadKw");
        }
        if (acs == null || heat == null) {
            return k.outcome();
        }
        if (acs.isEmpty()) {
            return k.fail("no air conditioning (heat load " + Calc.num(heat) + " kW)",
                    "热负荷" + Calc.num(heat) + "kW，未配备空调").outcome();
        }
        long nPrecision = acs.stream().filter(Cooling::precision).count();
        BigDecimal precisionKw = Cooling.total(acs, Cooling::precision);
        Tri matched = Cooling.meets(precisionKw, heat, Cooling.precisionUnknown(acs));
        String base = "heat load " + Calc.num(heat) + " kW; " + nPrecision + " precision unit" + (nPrecision == 1 ? "" : "s")
                + " with " + Calc.num(precisionKw) + " kW";
        String baseZh = "热负荷" + Calc.num(heat) + "kW，精密空调" + nPrecision + "台，制冷量合计" + Calc.num(precisionKw) + "kW";
        switch (matched) {
            case TRUE -> k.ok(base, baseZh + "，与热容量匹配");
            case FALSE -> k.fail(base + " — precision cooling below the heat load", baseZh + "，不足以匹配机房热容量");
            case UNKNOWN -> {
                k.ok(base, baseZh);
                k.missing("airConditioners[].precision/coolingKw");
            }
        }
        if (!"none".equals(redundancy)) {
            boolean precisionOnly = "precision".equals(redundancy);
            java.util.function.Predicate<AirConditioner> which = precisionOnly ? Cooling::precision : u -> true;
            BigDecimal n1 = Cooling.withoutLargest(acs, which);
            boolean unknown = precisionOnly ? Cooling.precisionUnknown(acs) : Cooling.capacityUnknown(acs);
            Tri red = Cooling.meets(n1, heat, unknown);
            String what = precisionOnly ? "precision cooling" : "cooling";
            String whatZh = precisionOnly ? "精密空调" : "空调";
            switch (red) {
                case TRUE -> k.ok(what + " without the largest unit " + Calc.num(n1) + " kW (N+1)",
                        "去除最大一台后" + whatZh + "制冷量" + Calc.num(n1) + "kW，仍满足热负荷，具备冗余");
                case FALSE -> k.fail(what + " without the largest unit " + Calc.num(n1) + " kW, below the heat load "
                                + Calc.num(heat) + " kW — no redundant " + (precisionOnly ? "precision " : "") + "unit",
                        "去除最大一台后" + whatZh + "制冷量仅" + Calc.num(n1) + "kW，低于热负荷，无冗余" + whatZh + "设备");
                case UNKNOWN -> k.missing("airConditioners[].precision/coolingKw");
            }
        }
        return k.outcome();
    }

    /** x.2.3.2 对机房温湿度应有监控措施和记录。 Records: at least one within the last year. */
    public static RoomOutcome climateMonitoring(MachineRoom r, LocalDate asOf) {
        RoomCheck k = new RoomCheck(r);
        ClimateMonitoring c = r.climateMonitoring();
        if (c == null) {
            return k.missing("climateMonitoring").outcome();
        }
        String how = c.method() == null ? "" : " (" + c.method() + ")";
        String howZh = c.method() == null ? "" : "（" + c.method() + "）";
        k.cond(c.temperature(), "climateMonitoring.temperature", "temperature monitored" + how, "温度有监控措施" + howZh,
                "temperature not monitored", "温度无监控措施");
        k.cond(c.humidity(), "climateMonitoring.humidity", "humidity monitored", "湿度有监控措施",
                "humidity not monitored", "湿度无监控措施");
        recent(k, c.records(), "climateMonitoring.records", "temperature/humidity record", "温湿度记录", asOf);
        return k.outcome();
    }

    /** x.2.3.3 空调应采用双路供电。 Every air-conditioning unit has two or more power feeds. */
    public static RoomOutcome airConditioningDualPower(MachineRoom r) {
        RoomCheck k = new RoomCheck(r);
        List<AirConditioner> acs = r.airConditioners();
        if (acs == null) {
            return k.missing("airConditioners").outcome();
        }
        if (acs.isEmpty()) {
            return k.fail("no air conditioning", "未配备空调").outcome();
        }
        List<String> single = new ArrayList<>();
        for (AirConditioner u : acs) {
            String id = acId(u, acs);
            if (u.powerFeeds() == null) {
                k.missing("airConditioners[" + id + "].powerFeeds");
            } else if (u.powerFeeds() < 2) {
                single.add(id);
                k.cite(id);
            }
        }
        if (!single.isEmpty()) {
            k.fail("single power feed: " + String.join(", ", single), String.join("、", single) + "为单路供电");
        } else if (!k.hasMissing()) {
            k.ok("all " + acs.size() + " units on dual power feeds", "全部" + acs.size() + "台空调双路供电");
        }
        return k.outcome();
    }

    /** x.2.3.4 机房应配备新风设施。 */
    public static RoomOutcome freshAir(MachineRoom r) {
        return new RoomCheck(r).cond(r.freshAir(), "freshAir", "fresh-air ventilation", "配备新风设施",
                "no fresh-air ventilation", "未配备新风设施").outcome();
    }

    /** x.2.3.5 应配备为空调供电的发电机。 A generator, and every air-conditioning unit on generator-backed power. */
    public static RoomOutcome airConditioningGenerator(MachineRoom r) {
        RoomCheck k = new RoomCheck(r);
        List<Generator> gens = r.power() == null ? null : r.power().generators();
        List<AirConditioner> acs = r.airConditioners();
        if (gens == null) {
            k.missing("power.generators");
        } else if (gens.isEmpty()) {
            k.fail("no generator", "无发电机");
        }
        if (acs == null) {
            k.missing("airConditioners");
        } else if (acs.isEmpty()) {
            k.fail("no air conditioning", "未配备空调");
        } else {
            List<String> not = new ArrayList<>();
            for (AirConditioner u : acs) {
                String id = acId(u, acs);
                if (u.generatorBacked() == null) {
                    k.missing("airConditioners[" + id + "].generatorBacked");
                } else if (!u.generatorBacked()) {
                    not.add(id);
                    k.cite(id);
                }
            }
            if (!not.isEmpty()) {
                k.fail("air conditioning without generator supply: " + String.join(", ", not),
                        String.join("、", not) + "无发电机供电");
            } else if (gens != null && !gens.isEmpty()) {
                k.ok("generator supplies all " + acs.size() + " air-conditioning units",
                        "发电机为全部" + acs.size() + "台空调供电");
            }
        }
        return k.outcome();
    }

    private static String acId(AirConditioner u, List<AirConditioner> all) {
        return u.id() != null ? u.id() : "air conditioner #" + (all.indexOf(u) + 1);
    }

    // ---------------------------------------------------------------- x.2.4 布线

    /** x.2.4.1 强弱电布线应分开。 */
    public static RoomOutcome powerDataSeparated(MachineRoom r) {
        RoomCheck k = new RoomCheck(r);
        Cabling c = r.cabling();
        if (c == null) {
            return k.missing("cabling").outcome();
        }
        return k.cond(c.powerDataSeparated(), "cabling.powerDataSeparated", "power and data cabling separate",
                "强弱电布线分开", "power and data cabling not separate", "强弱电布线未分开").outcome();
    }

    /** x.2.4.2 所有弱电布线应有清晰的线标。 Every data cable in the schedule is labelled. */
    public static RoomOutcome dataCableLabels(MachineRoom r) {
        RoomCheck k = new RoomCheck(r);
        Cabling c = r.cabling();
        if (c == null) {
            return k.missing("cabling").outcome();
        }
        if (c.dataCables() == null || c.labelledDataCables() == null) {
            if (c.dataCables() == null) {
                k.missing("cabling.dataCables");
            }
            if (c.labelledDataCables() == null) {
                k.missing("cabling.labelledDataCables");
            }
            return k.outcome();
        }
        int unlabelled = Math.max(0, c.dataCables() - c.labelledDataCables());
        return k.cond(unlabelled == 0, "cabling.labelledDataCables",
                "all " + c.dataCables() + " data cables labelled", "全部" + c.dataCables() + "条弱电线缆有清晰线标",
                unlabelled + " of " + c.dataCables() + " data cables without a clear label",
                c.dataCables() + "条弱电线缆中" + unlabelled + "条无清晰线标").outcome();
    }

    /** x.2.4.3 强电电缆应有屏蔽或隔离措施。 */
    public static RoomOutcome powerCableShielding(MachineRoom r) {
        RoomCheck k = new RoomCheck(r);
        Cabling c = r.cabling();
        if (c == null) {
            return k.missing("cabling").outcome();
        }
        return k.cond(c.powerCablesShieldedOrIsolated(), "cabling.powerCablesShieldedOrIsolated",
                "power cables shielded or isolated", "强电电缆有屏蔽或隔离措施",
                "power cables neither shielded nor isolated", "强电电缆无屏蔽或隔离措施").outcome();
    }

    /** x.2.4.4 所有布线应置于管道或桥架中。 */
    public static RoomOutcome cablingInConduits(MachineRoom r) {
        RoomCheck k = new RoomCheck(r);
        Cabling c = r.cabling();
        if (c == null) {
            return k.missing("cabling").outcome();
        }
        Integer out = c.runsOutsideConduits();
        return k.cond(out == null ? null : out == 0, "cabling.runsOutsideConduits",
                "all cabling in conduits or trays", "所有布线均置于管道或桥架中",
                out + " cable run" + (out != null && out == 1 ? "" : "s") + " outside conduits or trays",
                out + "处布线未置于管道或桥架中").outcome();
    }

    // ---------------------------------------------------------------- x.2.5 维护

    /** A UPS or air-conditioning unit of a room, for the maintenance clauses. */
    record Facility(String id, String kind, List<ActivityRecord> maintenance) {
    }

    /** The room's UPS and air-conditioning units; null when either list is not stated. */
    static List<Facility> facilities(MachineRoom r) {
        List<Ups> ups = r.power() == null ? null : r.power().ups();
        List<AirConditioner> acs = r.airConditioners();
        if (ups == null || acs == null) {
            return null;
        }
        List<Facility> out = new ArrayList<>();
        for (Ups u : ups) {
            out.add(new Facility(upsId(u, ups), "ups", u.maintenance()));
        }
        for (AirConditioner a : acs) {
            out.add(new Facility(acId(a, acs), "air-conditioning", a.maintenance()));
        }
        return out;
    }

    private static void facilitiesMissing(RoomCheck k, MachineRoom r) {
        if (r.power() == null || r.power().ups() == null) {
            k.missing("power.ups");
        }
        if (r.airConditioners() == null) {
            k.missing("airConditioners");
        }
    }

    static boolean covers(List<String> covers, Facility f) {
        for (String c : covers) {
            String n = norm(c);
            if (n.equals(norm(f.id())) || n.equals(f.kind()) || n.equals("all")
                    || (f.kind().equals("air-conditioning") && (n.equals("空调") || n.equals("ac")))) {
                return true;
            }
        }
        return false;
    }

    /** x.2.5.1 所有UPS和空调设施都应有专业维护人员，或与专业机构签订维护合同。 */
    public static RoomOutcome facilityMaintainers(MachineRoom r, LocalDate asOf) {
        RoomCheck k = new RoomCheck(r);
        List<Facility> fs = facilities(r);
        if (fs == null) {
            facilitiesMissing(k, r);
            return k.outcome();
        }
        if (fs.isEmpty()) {
            return k.fail("no UPS or air-conditioning units listed", "未列明UPS和空调设施").outcome();
        }
        boolean hostCovers = Boolean.TRUE.equals(r.hosted()) && Boolean.TRUE.equals(r.hostMaintainsInfrastructure())
                && r.hostingContract() != null && r.hostingContract().inForceOn(asOf);
        // a source that is not stated might cover a unit the stated ones leave uncovered
        boolean someSourceUnstated = hostUnknown(r) || r.maintenanceContracts() == null
                || r.facilityMaintainers() == null;
        List<String> uncovered = new ArrayList<>();
        boolean unknown = false;
        java.util.Set<String> openFields = new java.util.LinkedHashSet<>();
        for (Facility f : fs) {
            Tri t = hostCovers ? Tri.TRUE : Tri.FALSE;
            if (r.maintenanceContracts() != null) {
                for (int i = 0; i < r.maintenanceContracts().size(); i++) {
                    MaintenanceContract mc = r.maintenanceContracts().get(i);
                    String at = "maintenanceContracts[" + (mc.provider() == null ? String.valueOf(i) : mc.provider()) + "]";
                    Tri dated = mc.contract() != null && mc.contract().issued() == null && mc.contract().markedDraft()
                            ? Tri.FALSE
                            : mc.contract() == null || mc.contract().issued() == null ? Tri.UNKNOWN
                            : Tri.of(mc.contract().inForceOn(asOf));
                    Tri cov = mc.covers() == null ? Tri.UNKNOWN : Tri.of(covers(mc.covers(), f));
                    Tri both = dated.and(cov);
                    if (both == Tri.UNKNOWN) {
                        if (dated == Tri.UNKNOWN) {
                            openFields.add(at + (mc.contract() == null ? ".contract" : ".contract.issued"));
                        }
                        if (cov == Tri.UNKNOWN) {
                            openFields.add(at + ".covers");
                        }
                    }
                    t = t.or(both);
                }
            }
            if (r.facilityMaintainers() != null) {
                for (int i = 0; i < r.facilityMaintainers().size(); i++) {
                    FacilityMaintainer m = r.facilityMaintainers().get(i);
                    String at = "facilityMaintainers[" + (m.name() == null ? String.valueOf(i) : m.name()) + "]";
                    Tri qual = m.qualification() == null ? Tri.UNKNOWN : Tri.of(!m.qualification().isBlank());
                    Tri cov = m.covers() == null ? Tri.UNKNOWN : Tri.of(covers(m.covers(), f));
                    Tri both = qual.and(cov);
                    if (both == Tri.UNKNOWN) {
                        if (qual == Tri.UNKNOWN) {
                            openFields.add(at + ".qualification");
                        }
                        if (cov == Tri.UNKNOWN) {
                            openFields.add(at + ".covers");
                        }
                    }
                    t = t.or(both);
                }
            }
            if (t == Tri.FALSE && someSourceUnstated) {
                t = Tri.UNKNOWN;
            }
            if (t == Tri.FALSE) {
                uncovered.add(f.id());
                k.cite(f.id());
            } else if (t == Tri.UNKNOWN) {
                unknown = true;
            }
        }
        List<String> how = new ArrayList<>();
        if (hostCovers) {
            how.add("the host maintains them under the hosting contract in force");
        }
        if (r.maintenanceContracts() != null) {
            for (MaintenanceContract mc : r.maintenanceContracts()) {
                DocumentRecord d = mc.contract();
                how.add("contract with " + (mc.provider() == null ? "a provider not named" : mc.provider())
                        + (d == null || d.expires() == null ? "" : " until " + d.expires())
                        + (d != null && d.issued() != null && !d.inForceOn(asOf) ? " (not in force)" : ""));
            }
        }
        if (r.facilityMaintainers() != null && !r.facilityMaintainers().isEmpty()) {
            how.add(r.facilityMaintainers().size() + " in-house maintainer(s)");
        }
        String howEn = how.isEmpty() ? "no maintenance contract or maintainer" : String.join("; ", how);
        String howZh = zhMaintenance(r, hostCovers, asOf);
        if (!uncovered.isEmpty()) {
            k.fail("without a professional maintainer or a maintenance contract in force: " + String.join(", ", uncovered)
                    + " (" + howEn + ")", howZh + "；" + String.join("、", uncovered) + "无专业维护人员或有效的维护合同");
        } else if (unknown) {
            if (!how.isEmpty()) {
                k.ok(howEn, howZh);
            }
            if (r.hosted() == null) {
                k.missing("hosted");
            } else if (hostUnknown(r)) {
                k.missing(r.hostMaintainsInfrastructure() == null ? "hostMaintainsInfrastructure"
                        : r.hostingContract() == null ? "hostingContract" : "hostingContract.issued");
            }
            if (r.maintenanceContracts() == null) {
                k.missing("maintenanceContracts");
            }
            if (r.facilityMaintainers() == null) {
                k.missing("facilityMaintainers");
            }
            openFields.forEach(k::missing);
        } else {
            k.ok("all " + fs.size() + " UPS and air-conditioning units covered: " + howEn,
                    "全部" + fs.size() + "台UPS和空调设施均有专业维护：" + howZh);
        }
        return k.outcome();
    }

    /** Hosted, but whether the host maintains the infrastructure (or its contract dates) is not stated. */
    private static boolean hostUnknown(MachineRoom r) {
        return r.hosted() == null || Boolean.TRUE.equals(r.hosted()) && (r.hostMaintainsInfrastructure() == null
                || (Boolean.TRUE.equals(r.hostMaintainsInfrastructure())
                && (r.hostingContract() == null || r.hostingContract().issued() == null)));
    }

    private static String zhMaintenance(MachineRoom r, boolean hostCovers, LocalDate asOf) {
        List<String> out = new ArrayList<>();
        if (hostCovers) {
            out.add("由托管方" + (r.host() == null ? "" : "（" + r.host() + "）") + "按有效的托管合同维护");
        }
        if (r.maintenanceContracts() != null) {
            for (MaintenanceContract mc : r.maintenanceContracts()) {
                DocumentRecord d = mc.contract();
                out.add("与" + (mc.provider() == null ? "维护单位" : mc.provider()) + "签订维护合同"
                        + (d == null || d.expires() == null ? "" : "（有效期至" + d.expires() + "）")
                        + (d != null && d.issued() != null && !d.inForceOn(asOf) ? "，已失效" : ""));
            }
        }
        if (r.facilityMaintainers() != null && !r.facilityMaintainers().isEmpty()) {
            out.add("有专业维护人员" + r.facilityMaintainers().size() + "名");
        }
        return out.isEmpty() ? "无维护合同或专业维护人员" : String.join("，", out);
    }

    /** x.2.5.2 应定期对所有UPS和空调设施进行恰当维护，有维护记录。 Every unit has a record within the last year. */
    public static RoomOutcome facilityMaintenanceRecords(MachineRoom r, LocalDate asOf) {
        RoomCheck k = new RoomCheck(r);
        List<Facility> fs = facilities(r);
        if (fs == null) {
            facilitiesMissing(k, r);
            return k.outcome();
        }
        if (fs.isEmpty()) {
            return k.fail("no UPS or air-conditioning units listed", "未列明UPS和空调设施").outcome();
        }
        List<String> stale = new ArrayList<>();
        List<String> staleZh = new ArrayList<>();
        LocalDate oldest = null;
        for (Facility f : fs) {
            String path = (f.kind().equals("ups") ? "power.ups[" : "airConditioners[") + f.id() + "].maintenance";
            if (f.maintenance() == null) {
                k.missing(path);
                continue;
            }
            Optional<LocalDate> last = Calc.latest(f.maintenance(), ActivityRecord::date, asOf);
            if (last.isPresent() && Calc.withinYears(last.get(), asOf, REGULAR_YEARS)) {
                oldest = oldest == null || last.get().isBefore(oldest) ? last.get() : oldest;
            } else {
                stale.add(f.id() + (last.isPresent() ? " (last " + last.get() + ")" : " (none)"));
                staleZh.add(f.id() + (last.isPresent() ? "（最近一次" + last.get() + "）" : "（无记录）"));
                k.cite(f.id());
            }
        }
        if (!stale.isEmpty()) {
            k.fail("no maintenance record within the last year: " + String.join(", ", stale),
                    String.join("、", staleZh) + "近一年内无维护记录");
        } else if (oldest != null && !k.hasMissing()) {
            k.ok("every UPS and air-conditioning unit maintained within the last year (the least recent on " + oldest + ")",
                    "全部UPS和空调设施近一年内均有维护记录（最早的最近一次维护为" + oldest + "）");
        }
        return k.outcome();
    }

    // ---------------------------------------------------------------- shared

    /** A document that must exist: issued on or before {@code asOf}. */
    static void document(RoomCheck k, DocumentRecord d, String field, String en, String zh, LocalDate asOf) {
        if (d == null) {
            k.missing(field);
        } else if (d.issued() == null && d.markedDraft()) {
            k.fail(en + " is a draft that has not been issued", zh + "为草稿，尚未正式发布");
        } else if (d.issued() == null) {
            k.missing(field + ".issued");
        } else if (d.issued().isAfter(asOf)) {
            k.fail(en + " issued only on " + d.issued(), zh + "于" + d.issued() + "才发布");
        } else {
            String t = d.title() == null ? "" : "《" + d.title() + "》";
            k.ok(en + " issued " + d.issued() + (d.revised() == null ? "" : ", revised " + d.revised()),
                    "有" + zh + t + "（" + d.issued() + "发布" + (d.revised() == null ? "" : "，" + d.revised() + "修订") + "）");
        }
    }

    /** Dated records of a recurring practice: at least one within the last year. */
    static void recent(RoomCheck k, List<ActivityRecord> records, String field, String en, String zh, LocalDate asOf) {
        if (records == null) {
            k.missing(field);
            return;
        }
        Optional<LocalDate> last = Calc.latest(records, ActivityRecord::date, asOf);
        if (last.isPresent() && Calc.withinYears(last.get(), asOf, REGULAR_YEARS)) {
            k.ok("latest " + en + " " + last.get(), "最近一次" + zh + "为" + last.get());
        } else if (records.stream().anyMatch(x -> x.date() == null)) {
            k.missing(field + "[].date");
        } else if (last.isPresent()) {
            k.fail("latest " + en + " " + last.get() + ", more than a year before " + asOf,
                    "最近一次" + zh + "为" + last.get() + "，距" + asOf + "已超过一年");
        } else if (!records.isEmpty()) {
            k.fail("no " + en + " dated on or before " + asOf + " (later ones do not count yet)", "截至" + asOf + "无" + zh);
        } else {
            k.fail("no " + en + " (none listed)", "无" + zh);
        }
    }
}
