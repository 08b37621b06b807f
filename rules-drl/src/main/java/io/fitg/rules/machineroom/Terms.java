package io.fitg.rules.machineroom;

import io.fitg.model.machineroom.FireSuppression;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The free-text vocabularies chapter x.2 interprets (P7): access-control methods, fire-suppression kinds and agents,
 * monitoring indicators and alarm channels. Values are matched generously — the code, its Chinese and English names
 * and common product names, and any value containing one of a term's key words — while an explicit negative
 * ({@code 无}, {@code none}, {@code 未配备}…) never counts as anything. A value that matches nothing is named in the
 * finding. The tables are listed in {@code docs/profile/2-machine-room.md}; keep the two in step.
 */
public final class Terms {
    private Terms() {
    }

    // ---------------------------------------------------------------- negatives

    static final Set<String> NEGATIVES = Set.of("无", "没有", "没", "暂无", "否", "不适用", "未配备", "未设置", "未安装",
            "未采用", "未实现", "none", "no", "n/a", "na", "nil", "null", "nothing", "not applicable", "-", "--", "/", "—");

    private static final List<String> NEGATIVE_PREFIXES = List.of("没有", "暂无", "未配备", "未设置", "未安装", "未采用",
            "未实现", "未设", "no ", "not ", "without ");

    /** Words that say "not known": such a value is read as not stated. */
    static final Set<String> UNSTATED = Set.of("unknown", "unspecified", "not stated", "tbd", "?", "未知", "不详", "不明",
            "待定", "未说明");

    /** Not stated: null, or a word that says "not known". */
    public static boolean unstated(String value) {
        return value == null || UNSTATED.contains(norm(value));
    }

    /** Lower case, trimmed, {@code -} and {@code _} read as a space, runs of blanks as one. */
    static String norm(String value) {
        return io.fitg.rules.support.Words.norm(value);
    }

