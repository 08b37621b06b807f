package io.fitg.rules.management;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The codes chapter x.1's facts use in open lists (roles, topics, duties, stages, factors, organisers), with the
 * names a company may write instead. Matching ignores case, surrounding blanks and the difference between
 * {@code -}, {@code _} and a space.
 *
 * <p>Roles and training topics are matched generously (P7): a value counts when it is the code, one of its listed
 * names, or contains one of the code's key words ({@code 技术联络人} and {@code 技术联络员} are both technical liaisons,
 * {@code 应急演练} is emergency content, {@code 机房消防安全} is fire content). An explicit negative ({@code 无},
 * {@code none}, {@code 未配备}…) never counts as anything. The tables are listed in {@code docs/profile/1-management.md}.
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

    /** Values that say "none": they never count as a role, a topic or anything else. */
    static final Set<String> NEGATIVES = Set.of("无", "没有", "没", "暂无", "否", "不适用", "未配备", "未设置", "未设立", "未设",
            "未指定", "未开展", "none", "no", "n/a", "na", "nil", "null", "nothing", "not applicable", "-", "--", "/", "—");

    /** Whole names, matched exactly (after normalising). */
    private static final Map<String, Set<String>> SYNONYMS = Map.ofEntries(
            Map.entry(SECURITY_MANAGER, Set.of("安全管理人员", "安全管理员", "安全管理岗", "security manager", "security officer")),
            Map.entry(NETWORK_ADMINISTRATOR, Set.of("网络管理人员", "网络管理员", "网络管理岗", "网管", "network administrator",
                    "network admin")),
            Map.entry(TECHNICAL_LIAISON, Set.of("技术联络员", "技术联络人", "联络员", "technical liaison", "liaison")),
            Map.entry(IT_AUDITOR, Set.of("内部审计岗", "内部it审计岗", "it审计岗", "it审计", "it auditor", "auditor")),
            Map.entry(TECHNICIAN, Set.of("技术人员", "分支机构技术人员", "技术员", "technician")),
            Map.entry(MACHINE_ROOM_FIRE, Set.of("机房消防", "fire", "fire safety")),
            Map.entry(EMERGENCY, Set.of("应急", "应急处置", "应急预案", "emergency response")),
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

    /**
     * Key words: a value containing one of them counts as the code (roles and training topics only; duties, stages
     * and factors are short fixed words and matched exactly).
     */
    static final Map<String, List<String>> KEY_WORDS = Map.of(
            SECURITY_MANAGER, List.of("安全管理", "安全员", "安全主管", "安全负责人", "信息安全", "security manag",
                    "security officer", "security admin", "ciso"),
            NETWORK_ADMINISTRATOR, List.of("网络管理", "网管", "网络运维", "网络工程师", "network admin", "network manag",
                    "network engineer", "network operat", "netadmin"),
            TECHNICAL_LIAISON, List.of("技术联络", "联络员", "联络人", "liaison"),
            IT_AUDITOR, List.of("审计", "稽核", "audit"),
            TECHNICIAN, List.of("技术人员", "技术员", "技术支持", "it支持", "technician", "it support", "tech support"),
            MACHINE_ROOM_FIRE, List.of("消防", "防火", "灭火", "火灾", "火警", "fire"),
            EMERGENCY, List.of("应急", "突发", "疏散", "逃生", "emergenc", "contingenc", "evacuat"));

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

    /** Lower case, trimmed, {@code -} and {@code _} read as a space, runs of blanks as one. */
    static String norm(String value) {
        return io.fitg.rules.support.Words.norm(value);
    }

    /** An explicit "none" ({@code 无}, {@code none}, {@code n/a}, {@code 未配备}…). */
    public static boolean isNegative(String value) {
        if (value == null) {
            return false;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        return v.isEmpty() || NEGATIVES.contains(v) || NEGATIVES.contains(norm(value));
    }

    /** Whether {@code value} is {@code code}, one of its names, or (roles, topics) contains one of its key words. */
    public static boolean is(String value, String code) {
        if (value == null || isNegative(value)) {
            return false;
        }
        String v = norm(value);
        if (v.equals(norm(code))) {
            return true;
        }
        for (String s : SYNONYMS.getOrDefault(code, Set.of())) {
            if (v.equals(norm(s))) {
                return true;
            }
        }
        for (String k : KEY_WORDS.getOrDefault(code, List.of())) {
            if (v.contains(norm(k))) {
                return true;
            }
        }
        return false;
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

    /** The values that are none of {@code codes} (and not an explicit negative): named in findings. */
    public static List<String> unrecognised(Collection<String> values, Collection<String> codes) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                if (v != null && !isNegative(v) && codes.stream().noneMatch(c -> is(v, c))) {
                    out.add(v);
                }
            }
        }
        return out;
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
        return is(v, FUTURES_ASSOCIATION) || v.contains("期货业协会") || v.contains("futures association")
                || v.equals("cfa");
    }
}
