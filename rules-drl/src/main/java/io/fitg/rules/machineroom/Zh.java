package io.fitg.rules.machineroom;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Chinese wording of the profile's vocabulary and fields, for the 情况说明. Unknown words are kept as written. */
final class Zh {
    private Zh() {
    }

    static final Map<String, String> WORDS = Map.ofEntries(
            // access control
            Map.entry("card", "刷卡"), Map.entry("fingerprint", "指纹"), Map.entry("face", "人脸识别"),
            Map.entry("iris", "虹膜"), Map.entry("password", "密码"), Map.entry("key", "钥匙"),
            // fire suppression
            Map.entry("gas", "气体灭火系统"), Map.entry("aerosol", "气溶胶灭火装置"), Map.entry("sprinkler", "喷淋系统"),
            Map.entry("water-mist", "细水雾系统"), Map.entry("extinguisher", "灭火器"),
            // indicators
            Map.entry("utility-power", "市电"), Map.entry("mains", "市电"), Map.entry("power", "电力"),
            Map.entry("power-distribution", "配电"), Map.entry("ups", "UPS"), Map.entry("battery", "电池"),
            Map.entry("generator", "发电机"), Map.entry("temperature", "温度"), Map.entry("humidity", "湿度"),
            Map.entry("leak", "漏水"), Map.entry("smoke", "烟感"), Map.entry("fire", "消防"),
            Map.entry("air-conditioning", "空调"), Map.entry("fresh-air", "新风"), Map.entry("access", "门禁"),
            Map.entry("video", "视频"),
            // alarm channels
            Map.entry("sound", "声音"), Map.entry("sms", "短信"), Map.entry("phone", "电话"), Map.entry("email", "邮件"),
            Map.entry("app", "APP"), Map.entry("light", "灯光"));

    static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("enclosedArea", "是否为独立封闭区域"), Map.entry("accessControl", "门禁"),
            Map.entry("floorLoadKgPerSqm", "承重"), Map.entry("fireDetection", "火警检测"),
            Map.entry("fireSuppression", "灭火设施"), Map.entry("emergencyLighting", "应急照明"),
            Map.entry("video", "录像监控"), Map.entry("lightningGrounding", "防雷接地"),
            Map.entry("rodentProtection", "防鼠"), Map.entry("antiStatic", "防静电"),
            Map.entry("leakDetection", "漏水检测"), Map.entry("environmentMonitoring", "环境动力监测系统"),
            Map.entry("coreSystems", "是否部署核心系统"), Map.entry("power", "供电"),
            Map.entry("heatLoadKw", "机房热负荷"), Map.entry("airConditioners", "空调设备"),
            Map.entry("climateMonitoring", "温湿度监控"), Map.entry("freshAir", "新风设施"),
            Map.entry("cabling", "布线"), Map.entry("maintenanceContracts", "维护合同"),
            Map.entry("facilityMaintainers", "专业维护人员"), Map.entry("hosted", "是否托管"),
            Map.entry("hostMaintainsInfrastructure", "托管方是否维护基础设施"), Map.entry("hostingContract", "托管合同"));

    /** One word of the vocabulary in Chinese. */
    static String word(String w) {
        if (w == null) {
            return "";
        }
        return WORDS.getOrDefault(w.strip().toLowerCase(Locale.ROOT), w);
    }

    /** A list of vocabulary words in Chinese, joined with 、. */
    static String words(List<String> ws) {
        return ws.stream().map(Zh::word).collect(Collectors.joining("、"));
    }

    /** A field path relative to the room, in Chinese where its first step is known. */
    static String field(String path) {
        int dot = path.indexOf('.');
        int br = path.indexOf('[');
        int end = dot < 0 ? path.length() : dot;
        if (br >= 0 && br < end) {
            end = br;
        }
        String head = path.substring(0, end);
        String zh = FIELDS.get(head);
        return zh == null ? path : end == path.length() ? zh : zh + "（" + path.substring(end).replaceFirst("^\\.", "") + "）";
    }
}