    /** An explicit "none": {@code 无}, {@code none}, {@code n/a}, {@code 未配备…}, {@code 无门禁}… */
    public static boolean isNegative(String value) {
        if (value == null) {
            return false;
        }
        String v = norm(value);
        if (v.isEmpty() || NEGATIVES.contains(v) || NEGATIVES.contains(value.strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (String p : NEGATIVE_PREFIXES) {
            if (v.startsWith(p)) {
                return true;
            }
        }
        // 无门禁, 无报警… but not 无线 (wireless) or 无人值守 (unattended)
        return v.startsWith("无") && !v.startsWith("无线") && !v.startsWith("无人");
    }

    private static boolean containsAny(String normalised, List<String> words) {
        for (String w : words) {
            if (normalised.contains(norm(w))) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- access control (x.2.1.1 门禁)

    /** What an access-control method written in the profile is. */
    public enum Access {
        /** Electronic access control (门禁): card, fingerprint, face, iris, password, or 门禁 named as such. */
        ACCESS_CONTROL,
        /** A mechanical lock or key only: not 门禁. */
        LOCK,
        /** A guard, a watch or a visitor book: a measure, but not 门禁. */
        GUARD,
        /** An explicit "none". */
        NONE,
        /** Nothing this table knows. */
        UNRECOGNISED
    }

    static final List<String> LOCK_WORDS = List.of("钥匙", "机械", "mechanical", "padlock", "挂锁");
    static final Set<String> LOCK_EXACT = Set.of("key", "keys", "lock", "locks", "door lock", "锁", "门锁", "普通锁");
    static final List<String> GUARD_WORDS = List.of("保安", "值守", "值班", "门卫", "登记", "人工", "guard", "watch",
            "visitor log", "visitor book", "sign in", "摄像", "cctv", "video");
    static final List<String> ACCESS_WORDS = List.of("card", "fingerprint", "face", "facial", "iris", "password",
            "passcode", "keypad", "palm", "vein", "biometric", "access control", "electronic lock", "smart lock", "badge",
            "rfid", "nfc", "刷卡", "卡", "电子", "指纹", "人脸", "面部", "刷脸", "虹膜", "密码", "口令", "掌纹", "掌静脉", "指静脉",
            "静脉", "生物识别", "门禁", "电子锁", "智能锁", "电磁锁", "磁力锁");

    /** The accepted access-control methods, for messages. */
    static final String ACCESS_ACCEPTED = "card (刷卡/门禁卡/IC卡), fingerprint (指纹), face (人脸), iris (虹膜), password "
            + "(密码), palm or vein (掌纹/指静脉), 门禁/access control/electronic lock named as such";

    /** Classifies one access-control method. */
    public static Access access(String method) {
        if (method == null || isNegative(method)) {
            return Access.NONE;
        }
        String v = norm(method);
        if (containsAny(v, LOCK_WORDS)) {
            return Access.LOCK;
        }
        if (containsAny(v, GUARD_WORDS)) {
            return Access.GUARD;
        }
        if (containsAny(v, ACCESS_WORDS) || v.equals("pin")) {
            return Access.ACCESS_CONTROL;
        }
        if (LOCK_EXACT.contains(v)) {
            return Access.LOCK;
        }
        return Access.UNRECOGNISED;
    }

    // ---------------------------------------------------------------- fire suppression (x.2.1.3, x.2.1.4, x.2.1.8)

    /** What a fire-suppression entry is. */
    public enum FireKind {
        /** A fixed gas system: halon or an alternative gas (卤代烷或可替代的其他气体灭火装置). */
        GAS(true),
        /** Hot aerosol: a gas system under GB 50370. */
        AEROSOL(true),
        SPRINKLER(false),
        WATER_MIST(false),
        FOAM(false),
        /** Portable or wheeled extinguishers: never automatic, and not a fixed gas installation. */
        EXTINGUISHER(false),
        /** An explicit "none": no facility. */
        NONE(false),
        /** Kind not stated, or nothing this table knows (then the agent may still tell). */
        UNKNOWN(false);

        private final boolean gasInstallation;

        FireKind(boolean gasInstallation) {
            this.gasInstallation = gasInstallation;
        }

        public boolean gasInstallation() {
            return gasInstallation;
        }
    }

    /** Extinguishing agents that are halon or an alternative gas (the kind or the agent may name them). */
    static final List<String> GAS_AGENT_WORDS = List.of("hfc 227", "hfc227", "fm 200", "fm200", "七氟丙烷", "heptafluoropropane",
            "ig 541", "ig541", "烟烙尽", "inergen", "ig 100", "ig100", "ig 55", "ig55", "ig 01", "argonite", "氮气",
            "nitrogen", "氩气", "argon", "co2", "二氧化碳", "carbon dioxide", "fk 5 1 12", "novec", "全氟己酮", "halon",
            "哈龙", "卤代烷", "1301", "1211", "hfc 23", "三氟甲烷", "hfc 125", "五氟乙烷", "惰性气体", "inert gas",
            "混合气体", "洁净气体", "clean agent");
    static final List<String> EXTINGUISHER_WORDS = List.of("extinguisher", "灭火器", "手提", "推车", "portable", "wheeled",
            "灭火毯");
    static final List<String> WATER_MIST_WORDS = List.of("water mist", "细水雾", "高压细水雾", "mist");
    static final List<String> SPRINKLER_WORDS = List.of("sprinkler", "喷淋", "喷水", "水喷雾", "消火栓", "hydrant");
    static final List<String> FOAM_WORDS = List.of("foam", "泡沫");
    static final List<String> AEROSOL_WORDS = List.of("aerosol", "气溶胶");
    static final List<String> GAS_WORDS = List.of("gas", "气体");

    /** The accepted kinds, for messages. */
    static final String FIRE_ACCEPTED = "gas (气体/气体灭火系统, or an agent: 七氟丙烷/HFC-227ea/FM-200, IG541/烟烙尽, "
            + "CO2/二氧化碳, 氮气, FK-5-1-12/全氟己酮, halon/卤代烷), aerosol (气溶胶), sprinkler (喷淋), water-mist (细水雾), "
            + "foam (泡沫), extinguisher (灭火器)";

    /** The kind of one entry, from its {@code kind} text (an agent named there counts as a gas system). */
    public static FireKind fireKind(String kind) {
        if (unstated(kind)) {
            return FireKind.UNKNOWN;
        }
        if (isNegative(kind)) {
            return FireKind.NONE;
        }
        String v = norm(kind);
        if (containsAny(v, EXTINGUISHER_WORDS)) {
            return FireKind.EXTINGUISHER;
        }
        if (containsAny(v, WATER_MIST_WORDS)) {
            return FireKind.WATER_MIST;
        }
        if (containsAny(v, SPRINKLER_WORDS)) {
            return FireKind.SPRINKLER;
        }
        if (containsAny(v, FOAM_WORDS)) {
            return FireKind.FOAM;
        }
        if (containsAny(v, AEROSOL_WORDS)) {
            return FireKind.AEROSOL;
        }
        if (containsAny(v, GAS_WORDS) || containsAny(v, GAS_AGENT_WORDS)) {
            return FireKind.GAS;
        }
        return FireKind.UNKNOWN;
    }

    /** Whether an agent is halon or an alternative gas. */
    public static boolean gasAgent(String agent) {
        return agent != null && !isNegative(agent) && containsAny(norm(agent), GAS_AGENT_WORDS);
    }

    /**
     * Whether one entry is a halon or alternative-gas installation: TRUE by its kind, or by a gas agent when the
     * kind is stated but names nothing else ("fixed system", "自动灭火装置"); FALSE for another known kind (a CO2
     * extinguisher is an extinguisher) or a negative; null when the kind is not stated and the agent does not rule
     * a gas out (with a gas agent it may still be an extinguisher).
     */
    public static Boolean gasInstallation(FireSuppression f) {
        FireKind k = fireKind(f.kind());
        if (k != FireKind.UNKNOWN) {
            return k.gasInstallation();
        }
        if (unstated(f.kind())) {
            return unstated(f.agent()) || gasAgent(f.agent()) ? null : false;
        }
        return gasAgent(f.agent()); // a kind nobody knows: its agent decides; without a gas agent named, not counted
    }

    /** Whether one entry is a facility at all (not an explicit "none"). */
    public static boolean isFacility(FireSuppression f) {
        return fireKind(f.kind()) != FireKind.NONE;
    }

    /** Whether one entry discharges automatically: its {@code automatic}, or FALSE for extinguishers and negatives. */
    public static Boolean automatic(FireSuppression f) {
        FireKind k = fireKind(f.kind());
        if (k == FireKind.NONE) {
            return false;
        }
        if (f.automatic() != null) {
            return f.automatic();
        }
        return k == FireKind.EXTINGUISHER ? Boolean.FALSE : null;
    }

    // ---------------------------------------------------------------- indicators (x.2.1.9 明确监测指标)

    static final List<String> POWER_WORDS = List.of("power", "volt", "current", "ups", "battery", "batteries",
            "generator", "mains", "utility", "pdu", "electric", "energy", "load", "kw", "harmonic", "frequency",
            "电", "动力", "功率", "负载", "负荷", "油机", "频率", "谐波");
    static final List<String> ENVIRONMENT_WORDS = List.of("temp", "humid", "leak", "water", "smoke", "fire", "air",
            "hvac", "crac", "cooling", "access", "door", "video", "camera", "dew", "dust", "environment", "温", "湿",
            "漏水", "水浸", "烟", "消防", "火", "空调", "新风", "门禁", "门磁", "环境", "视频", "露点", "粉尘", "制冷");
    static final List<String> AIR_CONDITIONING_WORDS = List.of("air cond", "air con", "hvac", "crac", "precision",
            "cooling", "空调", "制冷");
    static final List<String> TEMPERATURE_HUMIDITY_WORDS = List.of("temp", "humid", "dew", "温", "湿", "露点");

    /** Whether an indicator is a power indicator (电压, 电流, 市电, UPS, 电池, 发电机, 配电…). */
    public static boolean powerIndicator(String indicator) {
        return indicator != null && !isNegative(indicator) && containsAny(norm(indicator), POWER_WORDS);
    }

    /** Whether an indicator is an environment indicator (温度, 湿度, 机柜温度, 漏水, 烟感, 空调, 门禁…). */
    public static boolean environmentIndicator(String indicator) {
        return indicator != null && !isNegative(indicator) && containsAny(norm(indicator), ENVIRONMENT_WORDS);
    }

    /**
     * Whether an indicator belongs to a group the earlier edition's 4.2.1.9 names: power-distribution (供配电),
     * air-conditioning (空调), temperature-humidity (温湿度).
     */
    public static boolean inGroup(String indicator, String group) {
        if (indicator == null || isNegative(indicator)) {
            return false;
        }
        String v = norm(indicator);
        return switch (group) {
            case "power-distribution" -> powerIndicator(indicator);
            case "air-conditioning" -> containsAny(v, AIR_CONDITIONING_WORDS);
            case "temperature-humidity" -> containsAny(v, TEMPERATURE_HUMIDITY_WORDS);
            default -> v.equals(norm(group));
        };
    }

    /** The indicators that are neither power nor environment ones (and not negatives): named in findings. */
    static List<String> unrecognisedIndicators(Collection<String> indicators) {
        List<String> out = new ArrayList<>();
        for (String i : indicators) {
            if (i != null && !isNegative(i) && !powerIndicator(i) && !environmentIndicator(i)) {
                out.add(i);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- alarm channels (x.2.1.9 声音和短信等自动报警)

    static final List<String> SOUND_WORDS = List.of("sound", "audible", "audio", "siren", "buzzer", "horn", "alarm bell",
            "声", "蜂鸣", "警铃", "铃", "警笛", "喇叭");
    static final List<String> SMS_WORDS = List.of("sms", "text message", "短信", "短消息");
    static final List<String> LIGHT_WORDS = List.of("light", "strobe", "beacon", "光", "灯");
    static final List<String> PHONE_WORDS = List.of("phone", "call", "voice", "电话", "语音");
    static final List<String> EMAIL_WORDS = List.of("email", "e mail", "mail", "邮件", "邮箱");
    static final List<String> APP_WORDS = List.of("app", "wechat", "dingtalk", "push", "微信", "钉钉", "企业微信", "推送");

    /** The channels one written alarm channel stands for: {@code 声光报警} is sound and light. */
    public static Set<String> channels(String written) {
        Set<String> out = new LinkedHashSet<>();
        if (written == null || isNegative(written)) {
            return out;
        }
        String v = norm(written);
        if (containsAny(v, SOUND_WORDS)) {
            out.add("sound");
        }
        if (containsAny(v, SMS_WORDS)) {
            out.add("sms");
        }
        if (containsAny(v, LIGHT_WORDS)) {
            out.add("light");
        }
        if (containsAny(v, PHONE_WORDS) && !v.contains("短信")) {
            out.add("phone");
        }
        if (containsAny(v, EMAIL_WORDS)) {
            out.add("email");
        }
        if (containsAny(v, APP_WORDS)) {
            out.add("app");
        }
        return out;
    }

    /** The channels a list of written channels stands for. */
    public static Set<String> channels(Collection<String> written) {
        Set<String> out = new LinkedHashSet<>();
        if (written != null) {
            for (String w : written) {
                out.addAll(channels(w));
            }
        }
        return out;
    }

    /** The written channels that stand for no known channel (and are not negatives): named in findings. */
    static List<String> unrecognisedChannels(Collection<String> written) {
        List<String> out = new ArrayList<>();
        for (String w : written) {
            if (w != null && !isNegative(w) && channels(w).isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
