package io.fitg.rules.management;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The codes chapter x.1's facts use in open lists (roles, topics, duties, stages, factors, organisers), with the
 * Chinese names a company may write instead. Matching ignores case and surrounding blanks.
 */
public final class Vocab {
    private Vocab() {
    }

    public static final String SECURITY_MANAGER = "security-manager";
    public static final String NETWORK_ADMINISTRATOR = "network-administrator";
    public static final String TECHNICAL_LIAISON = "technical-liaison";
    public static final String IT_AUDITOR = "it-auditor";
    public static final String TECHNICIAN = "technician";

    public static final String MACHINE_ROOM_FIRE = "machine-room-fire";
    public static final String EMERGENCY = "emergency";

    public static final List<String> GOVERNANCE_DUTIES = List.of("system-planning", "security-management", "it-governance");
    public static final List<String> MECHANISM_STAGES = List.of("assessment", "identification", "monitoring", "intervention");
    public static final List<String> SELECTION_FACTORS = List.of("qualification", "conduct", "track-record",
            "service-system", "service-quality", "violations");

    public static final String FUTURES_ASSOCIATION = "futures-association";

    private static final Map<String, Set<String>> SYNONYMS = Map.ofEntries(
            Map.entry(SECURITY_MANAGER, Set.of("安全管理人员", "安全管理员", "安全管理岗")),
            Map.entry(NETWORK_ADMINISTRATOR, Set.of("网络管理人员", "网络管理员", "网络管理岗")),
            Map.entry(TECHNICAL_LIAISON, Set.of("技术联络员")),
            Map.entry(IT_AUDITOR, Set.of("内部审计岗", "内部it审计岗", "it审计岗", "it审计")),
            Map.entry(TECHNICIAN, Set.of("技术人员", "分支机构技术人员")),
            Map.entry(MACHINE_ROOM_FIRE, Set.of("机房消防")),
            Map.entry(EMERGENCY, Set.of("应急", "应急处置", "应急预案")),
            Map.entry("system-planning", Set.of("系统规划", "信息技术规划")),
            Map.entry("security-management", Set.of("安全管理", "网络安全管理")),
            Map.entry("it-governance", Set.of("it治理", "信息技术治理")),
            Map.entry("assessment", Set.of("评估")),
            Map.entry("identification", Set.of("识别")),
            Map.entry("monitoring", Set.of("监控")),
            Map.entry("intervention", Set.of("干预")),
            Map.entry("qualification", Set.of("资质")),
            Map.entry("conduct", Set.of("经营行为")),
            Map.entry("track-record", Set.of("业绩")),
            Map.entry("service-system", Set.of("服务体系")),
            Map.entry("service-quality", Set.of("服务品质")),
            Map.entry("violations", Set.of("违法违规")),
            Map.entry(FUTURES_ASSOCIATION, Set.of("中国期货业协会", "期货业协会", "中期协")));

    private static final Map<String, String> ZH = Map.ofEntries(
            Map.entry(SECURITY_MANAGER, "安全管理人员"),
            Map.entry(NETWORK_ADMINISTRATOR, "网络管理人员"),
            Map.entry(TECHNICAL_LIAISON, "技术联络员"),
            Map.entry(IT_AUDITOR, "内部IT审计岗"),
            Map.entry(TECHNICIAN, "技术人员"),
            Map.entry(MACHINE_ROOM_FIRE, "机房消防"),
            Map.entry(EMERGENCY, "应急"),
            Map.entry("system-planning", "系统规划"),
            Map.entry("security-management", "安全管理"),
            Map.entry("it-governance", "IT治理"),
            Map.entry("assessment", "评估"),
            Map.entry("identification", "识别"),
            Map.entry("monitoring", "监控"),
            Map.entry("intervention", "干预"),
            Map.entry("qualification", "资质"),
            Map.entry("conduct", "经营行为"),
            Map.entry("track-record", "业绩"),
            Map.entry("service-system", "服务体系"),
            Map.entry("service-quality", "服务品质"),
            Map.entry("violations", "违法违规"));

    /** Whether {@code value} is {@code code} or one of its Chinese names. */
    public static boolean is(String value, String code) {
        if (value == null) {
            return false;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        return v.equals(code) || SYNONYMS.getOrDefault(code, Set.of()).contains(v);
    }

    /** Whether some value of {@code values} is {@code code}. */
    public static boolean has(Collection<String> values, String code) {
        if (values == null) {
            return false;
        }
        for (String v : values) {
            if (is(v, code)) {
                return true;
            }
        }
        return false;
    }

    /** The Chinese name of a code (the code itself when it has none). */
    public static String zh(String code) {
        return ZH.getOrDefault(code, code);
    }

    /** An organiser that is the China Futures Association (中国期货业协会). */
    public static boolean isFuturesAssociation(String organiser) {
        if (organiser == null) {
            return false;
        }
        String v = organiser.trim().toLowerCase(Locale.ROOT);
        return is(v, FUTURES_ASSOCIATION) || v.contains("期货业协会");
    }
}
