package io.fitg.rules.trading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Telecom carrier names as the profile writes them (free text), normalised before "different carriers" are counted
 * (P7): 中国电信 = 电信 = China Telecom = CT, 中国联通 = 联通 = China Unicom = CU (网通 merged into it), 中国移动 =
 * 移动 = China Mobile = CM (铁通 merged into it), 中国广电 = 广电 = China Broadnet. A name containing one of these
 * (中国电信 互联网专线, 上海电信) is that carrier. Explicit negatives (无, none, n/a…) name no carrier. Any other
 * name is a carrier of its own, compared ignoring case and surrounding blanks, and reported as not recognised.
 */
public final class Carriers {
    private Carriers() {
    }

    /** The carriers the table recognises, as their keys. */
    public static final List<String> KNOWN = List.of("中国电信", "中国联通", "中国移动", "中国广电");

    private static final List<List<String>> SYNONYMS = List.of(
            List.of("电信", "telecom", "chinanet", "ctcc"),
            List.of("联通", "unicom", "网通", "netcom", "cucc"),
            List.of("移动", "mobile", "铁通", "cmcc"),
            List.of("广电", "broadnet", "cbn", "broadcasting"));

    /** Short codes that only count as a whole name. */
    private static final List<Set<String>> CODES = List.of(Set.of("ct"), Set.of("cu"), Set.of("cm"), Set.of());

    private static final Set<String> NEGATIVES = Set.of("无", "没有", "暂无", "未配备", "不适用", "none", "no", "n/a",
            "na", "nil", "-", "—", "/");

    /**
     * The carrier a name stands for: one of {@link #KNOWN}, the trimmed lower-case name when it matches none (or more
     * than one) of them, or null for a blank name or an explicit negative.
     */
    public static String key(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (NEGATIVES.contains(n)) {
            return null;
        }
        List<String> hits = new ArrayList<>();
        for (int i = 0; i < SYNONYMS.size(); i++) {
            String compact = n.replace(" ", "");
            if (CODES.get(i).contains(n) || SYNONYMS.get(i).stream().anyMatch(compact::contains)) {
                hits.add(KNOWN.get(i));
            }
        }
        return hits.size() == 1 ? hits.get(0) : n;
    }

    /** Whether the name matches one recognised carrier. */
    public static boolean recognised(String name) {
        String k = key(name);
        return k != null && KNOWN.contains(k);
    }

    /** Whether the name is blank or an explicit negative. */
    public static boolean none(String name) {
        return key(name) == null;
    }
}
