package io.fitg.reports;

import io.fitg.api.FitgInputException;
import io.fitg.api.Status;

import java.util.Map;

/**
 * Language of the headings and labels of the human-facing reports (workpaper, html, text, diff text). Clause texts,
 * situations and evidence stay in Chinese whatever the language: they are the guideline's and the company's words.
 */
public enum Lang {
    ZH, EN;

    /** {@code zh} or {@code en}; anything else is a usage error naming the option. */
    public static Lang parse(String s) {
        if (s == null || s.equalsIgnoreCase("zh")) {
            return ZH;
        }
        if (s.equalsIgnoreCase("en")) {
            return EN;
        }
        throw new FitgInputException("<command line>", "--lang", "zh or en, not '" + s + "'");
    }

    public String code() {
        return this == ZH ? "zh" : "en";
    }

    /** Picks the Chinese or the English text. */
    public String t(String zh, String en) {
        return this == ZH ? zh : en;
    }

    public String status(Status s) {
        if (this == ZH) {
            return s.zh();
        }
        return switch (s) {
            case COMPLIANT -> "Compliant";
            case NON_COMPLIANT -> "Non-compliant";
            case NOT_APPLICABLE -> "Not applicable";
            case INSUFFICIENT_DATA -> "Evidence needed";
            case WAIVED -> "Waived";
        };
    }

    private static final String[] CLASS_ZH = {"", "一类", "二类", "三类", "四类"};

    /** 一类 / Class 1. */
    public String className(int c) {
        if (this == ZH) {
            return c >= 1 && c < CLASS_ZH.length ? CLASS_ZH[c] : c + "类";
        }
        return "Class " + c;
    }

    /** The heading of a class's part of the guideline: 三类要求 / Class 3 requirements. */
    public String classHeading(int c) {
        return this == ZH ? className(c) + "要求" : "Class " + c + " requirements";
    }

    /** The achieved class in words (0 = not even class 1). */
    public String achieved(int c) {
        return achieved(c, 1);
    }

    /**
     * The achieved class in words; 0 means the lowest class of the edition was not met ({@code lowest}: 1 for the
     * current edition, 3 for the earlier one, which has class 3 only).
     */
    public String achieved(int c, int lowest) {
        if (c == 0) {
            return t("未达到" + className(lowest), "none (class " + lowest + " not met)");
        }
        return className(c);
    }

    /** A provenance key as a label of the report's header ({@code customRules} → 自定义规则 / Custom rules). */
    public String provenanceLabel(String key) {
        return switch (key) {
            case "customRules" -> t("自定义规则", "Custom rules");
            case "tailoring" -> t("裁剪", "Tailoring");
            case "relaxations" -> t("放宽项（经标注）", "Relaxations (marked)");
            case "waivers" -> t("豁免", "Waivers");
            default -> key;
        };
    }

    /** A provenance value in the report's language (the engine writes a few fixed English phrases). */
    public String provenanceValue(String key, String value) {
        if (this == ZH && "customRules".equals(key) && value != null && value.startsWith("none")) {
            return "无（仅内置规则）";
        }
        return value;
    }

    public String mandatory(boolean m) {
        return this == ZH ? (m ? "必须" : "可选") : (m ? "mandatory" : "optional");
    }

    private static final Map<String, String> EN_TITLES = Map.ofEntries(
            Map.entry("1", "Technology management"),
            Map.entry("1.1", "Organisation"),
            Map.entry("1.2", "Training"),
            Map.entry("1.3", "Staff qualifications"),
            Map.entry("1.4", "IT service providers"),
            Map.entry("1.5", "IT investment"),
            Map.entry("2", "Machine rooms"),
            Map.entry("2.1", "Basics"),
            Map.entry("2.2", "Power supply"),
            Map.entry("2.3", "Air conditioning"),
            Map.entry("2.4", "Cabling"),
            Map.entry("2.5", "Maintenance"),
            Map.entry("3", "Trading systems"),
            Map.entry("3.1", "Functions"),
            Map.entry("3.2", "Performance and capacity"),
            Map.entry("3.3", "System redundancy"),
            Map.entry("3.4", "Market data redundancy"),
            Map.entry("3.5", "Bank-futures transfer redundancy"),
            Map.entry("4", "Security"),
            Map.entry("4.1", "Network isolation"),
            Map.entry("4.2", "Anti-virus, patches and hardening"),
            Map.entry("4.3", "Website security"),
            Map.entry("4.4", "Online trading security"),
            Map.entry("4.5", "Accounts and privileges"),
            Map.entry("4.6", "Passwords"),
            Map.entry("4.7", "Security audit"),
            Map.entry("5", "Daily operations"),
            Map.entry("5.1", "Posts"),
            Map.entry("5.2", "Daily operations and inspections"),
            Map.entry("5.3", "Machine room access"),
            Map.entry("6", "Backup"),
            Map.entry("6.1", "Data backup"),
            Map.entry("6.2", "Disaster recovery"),
            Map.entry("7", "System maintenance"),
            Map.entry("7.1", "Change management"),
            Map.entry("7.2", "Configuration management"),
            Map.entry("7.3", "Capacity management"),
            Map.entry("7.4", "Emergency drills"),
            Map.entry("7.5", "Incident management"),
            Map.entry("8", "Branches"),
            Map.entry("8.1", "Basic requirements"),
            Map.entry("8.2", "Trading support"));

    /**
     * A chapter or section title: the guideline's own in Chinese; in English the translation followed by the Chinese
     * title, so that either can be found. {@code path} is {@code C} or {@code C.S} (without the class prefix).
     */
    public String title(String path, String chinese) {
        String zh = chinese == null ? "" : chinese;
        if (this == ZH) {
            return zh;
        }
        String en = EN_TITLES.get(path);
        return en == null ? zh : zh.isEmpty() ? en : en + " (" + zh + ")";
    }
}
